package io.slarules.rules.internal.deadlines;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.internal.text.DeferredText;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Assembles an {@link Evaluation} from what the rules concluded: selects what the period settles,
 * orders it as the agreement lists its clauses and obligations, derives decision ids and explains.
 *
 * <p>The explanations are written when first read (issue 15): each result holds a {@link DeferredText} over what it is
 * derived from, one paragraph per attribution shared by the attribution and every decision it prices. What writing
 * could throw is checked here, at once ({@link Explainer#requireExplainable}). The suppliers capture what they need,
 * never this object, which holds the whole derivation.
 */
public final class Results {

    private final Agreement agreement;
    private final DateRange period;
    private final Instant asOf;
    private final List<ObligationState> states;
    private final Derivation derivation;
    private final Explainer explainer;
    /** The rule pack of a rule, empty for the default rules: names the rule when a decision cannot be explained. */
    private final Function<String, String> packOf;
    /** How decisions of clauses paid in another currency are converted; the timeline's rates, once given. */
    private Conversion conversion;
    /** The paragraph on each attribution explained, written once when first read: the attribution's and its decisions'. */
    private final Map<DelayAttribution, DeferredText> paragraphs = new IdentityHashMap<>();

    public Results(Agreement agreement, DateRange period, Derivation derivation, Function<String, String> packOf) {
        this.agreement = agreement;
        this.packOf = packOf;
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
        Explainer explainer = this.explainer;
        DateRange period = this.period;
        Instant asOf = this.asOf;
        List<DeferredText> told = attributions.stream().map(this::paragraph).toList();
        List<PenaltyDecision> settled = List.copyOf(decisions);
        List<PenaltyDecision> open = List.copyOf(accrued);
        // names and ids reach here through the Java API unchecked: no escape sequence reaches a terminal
        DeferredText text = DeferredText.of(() -> PrintableText.of(explainer.deadlines(period, asOf, told, settled, open,
                terminations)));
        return DeferredText.into(Evaluation.builder().agreementId(agreement.id()).period(period).asOf(asOf)
                .attributions(attributions).penalties(settled).accrued(open).terminationRights(terminations), text)
                .build();
    }

    /** The paragraph on an attribution, one per attribution, written when first read. */
    private DeferredText paragraph(DelayAttribution a) {
        Explainer explainer = this.explainer;
        return paragraphs.computeIfAbsent(a, x -> DeferredText.of(() -> explainer.attribution(x)));
    }

    /** The force-majeure clauses' termination rights, by clause as the agreement lists them, then by event. */
    private List<Evaluation.TerminationRight> forceMajeureTerminations() {
        List<Evaluation.TerminationRight> rights = new ArrayList<>();
        // rare, and a record whose text is a component: written at once
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
                        Explainer explainer = this.explainer;
                        Instant asOf = this.asOf;
                        String obligation = state.id();
                        accrued.add(DeferredText.into(part.toBuilder().id(id).provisional(true),
                                DeferredText.of(() -> explainer.accrued(part, id, asOf, obligation))).build());
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
        boolean terminates = termination != null;
        Explainer.requireExplainable(agreement.id(), capped, termination, packOf);
        List<String> cited = List.copyOf(rules);
        Explainer explainer = this.explainer;
        DeferredText attribution = paragraph(assessment.attribution());
        String conversionLine = paid.line();
        DeferredText explanation = DeferredText.of(() -> PrintableText.of(explainer.decision(id, attribution, capped,
                amount, conversionLine, terminates, cited)));
        return DeferredText.into(PenaltyDecision.builder().id(id).clause(clause.id()).subject(subject)
                .debtor(clause.debtor()).creditor(clause.creditor()).amount(amount).priced(capped.charge().priced())
                .delay(assessment.units()).unit(clause.unit()).per(clause.unitLength()).capped(capped.capped())
                .terminationRight(terminates).rules(cited), explanation).build();
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
            Explainer explainer = this.explainer;
            parts.add(DeferredText.into(whole.toBuilder().id(id).creditor(part.party()).amount(part.amount()),
                    DeferredText.of(() -> explainer.penaltyPart(whole, id, part))).build());
        }
        return parts;
    }

    private static String key(DelayAssessment assessment) {
        return assessment.clause().id() + "\u001f" + assessment.obligation().id();
    }
}
