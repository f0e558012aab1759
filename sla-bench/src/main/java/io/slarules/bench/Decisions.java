package io.slarules.bench;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Share;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a billing system takes from an evaluation, in a form the engine and the baseline can both
 * give and a test can compare with {@code equals}: every reported attribution with its shares, and
 * every penalty decision with its id, parties, clause, units and amounts; every objective's result
 * (achieved, met, lost time, cases) and every credit decision with its id and amounts. The explanation
 * text and the rule names are left out: the baseline writes neither.
 *
 * @param agreementId  the agreement
 * @param attributions the reported delays, in the agreement's order of obligations
 * @param penalties    the decisions, by clause, then in the agreement's order of obligations
 * @param objectives   the objectives' results, in report order
 * @param credits      the credit decisions, in report order
 */
public record Decisions(String agreementId, List<Attribution> attributions, List<Penalty> penalties,
                        List<Objective> objectives, List<Credit> credits) {

    /** Validates and copies. */
    public Decisions {
        Objects.requireNonNull(agreementId, "agreementId");
        attributions = List.copyOf(attributions);
        penalties = List.copyOf(penalties);
        objectives = List.copyOf(objectives);
        credits = List.copyOf(credits);
    }

    /**
     * One window of one objective.
     *
     * @param objective the objective
     * @param window    the window's dates
     * @param achieved  the level achieved, exact
     * @param target    the level promised
     * @param met       whether it was met
     * @param lostTime  the time lost, per party (availability)
     * @param cases     the cases counted, with business time, pauses and breach (time to resolve)
     */
    public record Objective(String objective, DateRange window, BigDecimal achieved, BigDecimal target, boolean met,
                            List<Share> lostTime, List<CaseResult> cases) {
        /** Copies the lists. */
        public Objective {
            lostTime = List.copyOf(lostTime);
            cases = List.copyOf(cases);
        }
    }

    /**
     * One credit decision.
     *
     * @param id        content-derived
     * @param kind      service credit, per breach, ...
     * @param clause    the clause
     * @param objective the objective
     * @param window    the objective's window
     * @param subject   what it is for (the objective, a case)
     * @param debtor    who pays
     * @param creditor  who is paid
     * @param amount    rounded, after the caps
     * @param priced    before the caps
     * @param capped    whether a cap reduced it
     */
    public record Credit(String id, CreditKind kind, String clause, String objective, DateRange window, String subject,
                         String debtor, String creditor, Money amount, Money priced, boolean capped) {
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
                evaluation.penalties().stream().map(Decisions::penalty).toList(),
                evaluation.objectives().stream().map(Decisions::objective).toList(),
                evaluation.credits().stream().map(Decisions::credit).toList());
    }

    private static Objective objective(ObjectiveResult r) {
        return new Objective(r.objective(), r.window(), r.achieved(), r.target(), r.met(), r.lostTime(), r.cases());
    }

    private static Credit credit(CreditDecision d) {
        return new Credit(d.id(), d.kind(), d.clause(), d.objective(), d.window(), d.subject(), d.debtor(),
                d.creditor(), d.amount(), d.priced(), d.capped());
    }

    private static Attribution attribution(DelayAttribution a) {
        return new Attribution(a.subject(), a.total(), a.provisional(), a.shares());
    }

    private static Penalty penalty(PenaltyDecision d) {
        return new Penalty(d.id(), d.clause(), d.subject(), d.debtor(), d.creditor(), d.amount(), d.priced(),
                d.delay(), d.capped(), d.terminationRight());
    }
}
