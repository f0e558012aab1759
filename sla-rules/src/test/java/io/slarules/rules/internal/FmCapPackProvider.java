package io.slarules.rules.internal;

import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/** Registers the test pack "fm-cap" for discovery (META-INF/services in the test resources). */
public final class FmCapPackProvider implements RulePackProvider {

    static final RulePack PACK = RulePacksTest.fmCap().build();

    /** Called by the service loader. */
    public FmCapPackProvider() {
    }

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
