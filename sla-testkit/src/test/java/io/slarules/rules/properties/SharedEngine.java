package io.slarules.rules.properties;

import io.slarules.SlaEngine;

/** One engine for every property: building loads the rule base (about a second); engines are thread-safe. */
final class SharedEngine {

    static final SlaEngine ENGINE = SlaEngine.builder().build();

    private SharedEngine() {
    }
}
