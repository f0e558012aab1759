package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.Subscription;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service-level part of an agreement: services and their fees, calendars, maintenance windows,
 * objectives, the service-credit clauses that price them and the caps over all credits. Checked
 * against the rest of the agreement when the agreement is built.
 *
 * @param services          the services, with their monthly fees
 * @param calendars         business calendars objectives can be measured on (besides 24x7)
 * @param maintenance       recurring windows in which announced maintenance is excluded
 * @param maintenanceNotice maintenance announced at least this long before it starts is excluded
 *                          wherever it lies; empty: only the recurring windows exclude
 * @param objectives        the objectives
 * @param credits           the service-credit clauses
 * @param caps              caps over all credits of the agreement
 * @param subscriptions     a service-based agreement's subscribers
 * @param sources           for terms resolved from the levels of a multi-level agreement: the level
 *                          each term comes from, by term (see {@link LevelledAgreement}); empty otherwise
 * @param billingCycle      where billing months, weeks and quarters start: windows, monthly and rolling caps and
 *                          percentage-of-fee credits follow it; {@link BillingCycle#CALENDAR} by default
 */
public record ServiceLevels(List<Service> services, List<CalendarSpec> calendars,
                            List<MaintenanceWindow> maintenance, Optional<Duration> maintenanceNotice,
                            List<Objective> objectives, List<ServiceCredit> credits, CreditCaps caps,
                            List<Subscription> subscriptions, Map<String, String> sources, BillingCycle billingCycle) {

    /** No service levels: an agreement of deadlines only. */
    public static final ServiceLevels NONE = new ServiceLevels(List.of(), List.of(), List.of(), Optional.empty(),
            List.of(), List.of(), CreditCaps.NONE, List.of(), Map.of());

    /**
     * Where a contract's billing cycle starts: months from a day of the month (the 16th to the 15th),
     * weeks on a weekday, quarters from a month. A month of the cycle is named by the calendar month it
     * starts in ({@code 2026-03} is 2026-03-16 to 2026-04-16 with the 16th): caps per month, rolling caps
     * and the history count these months.
     *
     * @param dayOfMonth   the day months start on, 1 to 28 (a day every month has); 1 for calendar months
     * @param weekStart    the day weeks start on; Monday for ISO weeks
     * @param quarterStart a month quarters start in (and every third month after it); January for calendar quarters
     */
    public record BillingCycle(int dayOfMonth, DayOfWeek weekStart, Month quarterStart) {

        /** Calendar months, ISO weeks (from Monday) and calendar quarters: the default. */
        public static final BillingCycle CALENDAR = new BillingCycle(1, DayOfWeek.MONDAY, Month.JANUARY);

        /**
         * Validates the fields.
         *
         * @param dayOfMonth the day months start on, 1 to 28
         * @param weekStart the day weeks start on
         * @param quarterStart a month quarters start in
         */
        public BillingCycle {
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw Checks.fail("agreement", "billingCycle.dayOfMonth", "a billing month starts on a day every month"
                        + " has, 1 to 28, was " + dayOfMonth);
            }
            Checks.present(weekStart, "agreement", "billingCycle.weekStart");
            Checks.present(quarterStart, "agreement", "billingCycle.quarterStart");
        }

        /**
         * {@return months from a day of the month, weeks from Monday, quarters from January}
         *
         * @param dayOfMonth the day months start on, 1 to 28
         */
        public static BillingCycle monthlyFrom(int dayOfMonth) {
            return new BillingCycle(dayOfMonth, DayOfWeek.MONDAY, Month.JANUARY);
        }

        /**
         * {@return this cycle with weeks starting on another day}
         *
         * @param weekStart the day weeks start on
         */
        public BillingCycle withWeekStart(DayOfWeek weekStart) {
            return new BillingCycle(dayOfMonth, weekStart, quarterStart);
        }

        /**
         * {@return this cycle with quarters starting in another month}
         *
         * @param quarterStart a month quarters start in
         */
        public BillingCycle withQuarterStart(Month quarterStart) {
            return new BillingCycle(dayOfMonth, weekStart, quarterStart);
        }

        /**
         * {@return the dates of the billing month named by the calendar month it starts in}
         *
         * @param month the calendar month the billing month starts in
         */
        public DateRange month(YearMonth month) {
            Objects.requireNonNull(month, "month");
            return DateRange.of(month.atDay(dayOfMonth), month.plusMonths(1).atDay(dayOfMonth));
        }

        /**
         * {@return the billing month holding a date, named by the calendar month it starts in}
         *
         * @param date a date
         */
        public YearMonth monthHolding(LocalDate date) {
            YearMonth month = YearMonth.from(date);
            return date.getDayOfMonth() >= dayOfMonth ? month : month.minusMonths(1);
        }

        /**
         * {@return the first day of the billing quarter holding a date}
         *
         * @param date a date
         */
        public LocalDate quarterHolding(LocalDate date) {
            YearMonth month = monthHolding(date);
            int back = Math.floorMod(month.getMonthValue() - quarterStart.getValue(), 3);
            return month.minusMonths(back).atDay(dayOfMonth);
        }

        /** {@return whether billing months are calendar months} */
        public boolean calendarMonths() {
            return dayOfMonth == 1;
        }
    }

    /**
     * Validates the fields; the cross-checks are the agreement's.
     *
     * @param services the services, with their monthly fees
     * @param calendars business calendars objectives can be measured on (besides 24x7)
     * @param maintenance recurring windows in which announced maintenance is excluded
     * @param maintenanceNotice maintenance announced at least this long before it starts is excluded wherever it
     *                          lies; empty: only the recurring windows exclude
     * @param objectives the objectives
     * @param credits the service-credit clauses
     * @param caps caps over all credits of the agreement
     * @param subscriptions a service-based agreement's subscribers
     * @param sources for terms resolved from the levels of a multi-level agreement: the level each term comes from,
     *                by term (see {@link LevelledAgreement}); empty otherwise
     * @param billingCycle where billing months, weeks and quarters start; {@link BillingCycle#CALENDAR} when null
     */
    public ServiceLevels {
        billingCycle = Objects.requireNonNullElse(billingCycle, BillingCycle.CALENDAR);
        services = Checks.list(services, "agreement", "services");
        calendars = Checks.list(calendars, "agreement", "calendars");
        maintenance = Checks.list(maintenance, "agreement", "maintenance");
        maintenanceNotice = Objects.requireNonNullElse(maintenanceNotice, Optional.empty());
        objectives = Checks.list(objectives, "agreement", "objectives");
        credits = Checks.list(credits, "agreement", "credits");
        caps = Objects.requireNonNullElse(caps, CreditCaps.NONE);
        subscriptions = Checks.list(subscriptions, "agreement", "subscriptions");
        sources = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Objects.requireNonNullElse(sources, Map.of())));
        if (maintenanceNotice.filter(Duration::isNegative).isPresent()) {
            throw Checks.fail("agreement", "maintenanceNotice", "must not be negative");
        }
    }

    /**
     * Service levels without subscriptions.
     *
     * @param services the services, with their monthly fees
     * @param calendars business calendars objectives can be measured on (besides 24x7)
     * @param maintenance recurring windows in which announced maintenance is excluded
     * @param maintenanceNotice maintenance announced at least this long before it starts is excluded wherever it
     *                          lies; empty: only the recurring windows exclude
     * @param objectives the objectives
     * @param credits the service-credit clauses
     * @param caps caps over all credits of the agreement
     */
    public ServiceLevels(List<Service> services, List<CalendarSpec> calendars, List<MaintenanceWindow> maintenance,
                         Optional<Duration> maintenanceNotice, List<Objective> objectives, List<ServiceCredit> credits,
                         CreditCaps caps) {
        this(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps, List.of(), Map.of());
    }

    /**
     * Service levels of a service-based agreement, with its subscriptions.
     *
     * @param services the services, with their monthly fees
     * @param calendars business calendars objectives can be measured on (besides 24x7)
     * @param maintenance recurring windows in which announced maintenance is excluded
     * @param maintenanceNotice maintenance announced at least this long before it starts is excluded wherever it
     *                          lies; empty: only the recurring windows exclude
     * @param objectives the objectives
     * @param credits the service-credit clauses
     * @param caps caps over all credits of the agreement
     * @param subscriptions a service-based agreement's subscribers
     */
    public ServiceLevels(List<Service> services, List<CalendarSpec> calendars, List<MaintenanceWindow> maintenance,
                         Optional<Duration> maintenanceNotice, List<Objective> objectives, List<ServiceCredit> credits,
                         CreditCaps caps, List<Subscription> subscriptions) {
        this(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps, subscriptions, Map.of());
    }

    /**
     * Service levels on calendar months, weeks and quarters.
     *
     * @param services the services, with their monthly fees
     * @param calendars business calendars objectives can be measured on (besides 24x7)
     * @param maintenance recurring windows in which announced maintenance is excluded
     * @param maintenanceNotice maintenance announced at least this long before it starts is excluded wherever it
     *                          lies; empty: only the recurring windows exclude
     * @param objectives the objectives
     * @param credits the service-credit clauses
     * @param caps caps over all credits of the agreement
     * @param subscriptions a service-based agreement's subscribers
     * @param sources for terms resolved from the levels of a multi-level agreement: the level each term comes from
     */
    public ServiceLevels(List<Service> services, List<CalendarSpec> calendars, List<MaintenanceWindow> maintenance,
                         Optional<Duration> maintenanceNotice, List<Objective> objectives, List<ServiceCredit> credits,
                         CreditCaps caps, List<Subscription> subscriptions, Map<String, String> sources) {
        this(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps, subscriptions, sources,
                BillingCycle.CALENDAR);
    }

    /**
     * {@return the same terms on another billing cycle}
     *
     * @param billingCycle where billing months, weeks and quarters start
     */
    public ServiceLevels withBillingCycle(BillingCycle billingCycle) {
        return new ServiceLevels(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps,
                subscriptions, sources, Checks.present(billingCycle, "agreement", "billingCycle"));
    }

    /**
     * {@return the level a term comes from, when the terms were resolved from levels}
     *
     * @param term the term's name, e.g. {@code credits[7.2]}
     */
    public Optional<String> source(String term) {
        return Optional.ofNullable(sources.get(term));
    }

    /**
     * The same terms with other services, objectives and credits, e.g. for one subscriber.
     *
     * @param services the services, with their monthly fees
     * @param objectives the objectives
     * @param credits the service-credit clauses
     * @return terms equal to these but for the services, objectives and credits
     */
    public ServiceLevels with(List<Service> services, List<Objective> objectives, List<ServiceCredit> credits) {
        return new ServiceLevels(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps,
                List.of(), sources, billingCycle);
    }

    /**
     * {@return the service with the given id}
     *
     * @param id the service's id
     */
    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * {@return the objective with the given id}
     *
     * @param id the objective's id
     */
    public Optional<Objective> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * {@return the calendar with the given id; empty for {@value CalendarSpec#ALWAYS} and unknown ids}
     *
     * @param id the calendar's id
     */
    public Optional<CalendarSpec> calendar(String id) {
        return calendars.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** {@return whether the agreement has any objective} */
    public boolean isEmpty() {
        return objectives.isEmpty();
    }

    /**
     * A builder for an agreement's service levels: the way to build them in code. Defaults: nothing, {@link CreditCaps#NONE}, no maintenance notice.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ServiceLevels}; {@link #build()} applies the same checks as the constructor, the cross-checks are the agreement's. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final List<Service> services = new java.util.ArrayList<>();
        private final List<CalendarSpec> calendars = new java.util.ArrayList<>();
        private final List<MaintenanceWindow> maintenance = new java.util.ArrayList<>();
        private Optional<Duration> maintenanceNotice = Optional.empty();
        private final List<Objective> objectives = new java.util.ArrayList<>();
        private final List<ServiceCredit> credits = new java.util.ArrayList<>();
        private CreditCaps caps = CreditCaps.NONE;
        private final List<Subscription> subscriptions = new java.util.ArrayList<>();
        private BillingCycle billingCycle = BillingCycle.CALENDAR;

        private Builder() {
            // every field has its default
        }

        /**
         * Sets the billing cycle: where billing months, weeks and quarters start; calendar ones by default.
         *
         * @param billingCycle the cycle, e.g. {@code BillingCycle.monthlyFrom(16)}
         * @return this builder
         */
        public Builder billingCycle(BillingCycle billingCycle) {
            this.billingCycle = Checks.present(billingCycle, "agreement", "billingCycle");
            return this;
        }

        /**
         * Adds services, with their monthly fees.
         *
         * @param services the services
         * @return this builder
         */
        public Builder services(Service... services) {
            this.services.addAll(Checks.list(java.util.Arrays.asList(Checks.present(services, "agreement", "services")), "agreement", "services"));
            return this;
        }

        /**
         * Adds business calendars objectives can be measured on.
         *
         * @param calendars the calendars
         * @return this builder
         */
        public Builder calendars(CalendarSpec... calendars) {
            this.calendars.addAll(Checks.list(java.util.Arrays.asList(Checks.present(calendars, "agreement", "calendars")), "agreement", "calendars"));
            return this;
        }

        /**
         * Adds recurring windows in which announced maintenance is excluded.
         *
         * @param windows the windows
         * @return this builder
         */
        public Builder maintenance(MaintenanceWindow... windows) {
            this.maintenance.addAll(Checks.list(java.util.Arrays.asList(Checks.present(windows, "agreement", "maintenance")), "agreement", "maintenance"));
            return this;
        }

        /**
         * Excludes maintenance announced at least this long before it starts, wherever it lies.
         *
         * @param notice the notice, not negative
         * @return this builder
         */
        public Builder maintenanceNotice(Duration notice) {
            this.maintenanceNotice = Optional.of(Checks.present(notice, "agreement", "maintenanceNotice"));
            return this;
        }

        /**
         * Adds objectives.
         *
         * @param objectives the objectives
         * @return this builder
         */
        public Builder objectives(Objective... objectives) {
            this.objectives.addAll(Checks.list(java.util.Arrays.asList(Checks.present(objectives, "agreement", "objectives")), "agreement", "objectives"));
            return this;
        }

        /**
         * Adds service-credit clauses.
         *
         * @param credits the clauses
         * @return this builder
         */
        public Builder credits(ServiceCredit... credits) {
            this.credits.addAll(Checks.list(java.util.Arrays.asList(Checks.present(credits, "agreement", "credits")), "agreement", "credits"));
            return this;
        }

        /**
         * Sets the caps over all credits of the agreement.
         *
         * @param caps the caps
         * @return this builder
         */
        public Builder caps(CreditCaps caps) {
            this.caps = Checks.present(caps, "agreement", "caps");
            return this;
        }

        /**
         * Adds a service-based agreement's subscribers.
         *
         * @param subscriptions the subscriptions
         * @return this builder
         */
        public Builder subscriptions(Subscription... subscriptions) {
            this.subscriptions.addAll(Checks.list(java.util.Arrays.asList(Checks.present(subscriptions, "agreement", "subscriptions")), "agreement", "subscriptions"));
            return this;
        }

        /**
         * Builds the service levels.
         *
         * @return the service levels
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public ServiceLevels build() {
            return new ServiceLevels(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps,
                    subscriptions, Map.of(), billingCycle);
        }
    }
}
