package io.slarules.model;

import io.slarules.Problem;
import io.slarules.calendar.PublicHolidays;
import io.slarules.internal.model.Checks;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-checks of an agreement's service levels; every problem is collected. A reference to an
 * element that could not be read (see {@link AgreementDraft.Unread}) is not unknown.
 */
final class ServiceLevelChecks {

    private static final String SOURCE = "agreement";

    private final ServiceLevels levels;
    private final Set<String> partyIds;
    private final Currency currency;
    private final AgreementDraft.Unread unread;
    private final List<Problem> problems;

    private ServiceLevelChecks(ServiceLevels levels, Set<String> partyIds, Currency currency, AgreementDraft.Unread unread,
                               List<Problem> problems) {
        this.levels = levels;
        this.partyIds = partyIds;
        this.currency = currency;
        this.unread = unread;
        this.problems = problems;
    }

    /**
     * Adds the problems of the service levels to {@code problems}.
     *
     * @param clauseIds the ids of the agreement's other clauses, which credits must not reuse
     * @param unread    the elements of the agreement that could not be read
     */
    static void check(ServiceLevels levels, Set<String> partyIds, Currency currency, Set<String> clauseIds,
                      AgreementDraft.Unread unread, List<Problem> problems) {
        new ServiceLevelChecks(levels, partyIds, currency, unread, problems).all(clauseIds);
    }

    private void all(Set<String> clauseIds) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < levels.services().size(); i++) {
            Service s = levels.services().get(i);
            if (!ids.add(s.id())) {
                add("services[" + i + "].id", "duplicate service id " + s.id());
            }
            money(s.monthlyFee(), "services[" + i + "].monthlyFee");
        }
        ids.clear();
        for (int i = 0; i < levels.calendars().size(); i++) {
            CalendarSpec c = levels.calendars().get(i);
            String path = "calendars[" + i + "]";
            if (!ids.add(c.id())) {
                add(path + ".id", "duplicate calendar id " + c.id());
            }
            c.country().ifPresent(country -> {
                if (PublicHolidays.of(country, c.subdivision()).isEmpty()) {
                    add(path + ".publicHolidays.country", "no public holidays known for " + country
                            + c.subdivision().map(s -> "/" + s).orElse("")
                            + " (unknown country or region, or no holiday provider on the class path)");
                }
            });
        }
        ids.clear();
        for (int i = 0; i < levels.objectives().size(); i++) {
            objective(levels.objectives().get(i), "objectives[" + i + "]", ids);
        }
        ids.clear();
        for (int i = 0; i < levels.credits().size(); i++) {
            ServiceCredit credit = levels.credits().get(i);
            String path = "credits[" + i + "]";
            if (!ids.add(credit.id()) || clauseIds.contains(credit.id())) {
                add(path + ".id", "duplicate clause id " + credit.id());
            }
            credit(credit, path);
        }
        levels.caps().perMonth().ifPresent(a -> amount(a, "caps.perMonth"));
        ids.clear();
        for (int i = 0; i < levels.subscriptions().size(); i++) {
            Subscription sub = levels.subscriptions().get(i);
            String path = "subscriptions[" + i + "]";
            if (!ids.add(sub.id())) {
                add(path + ".id", "duplicate subscription id " + sub.id());
            }
            if (levels.service(sub.service()).isEmpty() && !unread.services().mayBe(sub.service())) {
                add(path + ".service", "subscription to unknown service " + sub.service());
            }
            money(sub.fee(), path + ".fee");
        }
        for (int i = 0; i < levels.services().size(); i++) {
            levels.services().get(i).cap().ifPresent(a -> amount(a, "services.cap"));
        }
    }

    private void objective(Objective o, String path, Set<String> ids) {
        if (!ids.add(o.id())) {
            add(path + ".id", "duplicate objective id " + o.id());
        }
        party(o.obligated(), path + ".obligated");
        party(o.beneficiary(), path + ".beneficiary");
        if (o.obligated().equals(o.beneficiary())) {
            add(path + ".beneficiary", "the obligated party " + o.obligated() + " cannot be its own beneficiary");
        }
        o.serviceId().ifPresent(s -> {
            if (levels.service(s).isEmpty() && !unread.services().mayBe(s)) {
                add(path + ".service", "unknown service " + s);
            }
        });
        String calendar = o instanceof AvailabilityObjective a ? a.calendar()
                : o instanceof TimeToObjective t ? t.calendar() : CalendarSpec.ALWAYS;
        if (!CalendarSpec.ALWAYS.equals(calendar) && levels.calendar(calendar).isEmpty()
                && !unread.calendars().mayBe(calendar)) {
            add(path + ".calendar", "unknown calendar " + calendar);
        }
        if (o instanceof QuotaObjective q && q.dependsOn().isPresent()) {
            Optional<Objective> upstream = levels.objective(q.dependsOn().get());
            if (upstream.isEmpty() && unread.objectives().mayBe(q.dependsOn().get())) {
                // the quota it depends on exists, only it could not be read
            } else if (upstream.isEmpty() || !(upstream.get() instanceof QuotaObjective up)) {
                add(path + ".dependsOn", "a quota depends on another quota; " + q.dependsOn().get()
                        + (upstream.isEmpty() ? " is unknown" : " is " + upstream.get().kind()));
            } else if (!up.window().equals(q.window())) {
                add(path + ".dependsOn", "a quota depends on a quota measured over the same windows; " + up.id()
                        + " is measured by " + up.window() + ", " + q.id() + " by " + q.window());
            } else if (up.dependsOn().isPresent()) {
                Set<String> seen = new HashSet<>(List.of(q.id()));
                Optional<String> next = q.dependsOn();
                while (next.isPresent() && seen.add(next.get())) {
                    next = levels.objective(next.get()).filter(QuotaObjective.class::isInstance)
                            .map(QuotaObjective.class::cast).flatMap(QuotaObjective::dependsOn);
                }
                if (next.isPresent()) {
                    add(path + ".dependsOn", "the quotas' dependencies form a cycle through " + q.id());
                }
            }
        }
        if (o instanceof TimeToObjective t) {
            t.pausing().forEach((status, party) -> party(party, path + ".pausing." + status));
            Set<String> priorities = new HashSet<>();
            for (int i = 0; i < t.targets().size(); i++) {
                if (!priorities.add(t.targets().get(i).priority())) {
                    add(path + ".targets[" + i + "].priority", "two targets for priority " + t.targets().get(i).priority());
                }
            }
        }
    }

    private void credit(ServiceCredit credit, String path) {
        party(credit.debtor(), path + ".debtor");
        party(credit.creditor(), path + ".creditor");
        for (int i = 0; i < credit.shares().size(); i++) {
            party(credit.shares().get(i).party(), path + ".shares[" + i + "].party");
        }
        Optional<Objective> found = levels.objective(credit.objective());
        if (found.isEmpty()) {
            if (!unread.objectives().mayBe(credit.objective())) {
                add(path + ".objective", "unknown objective " + credit.objective());
            }
            return;
        }
        Objective o = found.get();
        bands(credit.bands(), target(o), path + ".bands");
        // a deduction per reading states the value its percentages (and its cap's) are of
        boolean capOfFee = credit.perReading().isEmpty();
        boolean percentOfFee = credit.bands().stream().anyMatch(b -> b.credit() instanceof Amount.PercentOfValue)
                || capOfFee && credit.cap().filter(Amount.PercentOfValue.class::isInstance).isPresent()
                || credit.repeat().filter(r -> r.extra() instanceof Amount.PercentOfValue).isPresent()
                || credit.bonus().filter(b -> b.amount() instanceof Amount.PercentOfValue).isPresent();
        if (percentOfFee && (o.serviceId().isEmpty() || !o.window().isMonths())) {
            add(path, "a percentage of the fee needs an objective about a service, measured by calendar month or quarter; "
                    + o.id() + " is " + o.serviceId().map(s -> "measured by " + o.window()).orElse("about no service"));
        }
        for (CreditBand band : credit.bands()) {
            amount(band.credit(), path + ".bands");
        }
        if (!credit.bands().isEmpty() && o instanceof TimeToObjective t && t.targets().stream().noneMatch(CaseTarget::isShare)) {
            add(path + ".bands", "bands price a share of cases; " + o.id() + " has only per-case targets (use perBreach)");
        }
        for (int i = 0; i < credit.perBreach().size(); i++) {
            money(credit.perBreach().get(i).amount(), path + ".perBreach[" + i + "].amount");
            if (!(o instanceof TimeToObjective)) {
                add(path + ".perBreach[" + i + "]", "an amount per breached case needs a TIME_TO objective; "
                        + o.id() + " is " + o.kind());
            }
        }
        credit.perUnitShort().ifPresent(m -> {
            rate(m, path + ".perUnitShort");
            if (!(o instanceof QuotaObjective)) {
                add(path + ".perUnitShort", "an amount per unit short needs a QUOTA objective; " + o.id() + " is " + o.kind());
            }
        });
        credit.perReading().ifPresent(r -> {
            if (!(o instanceof ReadingsObjective)) {
                add(path + ".perReading", "a deduction per reading needs a READINGS objective; " + o.id() + " is " + o.kind());
            }
            if (r.rate() instanceof Amount.Fixed f) {
                money(f.money(), path + ".perReading.amount");
            } else if (r.value().isEmpty()) {
                add(path + ".perReading.value", "a percentage per reading needs the value it is a percentage of"
                        + " (e.g. the shipment's value)");
            }
            r.value().ifPresent(v -> money(v, path + ".perReading.value"));
            if (r.value().isEmpty() && credit.cap().filter(Amount.PercentOfValue.class::isInstance).isPresent()) {
                add(path + ".cap", "a percentage cap of a deduction per reading needs perReading.value");
            }
        });
        if (o instanceof ReadingsObjective && (!credit.bands().isEmpty() || credit.bonus().isPresent())) {
            add(path, "a READINGS objective is priced per reading outside its range (perReading), not by bands or bonus");
        }
        credit.cap().ifPresent(a -> amount(a, path + ".cap"));
        credit.minimum().ifPresent(m -> money(m, path + ".minimum"));
        credit.repeat().ifPresent(r -> amount(r.extra(), path + ".repeat.extra"));
        credit.bonus().ifPresent(b -> {
            amount(b.amount(), path + ".bonus.amount");
            target(o).filter(t -> b.from().level().compareTo(t) < 0).ifPresent(t ->
                    add(path + ".bonus", "a bonus from " + b.from().asLower() + " would reward missing the target "
                            + t.toPlainString() + " %"));
        });
        if (credit.bands().isEmpty() && credit.perBreach().isEmpty() && credit.perUnitShort().isEmpty()
                && credit.bonus().isEmpty() && credit.perReading().isEmpty()) {
            add(path, "prices nothing: give bands, perBreach, perUnitShort, perReading or a bonus");
        }
    }

    /** Bands sorted by level must meet end to end, from 0 % up, without overlap or gap, and stay below the target. */
    private void bands(List<CreditBand> bands, Optional<BigDecimal> target, String path) {
        if (bands.isEmpty()) {
            return;
        }
        List<CreditBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(b -> b.upper().level()));
        CreditBand lowest = sorted.get(0);
        lowest.lower().filter(l -> l.level().signum() > 0 || !l.inclusive()).ifPresent(l ->
                add(path, "gap: no band covers levels below " + l.level().toPlainString() + " %"));
        for (int i = 1; i < sorted.size(); i++) {
            Bound previous = sorted.get(i - 1).upper();
            Optional<Bound> lower = sorted.get(i).lower();
            if (lower.isEmpty()) {
                add(path, "overlap: the bands " + sorted.get(i - 1) + " and " + sorted.get(i) + " both start at 0 %");
                continue;
            }
            int c = lower.get().level().compareTo(previous.level());
            if (c < 0 || c == 0 && previous.inclusive() && lower.get().inclusive()) {
                add(path, "overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            } else if (c > 0 || !previous.inclusive() && !lower.get().inclusive()) {
                add(path, "gap: between " + previous.asUpper() + " and " + lower.get().asLower());
            }
        }
        Bound top = sorted.get(sorted.size() - 1).upper();
        target.ifPresent(t -> {
            int c = top.level().compareTo(t);
            if (c > 0 || c == 0 && top.inclusive()) {
                add(path, "the band " + top.asUpper() + " reaches the target " + t.toPlainString()
                        + " %, where the objective is met");
            }
        });
    }

    /** The objective's target as a level bands are compared with: a percentage. */
    private static Optional<BigDecimal> target(Objective o) {
        if (o instanceof AvailabilityObjective a) {
            return Optional.of(a.target());
        }
        if (o instanceof RatioObjective r) {
            return Optional.of(r.target());
        }
        if (o instanceof TimeToObjective t) {
            return t.targets().stream().flatMap(x -> x.share().stream()).min(Comparator.naturalOrder());
        }
        return Optional.of(Checks.HUNDRED);
    }

    private void amount(Amount amount, String path) {
        if (amount instanceof Amount.Fixed f) {
            money(f.money(), path);
        }
    }

    /** Money per unit: in the agreement's currency, bounded, but possibly finer than the minor unit. */
    private void rate(Money money, String path) {
        if (currency != null && !money.currency().equals(currency)) {
            add(path, "is in " + money.currency() + ", the agreement is in " + currency);
        }
        InputLimits.numberProblem(money.amount()).ifPresent(problem -> add(path, problem));
    }

    /**
     * Money the terms state: in the agreement's currency, within the bounds of numbers. The minor
     * unit is a rule of files (a model built in code may state finer amounts).
     */
    private void money(Money money, String path) {
        rate(money, path);
    }

    private void party(String id, String path) {
        if (!partyIds.contains(id) && !unread.parties().mayBe(id)) {
            add(path, "unknown party " + id);
        }
    }

    private void add(String path, String message) {
        problems.add(Problem.at(SOURCE, path, message));
    }
}
