package io.slarules.internal.engine;

import io.slarules.SlaEngine;

/**
 * How {@link SlaEngine#builder()} finds an engine implementation: through {@link java.util.ServiceLoader}.
 * {@code sla-rules} provides the Drools one. Not for users; for engine implementations.
 */
public interface SlaEngineFactory {

    /**
     * Creates an engine configured as the builder says.
     *
     * @param configuration the builder's settings: rule packs, firing limit, time budget
     * @return an engine
     */
    SlaEngine create(SlaEngine.Builder configuration);
}
