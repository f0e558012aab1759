package io.slarules.spark;

import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/** The tests' faulty pack, found on the class path when an evaluator discovers rule packs. */
public final class FaultyPackProvider implements RulePackProvider {

    @Override
    public RulePack rulePack() {
        return RulePack.builder("spark-faulty").version("1.0.0").description("a rule that fails on purpose")
                .drl("packs/spark-faulty/faulty.drl").loadedBy(FaultyPackProvider.class).build();
    }
}
