package io.slarules.rules.internal.servicelevels;

import io.slarules.rules.internal.engine.ChunkSessions;
import io.slarules.rules.internal.engine.DecisionIds;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.engine.UniqueConclusions;
import io.slarules.internal.text.PrintableText;
import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.DateRange;
import io.slarules.model.History;
import io.slarules.model.Money;
import io.slarules.model.ServiceLevels;
import io.slarules.model.Timeline;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.facts.Remark;
import io.slarules.rules.facts.ServiceLevelContext;
import io.slarules.rules.internal.facts.SettledCredit;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        StringBuilder text = new StringBuilder(deadlines.explanation());
        boolean beforeTheEnd = asOf.isBefore(period.toInterval(agreement.zone()).endExclusive());
        for (YearMonth month : months) {
            if (!asOf.isAfter(cycle().month(month).toInterval(agreement.zone()).startInclusive())) {
                continue;   // nothing of it is known yet
            }
            MonthOutcome outcome = evaluate(month, history);
            objectives.addAll(outcome.objectives);
            credits.addAll(outcome.credits);
            history = history.plus(List.of(outcome.record), outcome.windows);
            text.append(ServiceLevelText.month(agreement, month, outcome.objectives, outcome.credits));
        }
        // as of an instant before the period's end nothing is settled for good: the history stays as given
        return deadlines.toBuilder().objectives(objectives).credits(credits).history(beforeTheEnd ? given : history)
                .explanation(PrintableText.of(text.toString())).build();
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
                .max(Comparator.comparingInt(io.slarules.model.CreditCaps.RollingCap::months)).ifPresent(rolling -> {
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
        Money charged = charged(monthTerms);
        Optional<Money> monthCap = monthTerms.caps().perMonth().map(a -> a.resolve(Optional.of(charged)));
        Optional<Money> rollingRoom = monthTerms.caps().rolling()
                .map(r -> io.slarules.internal.calc.Caps.rollingRoom(r, month, charged, history));
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
            ServiceLevelContext ctx = new ServiceLevelContext(agreement, month, asOf, sofar, monthCap, rollingRoom,
                    credited, creditedByService);
            Settlement settled = settle(ctx, windows);
            results.addAll(settled.objectives());
            decisions.addAll(settled.credits());
            records.addAll(settled.windows());
            sofar = sofar.plus(List.of(), settled.windows());
            credited = credited.plus(settled.credited());
            settled.creditedByService().forEach((service, m) -> creditedByService.merge(service, m, Money::plus));
        }
        return new MonthOutcome(results, decisions, new History.MonthRecord(month, charged, credited), records);
    }

    /** What one session settled: the windows of a month that end on one day. */
    private record Settlement(List<ObjectiveResult> objectives, List<CreditDecision> credits,
                              List<History.WindowRecord> windows, Money credited, Map<String,
                                      Money> creditedByService) {
    }

    private Settlement settle(ServiceLevelContext ctx, List<ObjectiveWindow> windows) {
        List<Object> facts = new ArrayList<>();
        facts.add(ctx);
        facts.addAll(windows);
        for (ObjectiveWindow w : windows) {
            facts.addAll(this.facts.outagePieces(w));
        }
        facts.addAll(this.facts.cases(windows, ctx.asOf()));
        timeline.counts().stream().filter(c -> c.at().isBefore(ctx.asOf())).forEach(facts::add);
        // a reported level is what the monitoring tool said of its window; as of an instant inside the window it
        // is the level known so far, and no credit is issued for a window that has not ended
        facts.addAll(timeline.levelReports());
        timeline.readings().stream().filter(r -> r.at().isBefore(ctx.asOf())).forEach(facts::add);

        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            Settlement settlement = engine.fire(session, agreement.id(), s -> facts.forEach(s::insert),
                    (s, firings) -> conclude(windows, s));
            evaluated = true;
            return settlement;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    private Settlement conclude(List<ObjectiveWindow> windows, KieSession session) {
        List<Measurement> measurements = new ArrayList<>();
        List<io.slarules.rules.facts.WindowVerdict> verdicts = new ArrayList<>();
        Map<ObjectiveWindow, List<String>> remarks = new HashMap<>();
        List<io.slarules.rules.facts.CreditDue> dues = new ArrayList<>();
        List<SettledCredit> settled = new ArrayList<>();
        List<io.slarules.rules.facts.CreditUnderLimits> underLimits = new ArrayList<>();
        Map<ObjectiveWindow, List<io.slarules.CaseResult>> running = new HashMap<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof io.slarules.rules.internal.facts.RunningCase r) {
                running.computeIfAbsent(r.window(), k -> new ArrayList<>()).add(r.result());
            }
            if (fact instanceof Measurement m) {
                measurements.add(m);
            } else if (fact instanceof io.slarules.rules.facts.WindowVerdict v) {
                verdicts.add(v);
            } else if (fact instanceof Remark r) {
                remarks.computeIfAbsent(r.window(), k -> new ArrayList<>()).add(r.text());
            } else if (fact instanceof io.slarules.rules.facts.CreditDue d) {
                dues.add(d);
            } else if (fact instanceof SettledCredit c) {
                settled.add(c);
            } else if (fact instanceof io.slarules.rules.facts.CreditUnderLimits c) {
                underLimits.add(c);
            }
        }
        Limits.requireNoneLeft(agreement.id(), underLimits);
        // two rules concluding one measurement or one credit fail the evaluation, naming both
        UniqueConclusions unique = engine.unique(agreement.id());
        Map<ObjectiveWindow, Measurement> measured = new HashMap<>();
        unique.byKey(measurements, m -> m.window().rank() + "\u001f" + m.window().objectiveId(),
                m -> last(m.rules()),
                m -> "measure " + m.window().objectiveId() + " in " + m.window().window())
                .values().forEach(m -> measured.put(m.window(), m));
        // the verdict a rule reached stands for the window: its result and its history record say met or breached
        // as the rule decided (a window no rule judged keeps what its figure says)
        unique.byKey(verdicts, v -> v.window().rank() + "\u001f" + v.window().objectiveId(),
                io.slarules.rules.facts.WindowVerdict::rule,
                v -> "judge " + v.window().objectiveId() + " in " + v.window().window())
                .values().forEach(v -> measured.put(v.window(), v.judged()));
        unique.byKey(dues, ServiceLevelRun::creditKey, d -> last(d.rules()),
                d -> "find a " + d.kind() + " due under clause " + d.clause().id() + " for " + d.subject() + " in "
                        + d.window().window());
        unique.byKey(settled, c -> creditKey(c.due()), SettledCredit::rule,
                c -> "settle the " + c.due().kind() + " under clause " + c.due().clause().id() + " for "
                        + c.due().subject() + " in " + c.due().window().window());
        settled.sort(Comparator.comparing(SettledCredit::due, Credits.ORDER));
        List<ObjectiveResult> results = new ArrayList<>();
        List<History.WindowRecord> records = new ArrayList<>();
        for (ObjectiveWindow w : windows) {
            Measurement m = measured.get(w);
            if (m == null) {
                continue;
            }
            List<String> notes = new ArrayList<>(m.notes());
            notes.addAll(remarks.getOrDefault(w, List.of()).stream().sorted().toList());
            if (w.interval().endExclusive().isAfter(asOf)) {
                notes.add("as of " + asOf + " the window has not ended: measured as known so far, no credit issued");
            }
            results.add(ObjectiveResult.builder().objective(w.objectiveId()).kind(w.objective().kind())
                    .window(w.window())
                    .achieved(m.achieved()).target(m.target()).met(m.met()).lostTime(m.lostTime())
                    .shortfall(m.shortfall()).shortfallBy(m.shortfallBy()).cases(m.cases()).notes(notes)
                            .rules(m.rules())
                    .running(running.getOrDefault(w, List.of()).stream()
                            .sorted(Comparator.comparing(io.slarules.CaseResult::caseId)).toList())
                    .build());
        }
        List<CreditDecision> decisions = new ArrayList<>();
        Map<ObjectiveWindow, List<History.IssuedCredit>> issued = new LinkedHashMap<>();
        Money credited = Money.zero(agreement.currency());
        Map<String, Money> creditedByService = new TreeMap<>();
        for (SettledCredit c : settled) {
            if (c.withheld().isPresent() || c.due().window().interval().endExclusive().isAfter(asOf)) {
                continue;
            }
            var d = c.due();
            List<String> rules = new ArrayList<>(d.rules());
            rules.addAll(c.limits());
            rules.add(c.rule());
            String explanation = d.reason() + (c.notes().isEmpty() ? "" : "; " + String.join("; ", c.notes()))
                    + " -> " + Explainer.money(c.amount());
            for (Part part : parts(d, c.amount())) {
                String id = DecisionIds.credit(agreement.id(), d.clause().id(), d.kind(), d.window().objectiveId(),
                        d.window().window(), d.subject(), d.debtor(), part.creditor());
                String text = part.share().map(share -> explanation + "; " + share + " of it to "
                        + agreement.partyName(part.creditor()) + " = " + Explainer.money(part.amount()))
                                .orElse(explanation);
                decisions.add(CreditDecision.builder().id(id).kind(d.kind()).clause(d.clause().id())
                        .objective(d.window().objectiveId()).window(d.window().window()).subject(d.subject())
                        .debtor(d.debtor()).creditor(part.creditor()).amount(part.amount()).priced(d.priced())
                        .capped(c.capped()).rules(rules).explanation(PrintableText.of(text)).build());
                if (d.isCredit() && part.amount().isPositive()) {
                    credited = credited.plus(part.amount());
                    creditedByService.merge(d.window().objective().serviceId().orElse(""), part.amount(),
                            Money::plus);
                    issued.computeIfAbsent(d.window(), k -> new ArrayList<>()).add(new History.IssuedCredit(id,
                            d.clause().id(), d.debtor(), part.creditor(), part.amount()));
                }
            }
        }
        for (ObjectiveWindow w : windows) {
            Measurement m = measured.get(w);
            if (m != null) {
                records.add(new History.WindowRecord(w.objectiveId(), w.window(), m.met(), issued.getOrDefault(w,
                        List.of())));
            }
        }
        return new Settlement(results, decisions, records, credited, creditedByService);
    }

    private static String last(List<String> rules) {
        return rules.isEmpty() ? "" : rules.get(rules.size() - 1);
    }

    /** What tells credits apart: what their decision ids are made of. */
    private static String creditKey(io.slarules.rules.facts.CreditDue d) {
        return String.join("\u001f", String.valueOf(d.window().rank()), d.window().objectiveId(),
                d.window().window().toString(), d.clause().id(), d.kind().name(), d.subject(), d.debtor(), d.creditor());
    }

    /** The agreement's billing cycle: months of the run, windows, caps and fees follow it. */
    private ServiceLevels.BillingCycle cycle() {
        return levels.billingCycle();
    }

    /** The fees of every service for one month. */
    private Money charged(ServiceLevels terms) {
        return Money.total(agreement.currency(), terms.services().stream().map(s -> s.monthlyFee()).toList());
    }

    private record Part(String creditor, Money amount, Optional<String> share) {
    }

    /**
     * A decision's amount to its creditor, or split among the clause's shares (see
     * {@link io.slarules.internal.calc.Compensation}). Bonuses and earn-backs flow back to the debtor undivided.
     */
    private List<Part> parts(io.slarules.rules.facts.CreditDue d, Money amount) {
        if (d.clause().shares().isEmpty() || !d.isCredit()) {
            return List.of(new Part(d.creditor(), amount, Optional.empty()));
        }
        return io.slarules.internal.calc.Compensation.split(amount, d.clause().shares(), d.creditor()).stream()
                .map(p -> new Part(p.party(), p.amount(), Optional.of(p.percent().stripTrailingZeros().toPlainString()
                        + " %" + (p.leftOver() ? " and the cents left over" : "")))).toList();
    }

}
