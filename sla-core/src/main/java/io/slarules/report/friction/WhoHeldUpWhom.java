package io.slarules.report.friction;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.UnitShare;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.timeline.Fulfilment;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Books one evaluated agreement into a {@link Ledger}, by the definition written on
 * {@link FrictionReport}. This class is that definition in code; change both together.
 */
final class WhoHeldUpWhom {

    private final Agreement agreement;
    private final Evaluation evaluation;
    private final Ledger ledger;

    private WhoHeldUpWhom(EvaluatedAgreement input, Ledger ledger) {
        this.agreement = input.agreement();
        this.evaluation = input.evaluation();
        this.ledger = ledger;
    }

    /** Books the delays, shortfalls, breaches, money and performance of one evaluated agreement. */
    static void book(EvaluatedAgreement input, Ledger ledger) {
        WhoHeldUpWhom booking = new WhoHeldUpWhom(input, ledger);
        booking.obligations(input);
        input.evaluation().objectives().forEach(booking::objective);
        input.evaluation().penalties().forEach(booking::penalty);
        input.evaluation().credits().forEach(booking::credit);
    }

    /** Whether {@code party}'s delay counts as {@code promisor}'s own: itself or a subcontractor it engaged. */
    private boolean answersFor(String promisor, Responsible party) {
        return agreement.answeredBy(promisor).contains(party.id());
    }

    private void obligations(EvaluatedAgreement input) {
        Instant periodStart = evaluation.period().toInterval(agreement.zone()).startInclusive();
        Map<String, Instant> fulfilled = new HashMap<>();
        for (Fulfilment f : input.timeline().fulfilments()) {
            if (!f.at().isAfter(evaluation.asOf())) {
                fulfilled.merge(f.obligation(), f.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Obligation o : agreement.obligations()) {
            Optional<DelayAttribution> attribution = evaluation.attribution(o.id());
            Ledger.PartyTally owner = ledger.party(o.owner());
            Instant at = fulfilled.get(o.id());
            boolean settled = at != null && at.isAfter(periodStart);
            if (attribution.filter(DelayAttribution::provisional).isPresent()) {
                owner.openLate++;
            }
            if (!settled) {
                continue;
            }
            owner.settled++;
            DelayAttribution late = attribution.filter(DelayAttribution::isLate).orElse(null);
            if (late == null) {
                owner.onTime++;
                continue;
            }
            if (!late.shareOfAny(agreement.answeredBy(o.owner())).isZero()) {
                owner.lateOwnAccount++;
                ledger.breach(o.owner(), o.beneficiary(), Subject.obligation(agreement.id(), o.id()));
            }
            segments(o, late);
        }
    }

    private void segments(Obligation o, DelayAttribution late) {
        Subject subject = Subject.obligation(agreement.id(), o.id());
        for (Segment s : late.segments()) {
            if (s.responsible().isExcused()) {
                ledger.excused(o.owner(), s.length(), subject);
                continue;
            }
            boolean own = answersFor(o.owner(), s.responsible());
            String responsible = own ? o.owner() : s.responsible().id();
            String affected = own ? o.beneficiary() : o.owner();
            if (s.origin().equals(o.id()) && s.via().isEmpty()) {
                ledger.delay(responsible, affected, s.length(), subject);
            } else {
                ledger.knockOn(responsible, affected, s.length(), subject);
            }
        }
    }

    private void objective(ObjectiveResult result) {
        Optional<Objective> found = agreement.serviceLevels().objective(result.objective());
        assert found.isPresent() : "SLA Rules: a result of an objective the agreement does not have: "
                + result.objective();
        if (found.isEmpty()) {
            return;
        }
        Objective objective = found.get();
        String obligated = objective.obligated();
        String beneficiary = objective.beneficiary();
        Subject window = Subject.window(agreement.id(), result.objective(), result.window());
        Ledger.PartyTally tally = ledger.party(obligated);
        tally.windows++;
        if (result.met()) {
            tally.windowsMet++;
        }
        shares(obligated, beneficiary, result.lostTime(), window);
        for (CaseResult c : result.cases()) {
            Subject subject = Subject.caseOf(agreement.id(), c.caseId());
            shares(obligated, beneficiary, c.pauses(), subject);
            if (c.breached()) {
                ledger.breach(obligated, beneficiary, subject);
                Duration overrun = c.businessTime().minus(c.target());
                ledger.delay(obligated, beneficiary, overrun.isNegative() ? Duration.ZERO : overrun, subject);
            }
        }
        for (UnitShare u : result.shortfallBy()) {
            boolean own = answersFor(obligated, u.responsible());
            String responsible = own ? obligated : u.responsible().id();
            String affected = own ? beneficiary : obligated;
            ledger.shortfall(responsible, affected, u.units(), window);
            if (!result.met() && u.units() > 0) {
                ledger.breach(responsible, affected, window);
            }
        }
        boolean countedByShares = result.kind() == MetricKind.QUOTA && !result.shortfallBy().isEmpty();
        boolean countedByCases = result.kind() == MetricKind.TIME_TO;
        if (!result.met() && !countedByShares && !countedByCases) {
            ledger.breach(obligated, beneficiary, window);
        }
    }

    /** Lost time or pauses: the obligated party's own to the beneficiary, another party's to the obligated party. */
    private void shares(String obligated, String beneficiary, List<Share> shares, Subject subject) {
        for (Share s : shares) {
            if (s.responsible().isExcused()) {
                ledger.excused(obligated, s.length(), subject);
            } else if (answersFor(obligated, s.responsible())) {
                ledger.delay(obligated, beneficiary, s.length(), subject);
            } else {
                ledger.delay(s.responsible().id(), obligated, s.length(), subject);
            }
        }
    }

    private void penalty(PenaltyDecision p) {
        ledger.owed(p.debtor(), p.creditor(), p.amount(), Subject.obligation(agreement.id(), p.subject()));
    }

    private void credit(CreditDecision c) {
        Subject subject = c.caseId().map(id -> Subject.caseOf(agreement.id(), id))
                .orElseGet(() -> Subject.window(agreement.id(), c.objective(), c.window()));
        ledger.owed(c.debtor(), c.creditor(), c.amount(), subject);
    }
}
