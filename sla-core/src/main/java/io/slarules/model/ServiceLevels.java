package io.slarules.model;

import java.time.Duration;
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
 */
public record ServiceLevels(List<Service> services, List<CalendarSpec> calendars,
                            List<MaintenanceWindow> maintenance, Optional<Duration> maintenanceNotice,
                            List<Objective> objectives, List<ServiceCredit> credits, CreditCaps caps,
                            List<Subscription> subscriptions, Map<String, String> sources) {

    /** No service levels: an agreement of deadlines only. */
    public static final ServiceLevels NONE = new ServiceLevels(List.of(), List.of(), List.of(), Optional.empty(),
            List.of(), List.of(), CreditCaps.NONE, List.of(), Map.of());

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
     */
    public ServiceLevels {
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
                List.of(), sources);
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

        private Builder() {
            // every field has its default
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
            return new ServiceLevels(services, calendars, maintenance, maintenanceNotice, objectives, credits, caps, subscriptions);
        }
    }
}
