package io.slarules.testkit.properties;

import io.slarules.SlaEngine;

/**
 * The library's invariants hold for the default rule base, on generated agreements and timelines:
 * 1,000 tries per property in the normal build, 10,000 with {@code -Pexhaustive}.
 */
class DefaultEngineInvariantsTest extends SlaInvariantProperties {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    @Override
    protected SlaEngine engine() {
        return ENGINE;
    }
}
