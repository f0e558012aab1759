package io.slarules.rules.internal.servicelevels;

import io.slarules.CaseResult;
import io.slarules.CreditKind;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.rules.facts.AchievedLevel;
import io.slarules.rules.facts.CreditDue;
import io.slarules.rules.facts.EarnBackEligible;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.RepeatedBreach;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.facts.Remark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The assess phase's arithmetic for service credits, called from the rules (the cap phase's is {@link Limits}).
 * Public only because the compiled rules call it; not part of the API.
 */
public final class Credits {

    private Credits() {
    }

    /**
     * {@return the band the level falls in, if any}
     *
     * @param clause the service-credit clause whose bands are looked in
     * @param level the level a window achieved, as a percentage
     */
    public static Optional<CreditBand> band(ServiceCredit clause, AchievedLevel level) {
        return clause.bands().stream().filter(b -> b.contains(level.achieved())).findFirst();
    }

    /**
     * {@return whether the level falls in one of the clause's bands}
     *
     * @param clause the service-credit clause whose bands are looked in
     * @param level the level a window achieved, as a percentage
     */
    public static boolean hasBand(ServiceCredit clause, AchievedLevel level) {
        return band(clause, level).isPresent();
    }

    /**
     * {@return whether the clause prices a breached case of the result's priority}
     *
     * @param clause the service-credit clause, which may price breached cases per priority
     * @param kase a breached case of a time-to objective
     */
    public static boolean pricesBreach(ServiceCredit clause, CaseResult kase) {
        return clause.perBreach(kase.priority()).isPresent();
    }

    /**
     * {@return whether the clause has a bonus and the window's level reaches it}
     *
     * @param clause the service-credit clause, which may have a bonus
     * @param m the window's measurement; its first level is the one compared with the bonus threshold
     */
    public static boolean earnsBonus(ServiceCredit clause, Measurement m) {
        return clause.bonus().isPresent() && !m.levels().isEmpty()
                && clause.bonus().get().from().admitsFromAbove(m.levels().get(0).achieved());
    }

    /**
     * The credit a band prices for a window's level, with the reason spelled out for the decision.
     *
     * @param m the window's measurement
     * @param clause the clause whose band the level falls in
     * @param level the level achieved; it must fall in one of the clause's bands
     * @param rule the name of the rule that calls it, recorded on the credit
     * @return the credit the obligated party owes the beneficiary, before caps
     */
    public static CreditDue fromBand(Measurement m, ServiceCredit clause, AchievedLevel level, String rule) {
        CreditBand band = band(clause, level).orElseThrow();
        Money priced = resolve(band.credit(), m.window());
        String reason = level.subject() + " achieved " + percent(level.achieved()) + Measures.provenance(m)
                + " against " + percent(level.target()) + "; the band " + band.lower().map(l -> l.asLower() + " and ").orElse("") + band.upper().asUpper()
                + " gives " + describe(band.credit(), m.window()) + " = " + Explainer.money(priced);
        return due(m, clause, CreditKind.SERVICE_CREDIT, level.subject(), clause.debtor(), clause.creditor(), priced,
                reason, rule);
    }

    /**
     * The credit for one breached case of a priority the clause prices per breach.
     *
     * @param m the window's measurement the case was counted in
     * @param clause the clause that prices the case's priority
     * @param kase the breached case
     * @param rule the name of the rule that calls it, recorded on the credit
     * @return the credit for the case, before caps
     */
    public static CreditDue perBreach(Measurement m, ServiceCredit clause, CaseResult kase, String rule) {
        Money amount = clause.perBreach(kase.priority()).orElseThrow();
        String reason = "case " + kase.caseId() + " (" + kase.priority() + ") took " + hours(kase.businessTime())
                + " business hours against " + hours(kase.target()) + ", breached at " + kase.breachedAt().orElseThrow()
                + (kase.pauses().isEmpty() ? "" : "; paused " + kase.pauses().stream()
                        .map(s -> hours(s.length()) + " h for " + s.responsible()).reduce((a, b) -> a + ", " + b).orElse(""))
                + "; " + Explainer.money(amount) + " per breached case";
        return due(m, clause, CreditKind.PER_BREACH, kase.caseId(), clause.debtor(), clause.creditor(), amount, reason, rule);
    }

    /**
     * The credit for a quota's shortfall: the clause's rate times the units short on the obligated party's own
     * account.
     *
     * @param m the quota window's measurement
     * @param clause the clause with a rate per unit short
     * @param rule the name of the rule that calls it, recorded on the credit
     * @return the credit for the shortfall, before caps; zero when nothing is short on the obligated party's own
     *         account
     */
    public static CreditDue perUnitShort(Measurement m, ServiceCredit clause, String rule) {
        long shortfall = m.ownShortfall();
        Money rate = clause.perUnitShort().orElseThrow();
        Money priced = rate.times(shortfall);
        String reason = m.window().objectiveId() + " counted " + m.achieved().toPlainString() + " of "
                + m.target().toPlainString() + ": " + shortfall + " short on " + m.window().objective().obligated()
                + "'s own account x " + Explainer.money(rate) + " = " + Explainer.money(priced);
        return due(m, clause, CreditKind.SERVICE_CREDIT, m.window().objectiveId(), clause.debtor(), clause.creditor(),
                priced, reason, rule);
    }

    /**
     * The deduction for the readings of a window outside the allowed range: their count times the clause's
     * amount per reading (or its percentage of the stated value), exact; rounded once when the credit is settled.
     *
     * @param m the readings window's measurement
     * @param clause the clause with a deduction per reading
     * @param outside the window's readings outside the range, in any order
     * @param rule the name of the rule that calls it, recorded on the credit
     * @return the deduction, before caps
     */
    public static CreditDue perReading(Measurement m, ServiceCredit clause,
                                       List<io.slarules.rules.internal.facts.OutsideReading> outside, String rule) {
        ServiceCredit.PerReading per = clause.perReading().orElseThrow();
        io.slarules.model.servicelevels.ReadingsObjective o = (io.slarules.model.servicelevels.ReadingsObjective) m.window().objective();
        List<io.slarules.model.timeline.Reading> out = Measures.byTime(outside);
        Money each = per.each();
        Money priced = each.times(out.size());
        String rate = per.rate() instanceof Amount.PercentOfValue p
                ? p.percent().stripTrailingZeros().toPlainString() + " % of " + Explainer.money(per.value().orElseThrow())
                : Explainer.money(each);
        String reason = out.size() + " reading(s) outside " + o.range() + " (" + Measures.listed(out) + ") × " + rate
                + " = " + Explainer.money(priced);
        return due(m, clause, CreditKind.SERVICE_CREDIT, m.window().objectiveId(), clause.debtor(), clause.creditor(),
                priced, reason, rule);
    }

    /**
     * {@return the windows of the objective just before this one, oldest first; empty when the history does not
     * record all of them} A look-up for the rules that decide repeat offence and earn-back; it decides nothing.
     *
     * @param history what earlier windows decided
     * @param w the window being assessed
     * @param n how many windows before it; at least 1
     */
    public static List<History.WindowRecord> recorded(History history, ObjectiveWindow w, int n) {
        return history.preceding(w.objectiveId(), w.window(), n).orElse(List.of());
    }

    /**
     * {@return whether the agreement was in force for the {@code n} windows before this one while the history does
     * not record them all: a term that looks back cannot be assessed, which the result must say}
     *
     * @param ctx the session's context, for the agreement's start
     * @param history what earlier windows decided
     * @param w the window being assessed
     * @param n how many windows before it the term looks at
     */
    public static boolean unrecorded(EvaluationContext ctx, History history, ObjectiveWindow w, int n) {
        return history.preceding(w.objectiveId(), w.window(), n).isEmpty() && windowsBefore(ctx, w) >= n;
    }

    /**
     * {@return the remark that a repeat offence could not be assessed for lack of history}
     *
     * @param w the breached window
     * @param clause the clause with a repeat-offence term
     * @param rule the name of the rule that calls it
     */
    public static Remark repeatNotAssessed(ObjectiveWindow w, ServiceCredit clause, String rule) {
        return new Remark(w, "repeat offence not assessed: the history does not record the "
                + clause.repeat().orElseThrow().windows() + " window(s) before " + w.window(), rule);
    }

    /**
     * {@return the extra credit of a repeat offence a rule found, priced by the clause's term; it cites the rule
     * that found the repeat before the one that prices it}
     *
     * @param found the repeat offence a rule found
     * @param rule the name of the rule that calls it, recorded on the credit
     */
    public static CreditDue repeat(RepeatedBreach found, String rule) {
        ServiceCredit clause = found.clause();
        ServiceCredit.RepeatOffence repeat = clause.repeat().orElseThrow();
        Measurement m = found.measurement().citing(found.rule());
        ObjectiveWindow w = m.window();
        Money priced = resolve(repeat.extra(), w);
        String reason = w.objectiveId() + " was also breached in the " + repeat.windows() + " previous window(s): "
                + describe(repeat.extra(), w) + " = " + Explainer.money(priced) + " extra";
        return due(m, clause, CreditKind.REPEAT_OFFENCE, w.objectiveId(), clause.debtor(), clause.creditor(),
                priced, reason, rule);
    }

    /** How many windows of the objective lie between the agreement's start and this window. */
    private static int windowsBefore(EvaluationContext ctx, ObjectiveWindow w) {
        java.time.LocalDate start = ctx.agreement().effective().startInclusive();
        if (!start.isBefore(w.window().startInclusive())) {
            return 0;
        }
        return w.objective().window().settledIn(io.slarules.model.time.DateRange.of(start, w.window().startInclusive())).size();
    }

    /**
     * The bonus a window earns by reaching the clause's bonus level; it flows from the beneficiary to the obligated
     * party.
     *
     * @param m the window's measurement; its first level is the one the bonus looks at
     * @param clause the clause with a bonus
     * @param rule the name of the rule that calls it, recorded on the credit
     * @return the bonus, paid by the clause's creditor to its debtor, outside caps and minimums
     */
    public static CreditDue bonus(Measurement m, ServiceCredit clause, String rule) {
        ServiceCredit.Bonus bonus = clause.bonus().orElseThrow();
        AchievedLevel level = m.levels().get(0);
        Money priced = resolve(bonus.amount(), m.window());
        String reason = level.subject() + " achieved " + percent(level.achieved()) + ", " + bonus.from().asLower()
                + " earns a bonus of " + describe(bonus.amount(), m.window()) + " = " + Explainer.money(priced);
        // the bonus flows the other way: the beneficiary pays the obligated party
        return due(m, clause, CreditKind.BONUS, m.window().objectiveId(), clause.creditor(), clause.debtor(), priced,
                reason, rule);
    }

    /**
     * The credits under the clause of the earlier window a rule found earned back, each paid back in full.
     *
     * @param found the earn-back a rule found
     * @param rule the name of the rule that calls it, recorded on the credits after the one that found it
     * @return the credits paid back, one per credit the earlier window issued under the clause
     */
    public static List<CreditDue> earnBack(EarnBackEligible found, String rule) {
        Measurement m = found.measurement().citing(found.rule());
        ServiceCredit clause = found.clause();
        History.WindowRecord credited = found.credited();
        ObjectiveWindow w = m.window();
        List<CreditDue> facts = new ArrayList<>();
        for (History.IssuedCredit issued : credited.credits()) {
            if (!issued.clause().equals(clause.id())) {
                continue;
            }
            String reason = "the credit " + issued.decisionId() + " of " + Explainer.money(issued.amount()) + " for " + credited.window()
                    + " is forgiven: " + w.objectiveId() + " met its target in each of the " + clause.earnBack()
                    + " windows since";
            facts.add(due(m, clause, CreditKind.EARN_BACK, issued.decisionId(), issued.creditor(), issued.debtor(),
                    issued.amount(), reason, rule));
        }
        return facts;
    }

    /** Window order, then clause, kind and subject: the order decisions are reported and consume caps. */
    public static final Comparator<CreditDue> ORDER = Comparator.comparingInt((CreditDue d) -> d.window().rank())
            .thenComparing(d -> d.clause().id()).thenComparing(CreditDue::kind).thenComparing(CreditDue::subject);

    private static CreditDue due(Measurement m, ServiceCredit clause, CreditKind kind, String subject, String debtor,
                                 String creditor, Money priced, String reason, String rule) {
        List<String> rules = new ArrayList<>(m.rules());
        rules.add(rule);
        return new CreditDue(m.window(), clause, kind, subject, debtor, creditor, priced, citation(m.window(), clause)
                + reason, rules);
    }

    /**
     * Where the clause comes from, for terms resolved from the levels of a multi-level agreement:
     * "per corporate clause 4.2, bands from the customer level: ".
     */
    private static String citation(ObjectiveWindow w, ServiceCredit clause) {
        var levels = w.levels();
        Optional<String> from = levels.source("credit " + clause.id());
        if (from.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("per " + from.get() + " clause " + clause.id());
        for (String field : List.of("bands", "cap", "minimum")) {
            levels.source("credit " + clause.id() + " " + field).filter(l -> !l.equals(from.get()))
                    .ifPresent(l -> text.append(", ").append(field).append(" from the ").append(l).append(" level"));
        }
        levels.source("objective " + clause.objective() + " target").filter(l -> !l.equals(from.get()))
                .ifPresent(l -> text.append(", target from the ").append(l).append(" level"));
        return text.append(": ").toString();
    }

    private static Money resolve(Amount amount, ObjectiveWindow w) {
        return amount.resolve(w.fee());
    }

    private static String describe(Amount amount, ObjectiveWindow w) {
        if (amount instanceof Amount.PercentOfValue p) {
            return p.percent().stripTrailingZeros().toPlainString() + " % of the fee " + Explainer.money(w.fee().orElseThrow());
        }
        return Explainer.money(((Amount.Fixed) amount).money());
    }

    private static String percent(BigDecimal value) {
        return value.setScale(6, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " %";
    }

    private static String hours(java.time.Duration d) {
        BigDecimal h = BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.DOWN);
        return h.stripTrailingZeros().toPlainString();
    }
}
