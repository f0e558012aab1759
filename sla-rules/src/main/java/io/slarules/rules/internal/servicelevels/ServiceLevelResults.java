package io.slarules.rules.internal.servicelevels;

import io.slarules.CreditDecision;
import io.slarules.ObjectiveResult;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.engine.DecisionIds;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.engine.UniqueConclusions;
import io.slarules.rules.internal.facts.Remark;
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

    private final DroolsSlaEngine engine;
    private final Agreement agreement;
    /** What is known: windows ending after it are measured so far and issue no credit. */
    private final Instant asOf;

    ServiceLevelResults(DroolsSlaEngine engine, Agreement agreement, Instant asOf) {
        this.engine = engine;
        this.agreement = agreement;
        this.asOf = asOf;
    }

    /** What one session settled: the windows of a month that end on one day. */
    record Settlement(List<ObjectiveResult> objectives, List<CreditDecision> credits,
                              List<History.WindowRecord> windows, Money credited, Map<String,
                                      Money> creditedByService) {
    }

    Settlement conclude(List<ObjectiveWindow> windows, KieSession session) {
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
        unique.byKey(dues, ServiceLevelResults::creditKey, d -> last(d.rules()),
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
