package io.slarules.rules.internal.servicelevels;

import io.slarules.CreditDecision;
import io.slarules.ObjectiveResult;
import io.slarules.internal.calc.Compensation;
import io.slarules.internal.text.DeferredText;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.rules.facts.CreditDue;
import io.slarules.rules.facts.CreditUnderLimits;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.WindowVerdict;
import io.slarules.rules.internal.engine.Conclusions;
import io.slarules.rules.internal.engine.Conclusions.Kind;
import io.slarules.rules.internal.engine.DecisionIds;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.facts.Remark;
import io.slarules.rules.internal.facts.RunningCase;
import io.slarules.rules.internal.facts.SettledCredit;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one service-level session concluded, assembled: each conclusion checked to have one deciding rule,
 * the objective results of its windows, the credit decisions (ids, explanations, compensation shares) and the
 * history records the next windows read. The counterpart of the deadlines' {@code Results}.
 */
final class ServiceLevelResults {

    // What the session concluded, checked in this order: no credit left under limits; one measurement and one
    // verdict per window; one credit found due and one settled per clause, kind, window, subject and parties.
    private static final Kind<RunningCase> RUNNING = Kind.taken(RunningCase.class);
    private static final Kind<Remark> REMARKS = Kind.taken(Remark.class);
    private static final Kind<CreditUnderLimits> LEFT_UNDER_LIMITS = Kind.checked(CreditUnderLimits.class,
            Limits::requireNoneLeft);
    private static final Kind<Measurement> MEASUREMENTS = Kind.oneEach(Measurement.class,
            m -> m.window().rank() + "\u001f" + m.window().objectiveId(), m -> Conclusions.lastRule(m.rules()),
            m -> "measure " + m.window().objectiveId() + " in " + m.window().window());
    private static final Kind<WindowVerdict> VERDICTS = Kind.oneEach(WindowVerdict.class,
            v -> v.window().rank() + "\u001f" + v.window().objectiveId(), WindowVerdict::rule,
            v -> "judge " + v.window().objectiveId() + " in " + v.window().window());
    private static final Kind<CreditDue> DUES = Kind.oneEach(CreditDue.class, ServiceLevelResults::creditKey,
            d -> Conclusions.lastRule(d.rules()), d -> "find a " + d.kind() + " due under clause " + d.clause().id()
                    + " for " + d.subject() + " in " + d.window().window());
    private static final Kind<SettledCredit> SETTLED = Kind.oneEach(SettledCredit.class, s -> creditKey(s.due()),
            SettledCredit::rule, s -> "settle the " + s.due().kind() + " under clause " + s.due().clause().id()
                    + " for " + s.due().subject() + " in " + s.due().window().window());
    private static final List<Kind<?>> CONCLUSIONS = List.of(RUNNING, REMARKS, LEFT_UNDER_LIMITS, MEASUREMENTS,
            VERDICTS, DUES, SETTLED);

    private final DroolsSlaEngine engine;
    private final Agreement agreement;
    /** What is known: windows ending after it are measured so far and issue no credit. */
    private final Instant asOf;

    private final Explainer explainer;

    ServiceLevelResults(DroolsSlaEngine engine, Agreement agreement, Instant asOf, Explainer explainer) {
        this.engine = engine;
        this.agreement = agreement;
        this.asOf = asOf;
        this.explainer = explainer;
    }

    /** What one session settled: the windows of a month that end on one day. */
    record Settlement(List<ObjectiveResult> objectives, List<CreditDecision> credits,
                              List<History.WindowRecord> windows, Money credited, Map<String,
                                      Money> creditedByService) {
    }

    Settlement conclude(List<ObjectiveWindow> windows, KieSession session) {
        Conclusions concluded = Conclusions.take(session, engine.unique(agreement.id()), agreement.id(), CONCLUSIONS);
        Map<ObjectiveWindow, List<io.slarules.CaseResult>> running = new HashMap<>();
        concluded.all(RUNNING).forEach(r -> running.computeIfAbsent(r.window(), k -> new ArrayList<>()).add(r.result()));
        Map<ObjectiveWindow, List<String>> remarks = new HashMap<>();
        concluded.all(REMARKS).forEach(r -> remarks.computeIfAbsent(r.window(), k -> new ArrayList<>()).add(r.text()));
        Map<ObjectiveWindow, Measurement> measured = new HashMap<>();
        concluded.byKey(MEASUREMENTS).values().forEach(m -> measured.put(m.window(), m));
        // the verdict a rule reached stands for the window: its result and its history record say met or breached
        // as the rule decided (a window no rule judged keeps what its figure says)
        concluded.byKey(VERDICTS).values().forEach(v -> measured.put(v.window(), v.judged()));
        List<SettledCredit> settled = new ArrayList<>(concluded.all(SETTLED));
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
            // written when first read (issue 15), by an explainer that is immutable: the same text then as now
            Explainer explainer = this.explainer;
            DeferredText explanation = DeferredText.of(() -> explainer.credit(c));
            for (Part part : parts(d, c.amount())) {
                String id = DecisionIds.credit(agreement.id(), d.clause().id(), d.kind(), d.window().objectiveId(),
                        d.window().window(), d.subject(), d.debtor(), part.creditor());
                DeferredText text = DeferredText.of(() -> PrintableText.of(part.share()
                        .map(share -> explainer.creditPart(explanation.get(), share)).orElseGet(explanation)));
                decisions.add(DeferredText.into(CreditDecision.builder().id(id).kind(d.kind()).clause(d.clause().id())
                        .objective(d.window().objectiveId()).window(d.window().window()).subject(d.subject())
                        .debtor(d.debtor()).creditor(part.creditor()).amount(part.amount()).priced(d.priced())
                        .capped(c.capped()).rules(rules), text).build());
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

    /** What tells credits apart: what their decision ids are made of. */
    private static String creditKey(io.slarules.rules.facts.CreditDue d) {
        return String.join("\u001f", String.valueOf(d.window().rank()), d.window().objectiveId(),
                d.window().window().toString(), d.clause().id(), d.kind().name(), d.subject(), d.debtor(), d.creditor());
    }

    /** A decision's creditor and amount; the clause's share it takes, when the clause splits it. */
    private record Part(String creditor, Money amount, Optional<Compensation.Part> share) {
    }

    /**
     * A decision's amount to its creditor, or split among the clause's shares (see {@link Compensation}). Bonuses
     * and earn-backs flow back to the debtor undivided.
     */
    private List<Part> parts(io.slarules.rules.facts.CreditDue d, Money amount) {
        if (d.clause().shares().isEmpty() || !d.isCredit()) {
            return List.of(new Part(d.creditor(), amount, Optional.empty()));
        }
        return Compensation.split(amount, d.clause().shares(), d.creditor()).stream()
                .map(p -> new Part(p.party(), p.amount(), Optional.of(p))).toList();
    }
}
