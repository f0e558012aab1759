package io.slarules.rules.internal.servicelevels;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.Problem;
import io.slarules.internal.text.DeferredText;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.CapLedger;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.engine.ChunkSessions;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.Explainer;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates the service levels of an agreement month by month: each month's windows in their own
 * session, with the history of the months before (given, or evaluated earlier in this call), so
 * several months at once give what they give one by one.
 */
public final class ServiceLevelRun {

    private final DroolsSlaEngine engine;
    private final ChunkSessions sessions;
    private final Agreement agreement;
    private final ServiceLevels levels;
    private final DateRange period;
    private final Timeline timeline;
    private final History given;
    private final ServiceLevelFacts facts;
    private final ServiceLevelResults assembly;
    private final Explainer explainer;
    /** What is known: the period's end, or an instant before it. */
    private final Instant asOf;

    public ServiceLevelRun(DroolsSlaEngine engine, ChunkSessions sessions, Agreement agreement, DateRange period,
                    Timeline timeline, History history) {
        this(engine, sessions, agreement, period, timeline, history,
                period.toInterval(agreement.zone()).endExclusive());
    }

    public ServiceLevelRun(DroolsSlaEngine engine, ChunkSessions sessions, Agreement agreement, DateRange period,
                    Timeline timeline, History history, Instant asOf) {
        this.asOf = asOf;
        this.engine = engine;
        this.sessions = sessions;
        this.agreement = agreement;
        this.levels = agreement.serviceLevels();
        this.period = period;
        this.timeline = timeline;
        this.given = history;
        this.facts = new ServiceLevelFacts(agreement, timeline, asOf);
        this.explainer = new Explainer(agreement);
        this.assembly = new ServiceLevelResults(engine, agreement, asOf, explainer);
    }

    /** The deadline evaluation with this period's objectives, credits and history added. */
    public Evaluation addTo(Evaluation deadlines) {
        if (levels.isEmpty() && agreement.amendments().stream().allMatch(a -> a.serviceLevels().isEmpty())) {
            return deadlines.toBuilder().history(given).build();
        }
        List<YearMonth> months = months();
        History history = given;
        List<ObjectiveResult> objectives = new ArrayList<>();
        List<CreditDecision> credits = new ArrayList<>();
        List<MonthTold> told = new ArrayList<>();
        boolean beforeTheEnd = asOf.isBefore(period.toInterval(agreement.zone()).endExclusive());
        for (YearMonth month : months) {
            if (!asOf.isAfter(cycle().month(month).toInterval(agreement.zone()).startInclusive())) {
                continue;   // nothing of it is known yet
            }
            MonthOutcome outcome = evaluate(month, history);
            objectives.addAll(outcome.objectives);
            credits.addAll(outcome.credits);
            history = history.plus(List.of(outcome.record), outcome.windows);
            told.add(new MonthTold(month, outcome.objectives, outcome.credits));
        }
        // as of an instant before the period's end nothing is settled for good: the history stays as given
        // written when first read (issue 15), by an explainer that is immutable: the same text then as now
        Explainer explainer = this.explainer;
        DeferredText text = DeferredText.of(() -> {
            // the deadlines' text is printable already (their results pass it through PrintableText) and escaping
            // goes character by character: only the months' text is checked, not the whole explanation again
            String explained = deadlines.explanation();
            assert PrintableText.of(explained).equals(explained)
                    : "SLA Rules: the deadlines' explanation is not printable";
            StringBuilder monthsText = new StringBuilder();
            for (MonthTold m : told) {
                monthsText.append(explainer.serviceLevels(m.month(), m.objectives(), m.credits()));
            }
            return explained.concat(PrintableText.of(monthsText.toString()));
        });
        return DeferredText.into(deadlines.toBuilder().objectives(objectives).credits(credits)
                .history(beforeTheEnd ? given : history), text).build();
    }

    /** What one month's part of the explanation is written from. */
    private record MonthTold(YearMonth month, List<ObjectiveResult> objectives, List<CreditDecision> credits) {
    }

    private record MonthOutcome(List<ObjectiveResult> objectives, List<CreditDecision> credits,
                                History.MonthRecord record, List<History.WindowRecord> windows) {
    }

    /** The months the period settles, checked: whole months, inside the agreement,
            with the history rolling caps need. */
    private List<YearMonth> months() {
        List<Problem> problems = new ArrayList<>();
        ServiceLevels.BillingCycle cycle = cycle();
        int day = cycle.dayOfMonth();
        if (period.startInclusive().getDayOfMonth() != day || period.endExclusive().getDayOfMonth() != day) {
            problems.add(Problem.at("period", "", cycle.calendarMonths()
                    ? "service levels are settled by whole calendar months; " + period + " is not"
                    : "service levels are settled by whole billing months, from day " + day + " of a month to day "
                    + day + " of a later one (the agreement's billingCycle); " + period + " is not"));
            throw new InvalidInputException(agreement.id(), problems);
        }
        List<YearMonth> months = new ArrayList<>();
        DateRange effective = agreement.effective();
        for (YearMonth m = cycle.monthHolding(period.startInclusive()); cycle.month(m).startInclusive()
                .isBefore(period.endExclusive()); m = m.plusMonths(1)) {
            if (cycle.month(m).overlaps(effective)) {
                months.add(m);
            }
        }
        java.util.stream.Stream.concat(java.util.stream.Stream.of(levels),
                agreement.amendments().stream().map(io.slarules.model.Amendment::serviceLevels))
                .flatMap(t -> t.caps().rolling().stream())
                .max(Comparator.comparingInt(io.slarules.model.servicelevels.CreditCaps.RollingCap::months)).ifPresent(rolling -> {
            YearMonth first = cycle.monthHolding(period.startInclusive());
            YearMonth start = cycle.monthHolding(effective.startInclusive());
            for (int back = 1; back < rolling.months(); back++) {
                YearMonth m = first.minusMonths(back);
                if (!m.isBefore(start) && given.month(m).isEmpty()) {
                    problems.add(Problem.at("history", "months[" + m + "]", "the rolling cap over " + rolling.months()
                            + " months needs what was charged and credited in " + m));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
        return months;
    }

    private MonthOutcome evaluate(YearMonth month, History history) {
        ZoneId zone = agreement.zone();
        DateRange monthRange = cycle().month(month);
        Instant monthEnd = monthRange.toInterval(zone).endExclusive();
        Instant asOf = this.asOf.isBefore(monthEnd) ? this.asOf : monthEnd;
        // the month's caps and charges follow the terms in force when the month starts
        ServiceLevels monthTerms = agreement.serviceLevelsAt(
                ServiceLevelFacts.max(monthRange.startInclusive(), agreement.effective().startInclusive()));
        Money charged = Limits.charged(agreement, monthTerms);
        CapLedger limits = Limits.opening(agreement, month, history);
        EvaluationContext ctx = new EvaluationContext(agreement, monthRange.toInterval(zone), asOf);
        // windows that end earlier are settled first, so a later window's earn-back or repeat
        // offence sees them in the history, and its credits see what they used of the month's caps
        TreeMap<LocalDate, List<ObjectiveWindow>> byEnd = new TreeMap<>();
        for (ObjectiveWindow w : facts.windows(monthRange)) {
            byEnd.computeIfAbsent(w.window().endExclusive(), k -> new ArrayList<>()).add(w);
        }
        History sofar = history;
        Money credited = Money.zero(agreement.currency());
        Map<String, Money> creditedByService = new TreeMap<>();
        List<ObjectiveResult> results = new ArrayList<>();
        List<CreditDecision> decisions = new ArrayList<>();
        List<History.WindowRecord> records = new ArrayList<>();
        for (List<ObjectiveWindow> windows : byEnd.values()) {
            CapLedger ledger = new CapLedger(limits.monthCap(), limits.rollingCap(), limits.rollingRoom(), Map.of(),
                    creditedByService, credited);
            ServiceLevelResults.Settlement settled = settle(List.of(ctx, sofar, ledger), ctx.asOf(), windows);
            results.addAll(settled.objectives());
            decisions.addAll(settled.credits());
            records.addAll(settled.windows());
            sofar = sofar.plus(List.of(), settled.windows());
            credited = credited.plus(settled.credited());
            settled.creditedByService().forEach((service, m) -> creditedByService.merge(service, m, Money::plus));
        }
        return new MonthOutcome(results, decisions, new History.MonthRecord(month, charged, credited), records);
    }

    /** One session: the context, the history and the cap ledger ({@code context}), the windows and what they hold. */
    private ServiceLevelResults.Settlement settle(List<Object> context, Instant asOf, List<ObjectiveWindow> windows) {
        List<Object> facts = new ArrayList<>(context);
        facts.addAll(windows);
        for (ObjectiveWindow w : windows) {
            facts.addAll(this.facts.outagePieces(w));
        }
        facts.addAll(this.facts.cases(windows, asOf));
        timeline.counts().stream().filter(c -> c.at().isBefore(asOf)).forEach(facts::add);
        // a reported level is what the monitoring tool said of its window; as of an instant inside the window it
        // is the level known so far, and no credit is issued for a window that has not ended
        facts.addAll(timeline.levelReports());
        timeline.readings().stream().filter(r -> r.at().isBefore(asOf)).forEach(facts::add);

        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            ServiceLevelResults.Settlement settlement = engine.fire(session, agreement.id(), s -> facts.forEach(s::insert),
                    (s, firings) -> assembly.conclude(windows, s));
            evaluated = true;
            return settlement;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    /** The agreement's billing cycle: months of the run, windows, caps and fees follow it. */
    private ServiceLevels.BillingCycle cycle() {
        return levels.billingCycle();
    }

}
