package io.slarules.testkit;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.UnitShare;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service-level half of {@link SlaInvariants}: what one evaluation's objective results and
 * credit decisions keep by themselves. Every figure is recomputed here from the agreement's terms
 * and the results' own numbers, with none of the engine's helpers.
 */
final class ServiceLevelInvariants {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The engine truncates achieved percentages to 10 decimals; a level may lie this far below the exact one. */
    private static final BigDecimal TRUNCATION = new BigDecimal("1E-10");

    private ServiceLevelInvariants() {
    }

    /** Violations of {@link SlaInvariants.Invariant#OBJECTIVE_RESULTS_CONSISTENT}. */
    static List<String> results(Agreement agreement, Evaluation evaluation) {
        List<String> violations = new ArrayList<>();
        ServiceLevels levels = agreement.serviceLevels();
        Set<String> seen = new HashSet<>();
        for (ObjectiveResult r : evaluation.objectives()) {
            String about = "result of " + r.objective() + " for " + r.window();
            if (!seen.add(r.objective() + "@" + r.window())) {
                violations.add(about + ": reported twice");
            }
            Optional<Objective> found = levels.objective(r.objective());
            if (found.isEmpty()) {
                violations.add(about + ": the agreement has no such objective");
                continue;
            }
            Objective o = found.get();
            if (r.kind() != o.kind()) {
                violations.add(about + ": kind " + r.kind() + ", the objective measures " + o.kind());
            }
            within(r.window(), agreement.effective(), about, violations);
            if (o instanceof AvailabilityObjective a) {
                availability(agreement, a, r, about, violations);
            } else if (o instanceof TimeToObjective t) {
                timeTo(agreement, t, r, about, violations);
            } else if (o instanceof QuotaObjective q) {
                quota(agreement, q, r, about, violations);
            } else if (o.kind() == MetricKind.READINGS) {
                readings(r, about, violations);
            } else {
                percentMet(r, about, violations);
            }
        }
        return violations;
    }

    private static void availability(Agreement agreement, AvailabilityObjective o, ObjectiveResult r, String about,
                                     List<String> violations) {
        percentMet(r, about, violations);
        Duration window = elapsed(agreement, r.window());
        Duration sum = Duration.ZERO;
        Duration others = Duration.ZERO;
        Set<Responsible> responsibles = new HashSet<>();
        Responsible obligated = Responsible.party(o.obligated());
        for (Share s : r.lostTime()) {
            if (s.length().isNegative()) {
                violations.add(about + ": negative lost time of " + s.responsible());
            }
            if (!responsibles.add(s.responsible())) {
                violations.add(about + ": two shares of lost time of " + s.responsible());
            }
            if (!s.responsible().isExcused() && agreement.party(s.responsible().id()).isEmpty()) {
                violations.add(about + ": lost time of " + s.responsible() + ", who is no party of the agreement");
            }
            if (!s.responsible().isExcused() && !s.responsible().equals(obligated)
                    && agreement.answeredBy(o.obligated()).contains(s.responsible().id())) {
                violations.add(about + ": lost time of " + s.responsible() + " reported apart, though "
                        + o.obligated() + " answers for it");
            }
            sum = sum.plus(s.length());
            if (!s.responsible().equals(obligated)) {
                others = others.plus(s.length());
            }
        }
        Duration own = r.lostTimeOf(obligated);
        // rounding each outage up to whole minutes may add less than a minute per outage; the union cannot exceed the window
        if (o.outageRounding().isEmpty() && sum.compareTo(window) > 0) {
            violations.add(about + ": lost time " + Texts.duration(sum) + " exceeds the window's " + Texts.duration(window));
        }
        if (others.compareTo(window) > 0) {
            violations.add(about + ": time lost to others " + Texts.duration(others) + " exceeds the window's "
                    + Texts.duration(window));
        }
        if (!CalendarSpec.ALWAYS.equals(o.calendar())) {
            if (!own.isZero() != r.achieved().compareTo(HUNDRED) < 0 && o.denominator() == Denominator.WHOLE_WINDOW) {
                violations.add(about + ": achieved " + r.achieved().toPlainString() + " % with "
                        + Texts.duration(own) + " counted against " + o.obligated());
            }
            return;
        }
        Duration denominator = o.denominator() == Denominator.WHOLE_WINDOW ? window : window.minus(others);
        BigDecimal exact = uptime(denominator, own);
        if (r.achieved().compareTo(exact) > 0 || exact.subtract(r.achieved()).compareTo(TRUNCATION) >= 0) {
            violations.add(about + ": achieved " + r.achieved().toPlainString() + " %, but " + Texts.duration(own)
                    + " counted against " + o.obligated() + " in " + Texts.duration(denominator) + " (" + o.denominator()
                    + ") give " + exact.setScale(12, RoundingMode.DOWN).toPlainString() + " %");
        }
    }

    /** The uptime percentage, exact to 20 decimals: (denominator - down) / denominator, 100 % of nothing. */
    private static BigDecimal uptime(Duration denominator, Duration down) {
        if (denominator.isZero() || denominator.isNegative()) {
            return HUNDRED;
        }
        BigDecimal den = BigDecimal.valueOf(denominator.toMillis());
        BigDecimal up = den.subtract(BigDecimal.valueOf(down.toMillis())).max(BigDecimal.ZERO);
        return up.multiply(HUNDRED).divide(den, 20, RoundingMode.DOWN);
    }

    private static void timeTo(Agreement agreement, TimeToObjective o, ObjectiveResult r, String about,
                               List<String> violations) {
        Instant end = r.window().toInterval(agreement.zone()).endExclusive();
        long inTime = 0;
        Set<String> cases = new HashSet<>();
        for (CaseResult c : r.cases()) {
            String which = about + ", case " + c.caseId();
            if (!cases.add(c.caseId())) {
                violations.add(which + ": reported twice");
            }
            if (c.businessTime().isNegative() || c.pauses().stream().anyMatch(p -> p.length().isNegative())) {
                violations.add(which + ": negative business time or pause");
            }
            o.target(c.priority()).ifPresentOrElse(t -> {
                if (!t.within().equals(c.target())) {
                    violations.add(which + ": target " + Texts.duration(c.target()) + ", the objective gives "
                            + c.priority() + " " + Texts.duration(t.within()));
                }
            }, () -> violations.add(which + ": priority " + c.priority() + " has no target"));
            boolean over = c.businessTime().compareTo(c.target()) > 0;
            if (c.stopped() && over != c.breached()) {
                violations.add(which + ": took " + Texts.duration(c.businessTime()) + " against "
                        + Texts.duration(c.target()) + ", yet " + (c.breached() ? "breached" : "not breached"));
            }
            if (!c.stopped() && !c.breached()) {
                violations.add(which + ": still open and not breached, yet counted in the window");
            }
            c.breachedAt().filter(at -> at.isAfter(end)).ifPresent(at ->
                    violations.add(which + ": breached at " + at + ", after the window's end " + end));
            for (Share p : c.pauses()) {
                if (!p.responsible().isExcused() && agreement.answeredBy(o.obligated()).contains(p.responsible().id())) {
                    violations.add(which + ": paused for " + p.responsible() + ", for whom " + o.obligated() + " answers");
                }
            }
            if (!c.breached()) {
                inTime++;
            }
        }
        BigDecimal exact = r.cases().isEmpty() ? HUNDRED : BigDecimal.valueOf(inTime).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(r.cases().size()), 20, RoundingMode.DOWN);
        if (r.achieved().compareTo(exact) > 0 || exact.subtract(r.achieved()).compareTo(TRUNCATION) >= 0) {
            violations.add(about + ": achieved " + r.achieved().toPlainString() + " %, but " + inTime + " of "
                    + r.cases().size() + " cases were in time");
        }
        boolean perCase = o.targets().stream().noneMatch(t -> t.isShare());
        if (perCase && r.met() != (inTime == r.cases().size())) {
            violations.add(about + ": " + (r.met() ? "met" : "breached") + ", with " + (r.cases().size() - inTime)
                    + " breached cases");
        }
    }

    /**
     * A quota: the shortfall is what the count lacks of the target as agreed; its shares by party add
     * up to it; met exactly when none of it counts against the obligated party (an upstream party's
     * share, where the target depends on it, does not).
     */
    private static void quota(Agreement agreement, QuotaObjective o, ObjectiveResult r, String about,
                              List<String> violations) {
        long count = r.achieved().longValue();
        long shortfall = Math.max(0, o.target() - count);
        if (r.achieved().signum() < 0 || r.achieved().stripTrailingZeros().scale() > 0) {
            violations.add(about + ": a count of " + r.achieved().toPlainString());
        }
        if (!r.shortfall().equals(Optional.of(shortfall))) {
            violations.add(about + ": counted " + count + " of " + o.target() + ", yet shortfall " + r.shortfall());
        }
        long shared = 0;
        for (UnitShare u : r.shortfallBy()) {
            shared += u.units();
            if (agreement.party(u.responsible().id()).isEmpty()) {
                violations.add(about + ": units short of " + u.responsible() + ", who is no party of the agreement");
            }
        }
        if (shared != shortfall) {
            violations.add(about + ": the shortfall's shares " + r.shortfallBy() + " add up to " + shared + ", not "
                    + shortfall);
        }
        long own = ownUnitsShort(agreement, o, r);
        if (r.met() != (own == 0)) {
            violations.add(about + ": " + own + " units short on " + o.obligated() + "'s own account, yet "
                    + (r.met() ? "met" : "breached"));
        }
    }

    /** The units of a quota's shortfall that count against its obligated party (and whom it answers for). */
    private static long ownUnitsShort(Agreement agreement, Objective o, ObjectiveResult r) {
        List<String> answering = agreement.answeredBy(o.obligated());
        return r.shortfallBy().stream().filter(u -> answering.contains(u.responsible().id())).mapToLong(UnitShare::units)
                .sum();
    }

    /** A readings window achieves a whole count of readings outside its range, against none; met when none is. */
    private static void readings(ObjectiveResult r, String about, List<String> violations) {
        if (r.achieved().signum() < 0 || r.achieved().stripTrailingZeros().scale() > 0 || r.target().signum() != 0) {
            violations.add(about + ": " + r.achieved().toPlainString() + " readings outside against "
                    + r.target().toPlainString() + ": a whole count against none");
        }
        if (r.met() != (r.achieved().signum() == 0)) {
            violations.add(about + ": " + r.achieved().toPlainString() + " readings outside, yet "
                    + (r.met() ? "met" : "breached"));
        }
    }

    private static void percentMet(ObjectiveResult r, String about, List<String> violations) {
        if (r.achieved().signum() < 0 || r.achieved().compareTo(HUNDRED) > 0) {
            violations.add(about + ": achieved " + r.achieved().toPlainString() + " %, outside 0 to 100");
        }
        if (r.met() != (r.achieved().compareTo(r.target()) >= 0)) {
            violations.add(about + ": achieved " + r.achieved().toPlainString() + " % against "
                    + r.target().toPlainString() + " %, yet " + (r.met() ? "met" : "breached"));
        }
    }

    /** Violations of {@link SlaInvariants.Invariant#CREDITS_REST_ON_THEIR_CLAUSE}. */
    static List<String> clauses(Agreement agreement, Evaluation evaluation) {
        List<String> violations = new ArrayList<>();
        ServiceLevels levels = agreement.serviceLevels();
        for (CreditDecision d : evaluation.credits()) {
            String about = DecisionView.CREDITS.about(d);
            Optional<ServiceCredit> found = levels.credits().stream().filter(c -> c.id().equals(d.clause())).findFirst();
            if (found.isEmpty()) {
                violations.add(about + ": the agreement has no service-credit clause " + d.clause());
                continue;
            }
            ServiceCredit clause = found.get();
            if (!clause.objective().equals(d.objective())) {
                violations.add(about + ": clause " + clause.id() + " prices " + clause.objective());
            }
            boolean back = d.kind() == CreditKind.BONUS || d.kind() == CreditKind.EARN_BACK;
            String debtor = back ? clause.creditor() : clause.debtor();
            String creditor = back ? clause.debtor() : clause.creditor();
            if (!d.debtor().equals(debtor) || !d.creditor().equals(creditor)) {
                violations.add(about + ": a " + d.kind() + " under clause " + clause.id() + " is paid by " + debtor
                        + " to " + creditor);
            }
            Optional<ObjectiveResult> result = evaluation.objectives().stream()
                    .filter(r -> r.objective().equals(d.objective()) && r.window().equals(d.window())).findFirst();
            if (result.isEmpty()) {
                violations.add(about + ": no result of " + d.objective() + " for " + d.window());
                continue;
            }
            ObjectiveResult r = result.get();
            boolean missed = d.kind() == CreditKind.SERVICE_CREDIT || d.kind() == CreditKind.REPEAT_OFFENCE;
            if (missed && r.met() || back && !r.met()) {
                violations.add(about + ": a " + d.kind() + " for a window whose objective was "
                        + (r.met() ? "met" : "breached"));
            }
            Optional<Money> fee = fee(levels, d.objective(), r.window());
            switch (d.kind()) {
                case PER_BREACH -> perBreach(clause, r, d, about, violations);
                case SERVICE_CREDIT -> bandOrShortfall(agreement, clause, r, d, fee, about, violations);
                case EARN_BACK -> earnBack(evaluation.history(), d, about, violations);
                default -> {
                }
            }
        }
        return violations;
    }

    private static void perBreach(ServiceCredit clause, ObjectiveResult r, CreditDecision d, String about,
                                  List<String> violations) {
        Optional<CaseResult> kase = r.caseResult(d.subject());
        if (kase.isEmpty() || !kase.get().breached()) {
            violations.add(about + ": case " + d.subject() + " did not breach in " + r.window());
            return;
        }
        Optional<Money> rate = clause.perBreach(kase.get().priority());
        if (rate.isEmpty() || d.priced().compareTo(rate.get()) != 0) {
            violations.add(about + ": priced " + d.priced() + ", clause " + clause.id() + " gives "
                    + rate.map(Money::toString).orElse("nothing") + " per breached " + kase.get().priority() + " case");
        }
    }

    private static void bandOrShortfall(Agreement agreement, ServiceCredit clause, ObjectiveResult r, CreditDecision d,
                                        Optional<Money> fee, String about, List<String> violations) {
        ServiceLevels levels = agreement.serviceLevels();
        if (r.kind() == MetricKind.QUOTA) {
            long own = levels.objective(r.objective()).map(o -> ownUnitsShort(agreement, o, r)).orElse(0L);
            Optional<Money> perUnit = clause.perUnitShort().map(rate -> rate.times(own));
            if (perUnit.isPresent() && d.priced().compareTo(perUnit.get()) != 0) {
                violations.add(about + ": priced " + d.priced() + ", but " + own + " units short on " + d.debtor()
                        + "'s own account x " + clause.perUnitShort().get() + " = " + perUnit.get());
            }
            return;
        }
        if (r.kind() == MetricKind.READINGS) {
            // count outside x the rate per reading, computed here from the clause's terms
            clause.perReading().ifPresent(per -> {
                Money each = resolve(per.rate(), per.value());
                Money priced = each.times(r.achieved());
                if (d.priced().compareTo(priced) != 0) {
                    violations.add(about + ": priced " + d.priced() + ", but " + r.achieved().toPlainString()
                            + " readings outside x " + each + " = " + priced);
                }
            });
            return;
        }
        if (r.kind() == MetricKind.TIME_TO) {
            return; // the band is per priority's share; the result carries only the overall share
        }
        Optional<CreditBand> band = clause.bands().stream().filter(b -> b.contains(r.achieved())).findFirst();
        Optional<Money> price = band.map(b -> resolve(b.credit(), fee));
        if (price.isEmpty() || d.priced().compareTo(price.get()) != 0) {
            violations.add(about + ": priced " + d.priced() + ", but " + r.achieved().toPlainString() + " % lies in "
                    + band.map(CreditBand::toString).orElse("no band") + price.map(p -> " = " + p).orElse(""));
        }
    }

    private static void earnBack(History history, CreditDecision d, String about, List<String> violations) {
        Optional<History.IssuedCredit> forgiven = history.windows().stream().flatMap(w -> w.credits().stream())
                .filter(c -> c.decisionId().equals(d.subject())).findFirst();
        if (forgiven.isEmpty()) {
            violations.add(about + ": forgives " + d.subject() + ", which the history does not record");
        } else if (forgiven.get().amount().compareTo(d.amount()) != 0 || !forgiven.get().debtor().equals(d.creditor())) {
            violations.add(about + ": pays back " + d.amount() + " to " + d.creditor() + ", the credit forgiven was "
                    + forgiven.get().amount() + " paid by " + forgiven.get().debtor());
        }
    }

    /** Violations of {@link SlaInvariants.Invariant#CREDITS_RESPECT_CAPS}. */
    static List<String> caps(Agreement agreement, Evaluation evaluation) {
        List<String> violations = new ArrayList<>();
        ServiceLevels levels = agreement.serviceLevels();
        Map<String, BigDecimal> byClauseWindow = new LinkedHashMap<>();
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        int minor = agreement.currency().getDefaultFractionDigits();
        for (CreditDecision d : evaluation.credits()) {
            String about = DecisionView.CREDITS.about(d);
            if (!DecisionView.CREDITS.inCurrency(d, agreement.currency())) {
                violations.add(DecisionView.CREDITS.notIn(d, agreement.currency()));
                continue;
            }
            if (DecisionView.CREDITS.negative(d)) {
                violations.add(about + ": negative amount or price");
            }
            Money rounded = d.priced().rounded(agreement.moneyRounding());
            boolean limited = d.kind() != CreditKind.BONUS && d.kind() != CreditKind.EARN_BACK;
            if (!limited) {
                if (d.amount().compareTo(rounded) != 0 || d.capped()) {
                    violations.add(about + ": a " + d.kind() + " is not capped, yet " + d.amount() + " of " + rounded);
                }
                continue;
            }
            if (d.amount().compareTo(rounded) > 0) {
                violations.add(about + ": " + d.amount() + " is more than its price " + rounded);
            }
            if (!d.capped() && d.amount().compareTo(rounded) != 0) {
                violations.add(about + ": reduced from " + rounded + " to " + d.amount() + ", yet not capped");
            }
            Optional<ServiceCredit> clause = levels.credits().stream().filter(c -> c.id().equals(d.clause())).findFirst();
            clause.flatMap(ServiceCredit::minimum).filter(m -> !d.capped() && d.amount().isPositive()
                    && d.amount().compareTo(m) < 0).ifPresent(m ->
                    violations.add(about + ": " + d.amount() + " issued below the minimum credit of " + m));
            byClauseWindow.merge(d.clause() + "@" + d.window(), d.amount().amount(), BigDecimal::add);
            byMonth.merge(YearMonth.from(d.window().endExclusive().minusDays(1)), d.amount().amount(), BigDecimal::add);
        }
        byClauseWindow.forEach((key, sum) -> {
            String clauseId = key.substring(0, key.indexOf('@'));
            CreditDecision any = evaluation.credits().stream().filter(d -> (d.clause() + "@" + d.window()).equals(key))
                    .findFirst().orElseThrow();
            levels.credits().stream().filter(c -> c.id().equals(clauseId)).findFirst().flatMap(ServiceCredit::cap)
                    .ifPresent(cap -> {
                        // a deduction per reading states what its percentages are of; other clauses' are of the fee
                        Optional<Money> base = levels.credits().stream().filter(c -> c.id().equals(clauseId)).findFirst()
                                .flatMap(ServiceCredit::perReading).flatMap(ServiceCredit.PerReading::value)
                                .or(() -> fee(levels, any.objective(), any.window()));
                        BigDecimal limit = resolve(cap, base).amount()
                                .setScale(minor, RoundingMode.DOWN);
                        if (sum.compareTo(limit) > 0) {
                            violations.add("the credits under clause " + clauseId + " for " + any.window() + " add up to "
                                    + sum.toPlainString() + ", more than the clause's cap " + limit.toPlainString());
                        }
                    });
        });
        Money charged = Money.total(agreement.currency(), levels.services().stream().map(Service::monthlyFee).toList());
        History history = evaluation.history();
        for (YearMonth month : months(evaluation)) {
            BigDecimal sum = byMonth.getOrDefault(month, BigDecimal.ZERO);
            Optional<History.MonthRecord> record = history.month(month);
            if (record.isEmpty()) {
                violations.add("the history returned does not record " + month);
            } else if (record.get().credited().amount().compareTo(sum) != 0
                    || record.get().charged().compareTo(charged) != 0) {
                violations.add("the history records " + month + " as charged " + record.get().charged() + ", credited "
                        + record.get().credited() + "; the fees are " + charged + ", the credits add up to "
                        + sum.toPlainString());
            }
            levels.caps().perMonth().ifPresent(cap -> {
                BigDecimal limit = resolve(cap, Optional.of(charged)).amount().setScale(minor, RoundingMode.DOWN);
                if (sum.compareTo(limit) > 0) {
                    violations.add("the credits of " + month + " add up to " + sum.toPlainString()
                            + ", more than the monthly cap " + limit.toPlainString());
                }
            });
            levels.caps().rolling().ifPresent(rolling -> {
                BigDecimal charges = charged.amount();
                BigDecimal credited = BigDecimal.ZERO;
                for (int back = 1; back < rolling.months(); back++) {
                    Optional<History.MonthRecord> earlier = history.month(month.minusMonths(back));
                    if (earlier.isPresent()) {
                        charges = charges.add(earlier.get().charged().amount());
                        credited = credited.add(earlier.get().credited().amount());
                    }
                }
                BigDecimal room = charges.multiply(rolling.percent()).movePointLeft(2).subtract(credited)
                        .max(BigDecimal.ZERO).setScale(minor, RoundingMode.DOWN);
                if (sum.compareTo(room) > 0) {
                    violations.add("the credits of " + month + " add up to " + sum.toPlainString() + ", more than the "
                            + room.toPlainString() + " the rolling cap over " + rolling.months() + " months leaves ("
                            + rolling.percent().toPlainString() + " % of " + charges.toPlainString() + " less "
                            + credited.toPlainString() + " credited before)");
                }
            });
        }
        return violations;
    }

    /** The calendar months the evaluation settled service levels for: those its objectives' windows end in. */
    private static Set<YearMonth> months(Evaluation evaluation) {
        Set<YearMonth> months = new TreeSet<>();
        evaluation.objectives().forEach(r -> months.add(YearMonth.from(r.window().endExclusive().minusDays(1))));
        return months;
    }

    /** The fee of an objective's service for a window: the monthly fee times the months of a month or quarter window. */
    static Optional<Money> fee(ServiceLevels levels, String objectiveId, DateRange window) {
        Optional<Objective> objective = levels.objective(objectiveId);
        return objective.flatMap(Objective::serviceId).flatMap(levels::service)
                .map(s -> s.monthlyFee().times(Math.max(1, objective.get().window().months())));
    }

    private static Money resolve(Amount amount, Optional<Money> value) {
        if (amount instanceof Amount.Fixed f) {
            return f.money();
        }
        BigDecimal percent = ((Amount.PercentOfValue) amount).percent();
        Money of = value.orElseThrow(() -> new IllegalStateException("SLA Rules test kit: a percentage without a fee"));
        return Money.of(of.amount().multiply(percent).movePointLeft(2), of.currency());
    }

    /** The window's wall-clock length in the agreement's zone. */
    private static Duration elapsed(Agreement agreement, DateRange window) {
        var interval = window.toInterval(agreement.zone());
        return Duration.between(interval.startInclusive(), interval.endExclusive());
    }

    private static void within(DateRange window, DateRange effective, String about, List<String> violations) {
        if (window.startInclusive().isBefore(effective.startInclusive())
                || window.endExclusive().isAfter(effective.endExclusive())) {
            violations.add(about + ": the window reaches outside the agreement's effective dates " + effective);
        }
    }
}
