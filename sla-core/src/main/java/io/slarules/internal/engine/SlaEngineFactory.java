package io.slarules.internal.engine;

import io.slarules.SlaEngine;

/**
 * How {@link SlaEngine#builder()} finds an engine implementation: through {@link java.util.ServiceLoader}.
 * {@code sla-rules} provides the Drools one. Not for users; for engine implementations.
 */
public interface SlaEngineFactory {

    /** Creates an engine configured as the builder says. */
    SlaEngine create(SlaEngine.Builder configuration);
}
