package io.slarules.spi;

import io.slarules.RulePack;

/**
 * How a rule pack's jar makes the pack discoverable: an implementation listed in
 * {@code META-INF/services/io.slarules.spi.RulePackProvider}. The engine looks for providers only
 * when {@link io.slarules.SlaEngine.Builder#discoverRulePacks()} asks it to: a pack is code, and is
 * never loaded just because it is on the class path.
 */
public interface RulePackProvider {

    /** {@return the pack's descriptor} */
    RulePack rulePack();
}
