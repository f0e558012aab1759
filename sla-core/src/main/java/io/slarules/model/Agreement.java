package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.internal.model.Checks;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.obligations.Price;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.ForceMajeure;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A service level agreement: its parties, the obligations they owe each other and the clauses
 * that price a breach. Immutable; valid from birth: building one checks every field and every
 * cross-reference and lists every problem found in one {@link InvalidInputException}.
 *
 * @param id            unique among a user's agreements; decision ids derive from it
 * @param kind          the agreement's structure
 * @param parties       at least two parties
 * @param zone          the zone its dates and calendars are read in
 * @param currency      the currency every amount of it is in
 * @param effective     the dates it is in force
 * @param holidays      dates that are not business days (besides Saturdays and Sundays)
 * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
 * @param obligations   what the parties owe each other; the dependency graph is acyclic
 * @param penalties     the clauses that price a late obligation
 * @param serviceLevels services, objectives, the credits that price them and their caps
 * @param amendments    later service-level terms, each in force from its date, in date order
 * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
 * @param forceMajeureClauses what a long force-majeure event allows: a termination right after N days
 * @param prices        what one party pays another, each on its due date; a {@link io.slarules.Statement} nets
 *                      them against the decisions of a period
 * @param watchTerms    the thresholds a monitor warns at; {@link WatchTerms#defaults()} when the agreement states none
 */
public record Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                        DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                        List<Obligation> obligations, List<PenaltyClause> penalties,
                        ServiceLevels serviceLevels, List<Amendment> amendments, ConcurrentDelay concurrentDelay,
                        List<ForceMajeure.Termination> forceMajeureClauses, List<Price> prices,
                        WatchTerms watchTerms) {

    /**
     * Validates every field and cross-reference, listing every problem found.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param serviceLevels services, objectives, the credits that price them and their caps
     * @param amendments later service-level terms, each in force from its date, in date order
     * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
     * @param forceMajeureClauses what a long force-majeure event allows: a termination right after N days
     * @param prices what one party pays another, each on its due date
     * @param watchTerms the thresholds a monitor warns at; the defaults when null
     */
    public Agreement {
        Checks.id(id, "agreement", "id");
        parties = Checks.list(parties, "agreement", "parties");
        holidays = List.copyOf(new TreeSet<>(Checks.list(holidays, "agreement", "holidays")));
        obligations = Checks.list(obligations, "agreement", "obligations");
        penalties = Checks.list(penalties, "agreement", "penalties");
        serviceLevels = Objects.requireNonNullElse(serviceLevels, ServiceLevels.NONE);
        amendments = Checks.list(amendments, "agreement", "amendments").stream()
                .sorted(java.util.Comparator.comparing(Amendment::effectiveFrom)).toList();
        Checks.present(concurrentDelay, "agreement", "concurrentDelay");
        List<Problem> problems = AgreementChecks.problems(new AgreementDraft(id, kind, zone, currency, effective,
                holidays, moneyRounding, parties, obligations, penalties, serviceLevels, amendments, concurrentDelay,
                AgreementDraft.Unread.NONE), true);
        forceMajeureClauses = Checks.list(forceMajeureClauses, "agreement", "forceMajeure");
        watchTerms = Objects.requireNonNullElse(watchTerms, WatchTerms.defaults());
        problems = new ArrayList<>(problems);
        problems.addAll(AgreementChecks.forceMajeureTerminations(forceMajeureClauses, parties, penalties));
        prices = Checks.list(prices, "agreement", "prices");
        problems.addAll(AgreementChecks.prices(prices, parties, effective));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(id, problems);
        }
    }

    /**
     * An agreement without prices, watched at the {@linkplain WatchTerms#defaults() default thresholds}.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param serviceLevels services, objectives, the credits that price them and their caps
     * @param amendments later service-level terms, each in force from its date, in date order
     * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
     * @param forceMajeureClauses what a long force-majeure event allows: a termination right after N days
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties,
                     ServiceLevels serviceLevels, List<Amendment> amendments, ConcurrentDelay concurrentDelay,
                     List<ForceMajeure.Termination> forceMajeureClauses) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                serviceLevels, amendments, concurrentDelay, forceMajeureClauses, List.of(), WatchTerms.defaults());
    }

    /**
     * The same agreement with these prices.
     *
     * @param prices what one party pays another, each on its due date
     * @return an agreement equal to this one but for its prices
     */
    public Agreement withPrices(List<Price> prices) {
        return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations,
                penalties, serviceLevels, amendments, concurrentDelay, forceMajeureClauses, prices, watchTerms);
    }

    /**
     * An agreement without force-majeure clauses.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param serviceLevels services, objectives, the credits that price them and their caps
     * @param amendments later service-level terms, each in force from its date, in date order
     * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties,
                     ServiceLevels serviceLevels, List<Amendment> amendments, ConcurrentDelay concurrentDelay) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                serviceLevels, amendments, concurrentDelay, List.of());
    }

    /**
     * The same agreement with these force-majeure clauses.
     *
     * @param clauses what a long force-majeure event allows
     * @return an agreement equal to this one but for its force-majeure clauses
     */
    public Agreement withForceMajeureClauses(List<ForceMajeure.Termination> clauses) {
        return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations,
                penalties, serviceLevels, amendments, concurrentDelay, clauses, prices, watchTerms);
    }

    /**
     * The same agreement watched at other thresholds.
     *
     * @param terms the thresholds a monitor warns at
     * @return an agreement equal to this one but for its watch terms
     */
    public Agreement withWatchTerms(WatchTerms terms) {
        return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations,
                penalties, serviceLevels, amendments, concurrentDelay, forceMajeureClauses, prices,
                Checks.present(terms, "agreement", "watch"));
    }

    /**
     * An agreement with service levels, without amendments, under the default concurrent-delay policy.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param serviceLevels services, objectives, the credits that price them and their caps
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties, ServiceLevels serviceLevels) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                serviceLevels, List.of(), ConcurrentDelay.excuseOverlap());
    }

    /**
     * An agreement with service levels and amendments, under the default concurrent-delay policy.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param serviceLevels services, objectives, the credits that price them and their caps
     * @param amendments later service-level terms, each in force from its date, in date order
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties, ServiceLevels serviceLevels,
                     List<Amendment> amendments) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                serviceLevels, amendments, ConcurrentDelay.excuseOverlap());
    }

    /**
     * An agreement of deadlines only under the default concurrent-delay policy, {@link
     * ConcurrentDelay#excuseOverlap()}.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                ServiceLevels.NONE, List.of(), ConcurrentDelay.excuseOverlap());
    }

    /**
     * An agreement of deadlines only under the given concurrent-delay policy.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @param kind the agreement's structure
     * @param parties at least two parties
     * @param zone the zone its dates and calendars are read in
     * @param currency the currency every amount of it is in
     * @param effective the dates it is in force
     * @param holidays dates that are not business days (besides Saturdays and Sundays)
     * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
     * @param obligations what the parties owe each other; the dependency graph is acyclic
     * @param penalties the clauses that price a late obligation
     * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
     */
    public Agreement(String id, AgreementKind kind, List<Party> parties, ZoneId zone, Currency currency,
                     DateRange effective, List<LocalDate> holidays, RoundingMode moneyRounding,
                     List<Obligation> obligations, List<PenaltyClause> penalties, ConcurrentDelay concurrentDelay) {
        this(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations, penalties,
                ServiceLevels.NONE, List.of(), concurrentDelay);
    }

    /**
     * The same agreement under another concurrent-delay policy.
     *
     * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
     * @return an agreement equal to this one but for its concurrent-delay policy
     */
    public Agreement withConcurrentDelay(ConcurrentDelay concurrentDelay) {
        return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding, obligations,
                penalties, serviceLevels, amendments, concurrentDelay, forceMajeureClauses, prices, watchTerms);
    }

    /**
     * A builder for an agreement with the given id; every other field is set on it.
     *
     * @param id unique among a user's agreements; decision ids derive from it
     * @return a builder with only the id set
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The service-level terms in force on a date: the latest amendment effective on or before it,
     * else the agreement's own.
     *
     * @param date a date within the agreement's effective dates
     * @return the service levels in force that day
     */
    public ServiceLevels serviceLevelsAt(LocalDate date) {
        ServiceLevels inForce = serviceLevels;
        for (Amendment a : amendments) {
            if (!a.effectiveFrom().isAfter(date)) {
                inForce = a.serviceLevels();
            }
        }
        return inForce;
    }

    /**
     * The agreement a subscriber of this service-based agreement is under: its customer party
     * replaced by the subscriber everywhere, only the subscribed service (at the subscription's fee)
     * and its objectives and credits, in force from the later of the agreement's start and the
     * subscription's. Its id is this agreement's id, a slash and the subscription's id.
     *
     * @throws InvalidInputException when this is not a service-based agreement, or the subscription
     *                               does not fit it
     * @param subscription a subscription to one of this agreement's services
     * @return the subscriber's own agreement
     */
    public Agreement forSubscription(Subscription subscription) {
        return Subscribing.agreementOf(this, subscription);
    }

    /**
     * {@return the party with the given id}
     *
     * @param partyId the party's id
     */
    public Optional<Party> party(String partyId) {
        // a loop, not a stream: explanations ask for a party's name on every line (issue 15)
        for (Party p : parties) {
            if (p.id().equals(partyId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the obligation with the given id}
     *
     * @param obligationId the obligation's id
     */
    public Optional<Obligation> obligation(String obligationId) {
        for (Obligation o : obligations) {
            if (o.id().equals(obligationId)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The parties whose delay {@code partyId} answers for: itself and the subcontractors it
     * engaged, in the agreement's order.
     *
     * @param partyId the id of the party that answers
     * @return the ids of {@code partyId} and of the subcontractors it engaged
     */
    public List<String> answeredBy(String partyId) {
        // rules ask this for every share they weigh (thousands of times at 10,000 events): most parties engage
        // nobody, and then the answer is a one-element list with nothing to collect (issue 15)
        List<String> ids = null;
        for (Party p : parties) {
            if (p.engagedBy().isPresent() && p.engagedBy().get().equals(partyId)) {
                if (ids == null) {
                    ids = new ArrayList<>();
                    ids.add(partyId);
                }
                ids.add(p.id());
            }
        }
        return ids == null ? List.of(partyId) : List.copyOf(ids);
    }

    /**
     * {@return the party's name, for explanations; the id itself when no party has it}
     *
     * @param partyId a party's id
     */
    public String partyName(String partyId) {
        return party(partyId).map(Party::name).orElse(partyId);
    }

    /**
     * Builds an {@link Agreement}. Defaults: kind {@code CUSTOMER_BASED}, zone UTC, rounding
     * {@code HALF_EVEN}, no holidays, concurrent delay {@code EXCUSE_OVERLAP}. Mutable and not thread-safe; the agreement it builds is both
     * immutable and thread-safe.
     */
    public static final class Builder {
        private final String id;
        private AgreementKind kind = AgreementKind.CUSTOMER_BASED;
        private final List<Party> parties = new ArrayList<>();
        private ZoneId zone = ZoneId.of("UTC");
        private Currency currency;
        private DateRange effective;
        private final List<LocalDate> holidays = new ArrayList<>();
        private RoundingMode moneyRounding = RoundingMode.HALF_EVEN;
        private final List<Obligation> obligations = new ArrayList<>();
        private final List<PenaltyClause> penalties = new ArrayList<>();
        private ServiceLevels serviceLevels = ServiceLevels.NONE;
        private final List<Amendment> amendments = new ArrayList<>();
        private ConcurrentDelay concurrentDelay = ConcurrentDelay.excuseOverlap();
        private final List<ForceMajeure.Termination> forceMajeureClauses = new ArrayList<>();
        private final List<Price> prices = new ArrayList<>();
        private WatchTerms watchTerms = WatchTerms.defaults();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the structure.
         *
         * @param kind the agreement's structure
         * @return this builder
         */
        public Builder kind(AgreementKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Adds parties.
         *
         * @param parties at least two parties
         * @return this builder
         */
        public Builder parties(Party... parties) {
            this.parties.addAll(List.of(parties));
            return this;
        }

        /**
         * Sets the zone.
         *
         * @param zone the zone its dates and calendars are read in
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the currency.
         *
         * @param currency the currency every amount of it is in
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Sets the currency by ISO 4217 code.
         *
         * @param code the currency's ISO 4217 code, e.g. {@code EUR}
         * @return this builder
         */
        public Builder currency(String code) {
            return currency(Currency.getInstance(Objects.requireNonNull(code, "code")));
        }

        /**
         * Sets the effective period.
         *
         * @param effective the dates it is in force
         * @return this builder
         */
        public Builder effective(DateRange effective) {
            this.effective = Objects.requireNonNull(effective, "effective");
            return this;
        }

        /**
         * Adds holidays.
         *
         * @param holidays dates that are not business days (besides Saturdays and Sundays)
         * @return this builder
         */
        public Builder holidays(LocalDate... holidays) {
            this.holidays.addAll(List.of(holidays));
            return this;
        }

        /**
         * Sets how decision amounts are rounded.
         *
         * @param moneyRounding how a decision's amount is rounded to the currency's minor unit
         * @return this builder
         */
        public Builder moneyRounding(RoundingMode moneyRounding) {
            this.moneyRounding = Objects.requireNonNull(moneyRounding, "moneyRounding");
            return this;
        }

        /**
         * Adds obligations.
         *
         * @param obligations what the parties owe each other; the dependency graph is acyclic
         * @return this builder
         */
        public Builder obligations(Obligation... obligations) {
            this.obligations.addAll(List.of(obligations));
            return this;
        }

        /**
         * Adds penalty clauses.
         *
         * @param penalties the clauses that price a late obligation
         * @return this builder
         */
        public Builder penalties(PenaltyClause... penalties) {
            this.penalties.addAll(List.of(penalties));
            return this;
        }

        /**
         * Sets the service levels: services, calendars, objectives, credits and caps.
         *
         * @param serviceLevels services, objectives, the credits that price them and their caps
         * @return this builder
         */
        public Builder serviceLevels(ServiceLevels serviceLevels) {
            this.serviceLevels = Objects.requireNonNull(serviceLevels, "serviceLevels");
            return this;
        }

        /**
         * Adds amendments.
         *
         * @param amendments later service-level terms, each in force from its date, in date order
         * @return this builder
         */
        public Builder amendments(Amendment... amendments) {
            this.amendments.addAll(List.of(amendments));
            return this;
        }

        /**
         * Sets the concurrent-delay policy.
         *
         * @param concurrentDelay how an overlap of the owner's own delay with another party's is treated
         * @return this builder
         */
        public Builder concurrentDelay(ConcurrentDelay concurrentDelay) {
            this.concurrentDelay = Objects.requireNonNull(concurrentDelay, "concurrentDelay");
            return this;
        }

        /**
         * Adds force-majeure clauses: who may terminate when one event lasts longer than they allow.
         *
         * @param clauses the clauses
         * @return this builder
         */
        public Builder forceMajeureClauses(ForceMajeure.Termination... clauses) {
            this.forceMajeureClauses.addAll(List.of(clauses));
            return this;
        }

        /**
         * Adds prices: what one party pays another, each on its due date.
         *
         * @param prices the prices
         * @return this builder
         */
        public Builder prices(Price... prices) {
            this.prices.addAll(List.of(prices));
            return this;
        }

        /**
         * Sets the thresholds a monitor warns at; {@link WatchTerms#defaults()} unless set.
         *
         * @param terms the thresholds
         * @return this builder
         */
        public Builder watchTerms(WatchTerms terms) {
            this.watchTerms = Checks.present(terms, "agreement", "watch");
            return this;
        }

        /**
         * Builds the agreement.
         *
         * @throws InvalidInputException listing every problem found
         * @return the agreement, valid from birth
         */
        public Agreement build() {
            return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding,
                    obligations, penalties, serviceLevels, amendments, concurrentDelay, forceMajeureClauses, prices,
                    watchTerms);
        }
    }
}
