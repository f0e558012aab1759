package io.slarules.testkit;

import io.slarules.PenaltyDecision;

import java.util.Objects;

/**
 * The criteria only a penalty has, shared by {@link PenaltiesAssert} and {@link PenaltyDecisionAssert};
 * those every decision has are {@link DecisionCriteria}.
 */
final class PenaltyCriteria {

    private PenaltyCriteria() {
    }

    static Criterion<PenaltyDecision> subject(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        return Criterion.<PenaltyDecision>equal("for obligation " + Texts.quoted(obligation), "obligation", obligation,
                PenaltyDecision::subject);
    }

    static Criterion<PenaltyDecision> delay(long units) {
        return Criterion.<PenaltyDecision>equal("for " + units + " units of delay", "delay (in the clause's units)", units,
                PenaltyDecision::delay);
    }

    static Criterion<PenaltyDecision> terminationRight(boolean right) {
        return Criterion.<PenaltyDecision>equal(right ? "giving a termination right" : "giving no termination right",
                "termination right", right, PenaltyDecision::terminationRight);
    }
}
