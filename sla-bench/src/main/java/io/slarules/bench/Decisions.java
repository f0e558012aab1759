package io.slarules.bench;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Share;
import io.slarules.model.Money;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a billing system takes from an evaluation, in a form the engine and the baseline can both
 * give and a test can compare with {@code equals}: every reported attribution with its shares, and
 * every penalty decision with its id, parties, clause, units and amounts. The explanation text is
 * left out: the baseline does not write one.
 *
 * @param agreementId  the agreement
 * @param attributions the reported delays, in the agreement's order of obligations
 * @param penalties    the decisions, by clause, then in the agreement's order of obligations
 */
public record Decisions(String agreementId, List<Attribution> attributions, List<Penalty> penalties) {

    /** Validates and copies. */
    public Decisions {
        Objects.requireNonNull(agreementId, "agreementId");
        attributions = List.copyOf(attributions);
        penalties = List.copyOf(penalties);
    }

    /**
     * One obligation's delay.
     *
     * @param subject     the obligation
     * @param total       how late, on the agreement's wall clock
     * @param provisional whether it is still open
     * @param shares      per responsible party (and excused), in order of first appearance
     */
    public record Attribution(String subject, Duration total, boolean provisional, List<Share> shares) {
        /** Copies the shares. */
        public Attribution {
            shares = List.copyOf(shares);
        }
    }

    /**
     * One penalty decision.
     *
     * @param id               content-derived
     * @param clause           the clause
     * @param subject          the obligation
     * @param debtor           who pays
     * @param creditor         who is paid
     * @param amount           rounded, after the cap
     * @param priced           exact, before the cap
     * @param units            the attributed delay in the clause's units
     * @param capped           whether the cap reduced it
     * @param terminationRight whether the creditor may terminate
     */
    public record Penalty(String id, String clause, String subject, String debtor, String creditor, Money amount,
                          Money priced, long units, boolean capped, boolean terminationRight) {
    }

    /** The decisions of an engine evaluation. */
    public static Decisions of(Evaluation evaluation) {
        return new Decisions(evaluation.agreementId(),
                evaluation.attributions().stream().map(Decisions::attribution).toList(),
                evaluation.penalties().stream().map(Decisions::penalty).toList());
    }

    private static Attribution attribution(DelayAttribution a) {
        return new Attribution(a.subject(), a.total(), a.provisional(), a.shares());
    }

    private static Penalty penalty(PenaltyDecision d) {
        return new Penalty(d.id(), d.clause(), d.subject(), d.debtor(), d.creditor(), d.amount(), d.priced(),
                d.delay(), d.capped(), d.terminationRight());
    }
}
