package io.slarules.rules.internal.engine;

import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.internal.calc.Compensation;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.rules.facts.CreditDue;
import io.slarules.rules.facts.DerivationLine;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;
import io.slarules.rules.internal.facts.SettledCredit;
import io.slarules.rules.internal.facts.TerminationRight;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one explainer of an evaluation: writes what the rules derived, for deadlines and service levels alike, in
 * words a contract manager can check by hand. It lays out the evaluation's text (the deadlines' attributions and
 * decisions, each month's service levels), writes each decision's explanation, and holds the words every part uses
 * (party names, instants, periods, durations, money, shares). The longer paragraphs on a delay attribution and a
 * penalty decision are its {@link AttributionText} and {@link PenaltyText}.
 *
 * <p>Immutable once built, and so thread-safe: results hold their text as what it is derived from and write it when
 * first read ({@link io.slarules.internal.text.DeferredText}), maybe long after the evaluation and on another thread,
 * and it must read as it would have then. The one failure writing could raise is checked when the decision is
 * assembled ({@link #requireExplainable}).
 */
public final class Explainer {

    private final Agreement agreement;
    /**
     * Parties are looked up by id for every line: at 10,000 events that was a fifth of the CPU (issue 15). An index
     * by id, made once; each attribution's paragraph is written once by whoever assembles the results, which keeps
     * it for the attribution and every decision it prices.
     */
    private final Map<String, String> partyNames;
    private final AttributionText attributionText;
    private final PenaltyText penaltyText;
    private final MonthText monthText;

    /**
     * An explainer for one evaluation of an agreement.
     *
     * @param agreement the agreement evaluated
     */
    public Explainer(Agreement agreement) {
        this.agreement = agreement;
        Map<String, String> names = new HashMap<>();
        for (Party p : agreement.parties()) {
            names.putIfAbsent(p.id(), p.name());
        }
        this.partyNames = Map.copyOf(names);
        this.attributionText = new AttributionText(agreement, this);
        this.penaltyText = new PenaltyText(agreement, this);
        this.monthText = new MonthText(this);
    }

    /**
     * {@return the deadlines' part of an evaluation's text: the heading, every attribution, every decision (settled,
     * then accrued) and every force-majeure termination right, in the order given}
     *
     * @param period the period evaluated
     * @param asOf what is known
     * @param attributions the paragraphs on the late obligations' attributions ({@link #attribution})
     * @param decisions the penalty decisions
     * @param accrued the provisional decisions on obligations still open
     * @param terminations the force-majeure termination rights
     */
    public String deadlines(DateRange period, Instant asOf, List<? extends Supplier<String>> attributions,
                            List<PenaltyDecision> decisions, List<PenaltyDecision> accrued,
                            List<Evaluation.TerminationRight> terminations) {
        StringBuilder text = new StringBuilder();
        text.append("Agreement ").append(agreement.id()).append(", period ").append(period)
                .append(atPeriodEnd(period, asOf) ? " (as of the end of " : " (as of ").append(instant(asOf))
                .append(")\n");
        if (attributions.isEmpty()) {
            text.append("\nNo delays.\n");
        }
        for (Supplier<String> a : attributions) {
            text.append('\n').append(a.get());
        }
        if (decisions.isEmpty()) {
            text.append("\nNo penalties.\n");
        }
        for (PenaltyDecision d : decisions) {
            text.append('\n').append(d.explanation());
        }
        for (PenaltyDecision d : accrued) {
            text.append('\n').append(d.explanation());
        }
        for (Evaluation.TerminationRight t : terminations) {
            text.append('\n').append(t.explanation());
        }
        return text.toString();
    }

    /**
     * {@return one month's part of an evaluation's text: each objective's figure, lost time, cases and notes, then
     * the credit decisions}
     *
     * @param month the month, named by the calendar month its billing month starts in
     * @param objectives the month's objective results, in order
     * @param credits the month's credit decisions, in order
     */
    public String serviceLevels(YearMonth month, List<ObjectiveResult> objectives, List<CreditDecision> credits) {
        return monthText.text(month, objectives, credits);
    }

    /**
     * {@return the paragraph on a delay attribution: the results keep one per attribution, for the attribution and
     * every decision it prices}
     *
     * @param a the attribution
     */
    public String attribution(DelayAttribution a) {
        return attributionText.text(a);
    }

    /**
     * Checks, when a decision is assembled, what would make writing its explanation fail later: a capped charge
     * under a clause with no cap of its own (the text states the clause's cap), a termination right under a clause
     * with no threshold (the text states the threshold). A pack's rule can conclude either: the evaluation fails
     * then, naming the rule and its pack, and no decision is given whose text could not be written.
     *
     * @param agreementId the agreement evaluated
     * @param capped the charge as the cap phase left it
     * @param termination the termination right the delay grants the creditor, or {@code null} for none
     * @param packOf the rule pack of a rule, empty for the default rules
     * @throws io.slarules.EvaluationFailedException naming the rule that concluded what cannot be stated
     */
    public static void requireExplainable(String agreementId, CappedCharge capped, TerminationRight termination,
                                          Function<String, String> packOf) {
        PenaltyText.requireExplainable(agreementId, capped, termination, packOf);
    }

    /**
     * {@return a penalty decision's explanation}
     *
     * @param id the decision's id
     * @param attribution the paragraph on the attribution the decision prices ({@link #attribution})
     * @param capped the charge as the cap phase left it
     * @param amount the decision's amount (converted, when the clause pays in another currency)
     * @param conversion the line on the conversion; empty when there is none
     * @param terminationRight whether the delay grants the creditor a termination right
     * @param rules the rules the decision cites
     */
    public String decision(String id, Supplier<String> attribution, CappedCharge capped, Money amount,
                           String conversion, boolean terminationRight, List<String> rules) {
        return penaltyText.text(id, attribution, capped, amount, conversion, terminationRight, rules);
    }

    /**
     * {@return a penalty decision's explanation with the part of it one party the clause compensates takes}
     *
     * @param whole the decision before the split
     * @param id the part's decision id
     * @param part the party's part
     */
    public String penaltyPart(PenaltyDecision whole, String id, Compensation.Part part) {
        return penaltyText.part(whole, id, part);
    }

    /**
     * {@return a decision accrued on an obligation still open: its explanation under its own id, saying so}
     *
     * @param settled the decision as if the obligation were settled
     * @param id the accrued decision's id
     * @param asOf what is known
     * @param obligation the obligation still open
     */
    public String accrued(PenaltyDecision settled, String id, Instant asOf, String obligation) {
        return penaltyText.accrued(settled, id, asOf, obligation);
    }

    /**
     * {@return a force-majeure termination right's explanation}
     *
     * @param id the right's id
     * @param right the clause, the event and the rule that granted it
     * @param parties the parties that may terminate
     * @param lasted how long the event lasted, as known
     * @param period the period evaluated
     * @param asOf what is known
     */
    public String forceMajeureTermination(String id, ForceMajeureTerminationRight right, List<String> parties,
                                          Duration lasted, DateRange period, Instant asOf) {
        return penaltyText.forceMajeureTermination(id, right, parties, lasted, period, asOf);
    }

    /**
     * {@return a credit decision's explanation: the reason it is due, the limits' notes and its amount}
     *
     * @param settled the credit as the cap phase settled it
     */
    public String credit(SettledCredit settled) {
        CreditDue d = settled.due();
        return d.reason() + (settled.notes().isEmpty() ? "" : "; " + String.join("; ", settled.notes())) + " -> "
                + money(settled.amount());
    }

    /**
     * {@return a credit decision's explanation with the part of it one party the clause compensates takes}
     *
     * @param explanation the credit's explanation
     * @param part the party's part
     */
    public String creditPart(String explanation, Compensation.Part part) {
        return explanation + "; " + share(part) + " of it to " + agreement.partyName(part.party()) + " = "
                + money(part.amount());
    }

    /** The share a part takes as the clause states it: "40 %", "60 % and the cents left over". */
    static String share(Compensation.Part part) {
        return part.percent().stripTrailingZeros().toPlainString() + " %"
                + (part.leftOver() ? " and the cents left over" : "");
    }

    /** "{@code id}: Debtor owes Creditor 10.00 EUR under clause {@code clause}", the start of every decision's line. */
    String owes(String id, String debtor, String creditor, Money amount, String clause) {
        return id + ": " + partyName(debtor) + " owes " + partyName(creditor) + ' ' + money(amount) + " under clause "
                + clause;
    }

    /** "excused", or the name of the party responsible. */
    String who(Responsible responsible) {
        return responsible.isExcused() ? "excused" : partyName(responsible.id());
    }

    boolean atPeriodEnd(DateRange period, Instant asOf) {
        return asOf.equals(period.toInterval(agreement.zone()).endExclusive());
    }

    /** The party's name, as {@link Agreement#partyName} gives it. */
    String partyName(String partyId) {
        String name = partyNames.get(partyId);
        return name == null ? partyId : name;
    }

    /** A due or fulfilment instant: a date when it is the end of a day, else the local time. */
    public String instant(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, agreement.zone());
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.toLocalDate().minusDays(1).toString();
        }
        return local.toLocalDate() + " " + local.toLocalTime() + " " + agreement.zone();
    }

    /** An interval as explanations write it: "from 2026-02-01 to 2026-04-15". */
    public String period(Interval interval) {
        return "from " + bound(interval.startInclusive()) + " to " + bound(interval.endExclusive());
    }

    private String bound(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, agreement.zone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().toString()
                : local.toLocalDate() + " " + local.toLocalTime();
    }

    /** A duration in days, hours, minutes and seconds, the parts that are not zero: "2 days 3 hours". */
    public static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        StringBuilder text = new StringBuilder(32);
        if (days > 0) {
            text.append(days).append(days == 1 ? " day" : " days");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (seconds > 0 || d.toNanosPart() > 0) {
            text.append(text.isEmpty() ? "" : " ")
                    .append(BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9))
                    .stripTrailingZeros().toPlainString()).append(" seconds");
        }
        return text.isEmpty() ? "0 minutes" : text.toString();
    }

    /** An amount as every derivation writes it ({@link DerivationLine#money}). */
    public static String money(Money money) {
        return DerivationLine.money(money);
    }
}
