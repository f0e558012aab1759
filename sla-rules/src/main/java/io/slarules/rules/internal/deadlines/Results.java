package io.slarules.rules.internal.deadlines;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.internal.engine.DecisionIds;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.internal.facts.TerminationRight;

import io.slarules.model.money.Money;
import io.slarules.model.timeline.ExchangeRate;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles an {@link Evaluation} from what the rules concluded: selects what the period settles,
 * orders it as the agreement lists its clauses and obligations, derives decision ids and explains.
 */
public final class Results {

    private final Agreement agreement;
    private final DateRange period;
    private final Instant asOf;
    private final List<ObligationState> states;
    private final Derivation derivation;
    private final Explainer explainer;
    /** How decisions of clauses paid in another currency are converted; the timeline's rates, once given. */
    private Conversion conversion;

    public Results(Agreement agreement, DateRange period, Derivation derivation) {
        this.agreement = agreement;
        this.period = period;
        this.asOf = derivation.asOf();
        this.states = derivation.states();
        this.derivation = derivation;
        this.explainer = new Explainer(agreement);
        this.conversion = new Conversion(agreement, List.of());
    }

    public Results withPublishedRates(List<ExchangeRate> rates) {
        this.conversion = new Conversion(agreement, rates);
        return this;
    }

    public Evaluation evaluation() {
        Map<String, DelayAttribution> bySubject = new HashMap<>();
        derivation.attributions().forEach(a -> {
            if (bySubject.putIfAbsent(a.subject(), a) != null) {
                throw new IllegalStateException("SLA Rules: two attributions of " + a.subject());
            }
        });
        assert bySubject.size() == states.size() : "SLA Rules: every obligation is attributed once";

        List<DelayAttribution> attributions = new ArrayList<>();
        for (ObligationState state : states) {
            DelayAttribution a = bySubject.get(state.id());
            boolean reported = state.settledInPeriod() || !state.settled();
            if (a != null && a.isLate() && reported) {
                attributions.add(a);
            }
        }
        List<PenaltyDecision> decisions = decisions();
        List<PenaltyDecision> accrued = accrued();

        List<Evaluation.TerminationRight> terminations = forceMajeureTerminations();
        String text = explainer.deadlines(period, asOf, attributions, decisions, accrued, terminations);
        // names and ids reach here through the Java API unchecked: no escape sequence reaches a terminal
        return Evaluation.builder().agreementId(agreement.id()).period(period).asOf(asOf).attributions(attributions)
                .penalties(decisions).accrued(accrued).explanation(PrintableText.of(text))
                .terminationRights(terminations)
                .build();
    }

    /** The force-majeure clauses' termination rights, by clause as the agreement lists them, then by event. */
    private List<Evaluation.TerminationRight> forceMajeureTerminations() {
        List<Evaluation.TerminationRight> rights = new ArrayList<>();
        for (ForceMajeure.Termination clause : agreement.forceMajeureClauses()) {
            derivation.forceMajeureTerminations().stream().filter(t -> t.clause().equals(clause))
                    .sorted(java.util.Comparator.comparing((ForceMajeureTerminationRight t) -> t.event().interval())
                            .thenComparing(t -> t.event().id()))
                    .forEach(t -> rights.add(forceMajeureTermination(t)));
        }
        return rights;
    }

    private Evaluation.TerminationRight forceMajeureTermination(ForceMajeureTerminationRight t) {
        String id = DecisionIds.forceMajeureTermination(agreement.id(), t.clause().id(), t.event().id());
        // up to the period's end (or the as-of instant) when the event goes on past it: what is known of it
        Instant end = t.event().interval().endExclusive().isAfter(asOf) ? asOf : t.event().interval().endExclusive();
        java.time.Duration lasted = io.slarules.calc.WallClock.between(t.event().interval().startInclusive(), end,
                agreement.zone());
        List<String> parties = t.clause().parties(agreement);
        String explanation = explainer.forceMajeureTermination(id, t, parties, lasted, period, asOf);
        return new Evaluation.TerminationRight(id, t.clause().id(), t.event().id(), parties, lasted,
                List.of(t.rule()), PrintableText.of(explanation));
    }

    private List<PenaltyDecision> decisions() {
        Map<String, TerminationRight> terminations = new HashMap<>();
        // the engine refused two conclusions for one key (UniqueConclusions); a second here is a bug, never a pick
        for (TerminationRight t : derivation.terminationRights()) {
            if (terminations.putIfAbsent(key(t.assessment()), t) != null) {
                throw new IllegalStateException("SLA Rules: two termination rights for " + key(t.assessment()));
            }
        }
        Map<String, CappedCharge> charges = new HashMap<>();
        for (CappedCharge c : derivation.charges()) {
            if (charges.putIfAbsent(key(c.charge().assessment()), c) != null) {
                throw new IllegalStateException("SLA Rules: two charges for " + key(c.charge().assessment()));
            }
        }
        List<PenaltyDecision> decisions = new ArrayList<>();
        for (PenaltyClause clause : agreement.penalties()) {
            for (ObligationState state : states) {
                CappedCharge charge = charges.get(clause.id() + "\u001f" + state.id());
                if (charge != null && state.settledInPeriod()) {
                    decisions.addAll(split(decision(charge, terminations.get(clause.id() + "\u001f" + state.id()))));
                }
            }
        }
        return decisions;
    }

    /**
     * The damages accrued so far on obligations still open: one provisional decision per clause and
     * obligation, with an id of its own, in the agreement's order.
     */
    private List<PenaltyDecision> accrued() {
        Map<String, TerminationRight> terminations = new HashMap<>();
        derivation.terminationRights().forEach(t -> terminations.put(key(t.assessment()), t));
        Map<String, CappedCharge> charges = new HashMap<>();
        derivation.charges().forEach(c -> charges.put(key(c.charge().assessment()), c));
        List<PenaltyDecision> accrued = new ArrayList<>();
        for (PenaltyClause clause : agreement.penalties()) {
            for (ObligationState state : states) {
                CappedCharge charge = charges.get(clause.id() + "\u001f" + state.id());
                if (charge != null && !state.settled()) {
                    PenaltyDecision settled = decision(charge, terminations.get(clause.id() + "\u001f" + state.id()));
                    for (PenaltyDecision part : split(settled)) {
                        String id = DecisionIds.accrued(agreement.id(), part.clause(), part.subject(), part.debtor(),
                                part.creditor());
                        accrued.add(part.toBuilder().id(id).provisional(true)
                                .explanation(explainer.accrued(part, id, asOf, state.id())).build());
                    }
                }
            }
        }
        return accrued;
    }

    private PenaltyDecision decision(CappedCharge capped, TerminationRight termination) {
        DelayAssessment assessment = capped.charge().assessment();
        LiquidatedDamages clause = assessment.clause();
        String subject = assessment.obligation().id();
        String id = DecisionIds.penalty(agreement.id(), clause.id(), subject, clause.debtor(), clause.creditor());
        Set<String> rules = new LinkedHashSet<>(assessment.attribution().rules());
        rules.add(assessment.rule());
        rules.add(capped.charge().rule());
        if (termination != null) {
            rules.add(termination.rule());
        }
        rules.add(capped.rule());
        Conversion.Converted paid = conversion.of(capped);
        Money amount = paid.amount();
        String explanation = explainer.decision(id, capped, amount, paid.line(), termination != null,
                List.copyOf(rules));
        return PenaltyDecision.builder().id(id).clause(clause.id()).subject(subject).debtor(clause.debtor())
                .creditor(clause.creditor()).amount(amount).priced(capped.charge().priced())
                .delay(assessment.units()).unit(clause.unit()).per(clause.unitLength()).capped(capped.capped())
                .terminationRight(termination != null).rules(List.copyOf(rules))
                .explanation(PrintableText.of(explanation)).build();
    }

    /**
     * The decision as it is, or one per party the clause compensates, each with its part (see
     * {@link io.slarules.internal.calc.Compensation}) and an id of its own.
     */
    private List<PenaltyDecision> split(PenaltyDecision whole) {
        LiquidatedDamages clause = (LiquidatedDamages) agreement.penalties().stream()
                .filter(c -> c.id().equals(whole.clause())).findFirst().orElseThrow();
        if (clause.shares().isEmpty()) {
            return List.of(whole);
        }
        List<PenaltyDecision> parts = new ArrayList<>();
        for (io.slarules.internal.calc.Compensation.Part part : io.slarules.internal.calc.Compensation.split(whole.amount(),
                clause.shares(), clause.creditor())) {
            String id = DecisionIds.penalty(agreement.id(), clause.id(), whole.subject(), clause.debtor(), part.party());
            parts.add(whole.toBuilder().id(id).creditor(part.party()).amount(part.amount())
                    .explanation(explainer.penaltyPart(whole, id, part))
                    .build());
        }
        return parts;
    }

    private static String key(DelayAssessment assessment) {
        return assessment.clause().id() + "\u001f" + assessment.obligation().id();
    }
}
