package io.slarules.model.timeline;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happened under an agreement: fulfilments, blocked intervals, force majeure, outages, case
 * events, counts and levels reported by monitoring tools.
 *
 * <p>The order events arrive in does not matter: the timeline keeps them in a canonical order
 * (by time, then id). An event given twice with the same id and the same content counts once; two
 * different events with one id are an error.
 */
public final class Timeline {

    private static final Timeline EMPTY = new Timeline(List.of());

    private final List<Fulfilment> fulfilments;
    private final List<BlockedInterval> blocked;
    private final List<ForceMajeure> forceMajeure;
    private final List<Outage> outages;
    private final List<CaseEvent> caseEvents;
    private final List<Count> counts;
    private final List<LevelReport> levels;
    private final List<ExchangeRate> exchangeRates;
    private final List<Reading> readings;

    private Timeline(List<TimelineEvent> events) {
        this.fulfilments = select(events, Fulfilment.class, Comparator.comparing(Fulfilment::at));
        this.blocked = select(events, BlockedInterval.class, Comparator.comparing(BlockedInterval::interval));
        this.forceMajeure = select(events, ForceMajeure.class, Comparator.comparing(ForceMajeure::interval));
        this.outages = select(events, Outage.class, Comparator.comparing(Outage::interval));
        this.caseEvents = select(events, CaseEvent.class, Comparator.comparing(CaseEvent::at));
        this.counts = select(events, Count.class, Comparator.comparing(Count::at));
        this.levels = select(events, LevelReport.class, Comparator.comparing(LevelReport::objective)
                .thenComparing(l -> l.window().startInclusive()));
        this.exchangeRates = select(events, ExchangeRate.class, Comparator.comparing(ExchangeRate::date));
        this.readings = select(events, Reading.class, Comparator.comparing(Reading::at));
    }

    /**
     * Sensors' readings for readings objectives, by time then id.
     *
     * @return the readings
     */
    public List<Reading> readings() {
        return readings;
    }

    /**
     * Rates of exchange recorded (published), by date then id: a clause paid in another currency that agrees no
     * rate of its own converts at these.
     *
     * @return the rates
     */
    public List<ExchangeRate> exchangeRates() {
        return exchangeRates;
    }

    /** {@return a timeline in which nothing happened} */
    public static Timeline empty() {
        return EMPTY;
    }

    /**
     * A timeline of the given events, in any order.
     *
     * @throws InvalidInputException when two different events share an id
     * @param events the events
     * @return the timeline, its events sorted
     */
    public static Timeline of(Collection<? extends TimelineEvent> events) {
        Objects.requireNonNull(events, "events");
        Map<String, TimelineEvent> byId = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<TimelineEvent> distinct = new ArrayList<>();
        for (TimelineEvent event : events) {
            Objects.requireNonNull(event, "event");
            TimelineEvent earlier = byId.putIfAbsent(event.id(), event);
            if (earlier == null) {
                distinct.add(event);
            } else if (!earlier.equals(event)) {
                problems.add(Problem.at("timeline", "events[" + event.id() + "]",
                        "two different events share the id " + event.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        return new Timeline(distinct);
    }

    /**
     * {@return a timeline of the given events, in any order}
     *
     * @param events the events
     */
    public static Timeline of(TimelineEvent... events) {
        return of(List.of(events));
    }

    /**
     * A builder for a timeline of the agreement, the way to build one in code. Dates mean what
     * they mean in a timeline file, in the agreement's zone: a fulfilment on a date took place by
     * the end of that day, an interval's dates and a count's date are the starts of their days.
     *
     * <pre>{@code
     * Timeline timeline = Timeline.builder(agreement)
     *         .fulfilled("SPEC-1", LocalDate.of(2026, 3, 23))
     *         .blocked("DELIVERY-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), "client-b", "no test environment")
     *         .fulfilled("DELIVERY-1", LocalDate.of(2026, 4, 24))
     *         .build();
     * }</pre>
     *
     * @param agreement the agreement the timeline is of; its zone reads the dates, {@link Builder#build()}
     *                  checks the events against it
     * @return a new builder
     */
    public static Builder builder(Agreement agreement) {
        return new Builder(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * {@return the same timeline with more events}
     *
     * @param events the events to add
     */
    public Timeline plus(TimelineEvent... events) {
        List<TimelineEvent> all = new ArrayList<>(events());
        all.addAll(List.of(events));
        return of(all);
    }

    /**
     * Fulfilments, by time then id.
     *
     * @return the fulfilments
     */
    public List<Fulfilment> fulfilments() {
        return fulfilments;
    }

    /**
     * Blocked intervals, by start then end then id.
     *
     * @return the blocked intervals
     */
    public List<BlockedInterval> blocked() {
        return blocked;
    }

    /**
     * Force-majeure periods, by start then end then id.
     *
     * @return the force-majeure periods
     */
    public List<ForceMajeure> forceMajeure() {
        return forceMajeure;
    }

    /**
     * Outages, by start then end then id.
     *
     * @return the outages
     */
    public List<Outage> outages() {
        return outages;
    }

    /**
     * Case events, by time then id.
     *
     * @return the case events
     */
    public List<CaseEvent> caseEvents() {
        return caseEvents;
    }

    /**
     * Counts, by time then id.
     *
     * @return the counts
     */
    public List<Count> counts() {
        return counts;
    }

    /**
     * Levels reported by monitoring tools, by objective then window.
     *
     * @return the reported levels
     */
    public List<LevelReport> levelReports() {
        return levels;
    }

    /**
     * Every event, in canonical order: fulfilments, blocked intervals, force majeure, outages, case
     * events, counts, reported levels, rates of exchange, readings.
     *
     * @return every event
     */
    public List<TimelineEvent> events() {
        List<TimelineEvent> all = new ArrayList<>(fulfilments);
        all.addAll(blocked);
        all.addAll(forceMajeure);
        all.addAll(outages);
        all.addAll(caseEvents);
        all.addAll(counts);
        all.addAll(levels);
        all.addAll(exchangeRates);
        all.addAll(readings);
        return List.copyOf(all);
    }

    /**
     * Checks that the timeline fits the agreement: every obligation and party it names exists, and
     * no obligation is fulfilled twice.
     *
     * @throws InvalidInputException naming the agreement and listing every problem found
     * @param agreement the agreement the timeline belongs to
     */
    public void requireConsistentWith(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Problem> problems = problemsWith(AgreementDraft.of(agreement));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
    }

    /**
     * The problems {@link #requireConsistentWith(Agreement)} finds, against an agreement as far as
     * it could be read: an obligation, party or service the timeline names is unknown only when no
     * element that could not be read may be it, and a count's metric is checked only when every
     * objective could be read.
     *
     * @param agreement the agreement the timeline is of, as far as it could be read
     * @return a problem per inconsistency, source {@code "timeline"}, each at its event's id; empty
     *         when there is none
     */
    public List<Problem> problemsWith(AgreementDraft agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Problem> problems = new ArrayList<>();
        AgreementDraft.Unread unread = agreement.unread();
        // sets, not agreement.obligation(id) per event: timelines of thousands of events are checked in linear time
        Set<String> obligations = new HashSet<>();
        agreement.obligations().forEach(o -> obligations.add(o.id()));
        Set<String> parties = new HashSet<>();
        agreement.parties().forEach(p -> parties.add(p.id()));
        Map<String, String> fulfilledBy = new HashMap<>();
        // where a problem is ("fulfilments[F-1]") is written only for a problem: every event of every evaluation is
        // checked (issue 15)
        for (Fulfilment f : fulfilments) {
            if (!obligations.contains(f.obligation()) && !unread.obligations().mayBe(f.obligation())) {
                problems.add(Problem.at("timeline", "fulfilments[" + f.id() + "].obligation",
                        "fulfilment of unknown obligation " + f.obligation()));
            }
            String earlier = fulfilledBy.putIfAbsent(f.obligation(), f.id());
            if (earlier != null) {
                problems.add(Problem.at("timeline", "fulfilments[" + f.id() + "]", "obligation " + f.obligation()
                        + " is already fulfilled by " + earlier));
            }
        }
        for (BlockedInterval b : blocked) {
            for (int i = 0; i < b.obligations().size(); i++) {
                String obligation = b.obligations().get(i);
                if (!obligations.contains(obligation) && !unread.obligations().mayBe(obligation)) {
                    problems.add(Problem.at("timeline", "blocked[" + b.id() + "].obligations[" + i + "]",
                            "unknown obligation " + obligation));
                }
            }
            if (!parties.contains(b.responsible()) && !unread.parties().mayBe(b.responsible())) {
                problems.add(Problem.at("timeline", "blocked[" + b.id() + "].responsible",
                        "unknown party " + b.responsible()));
            }
        }
        for (ForceMajeure f : forceMajeure) {
            for (int i = 0; i < f.affects().size(); i++) {
                String obligation = f.affects().get(i);
                if (!obligations.contains(obligation) && !unread.obligations().mayBe(obligation)) {
                    problems.add(Problem.at("timeline", "forceMajeure[" + f.id() + "].affects[" + i + "]",
                            "unknown obligation " + obligation));
                }
            }
        }
        TimelineServiceChecks.check(this, agreement, parties, problems);
        TimelineServiceChecks.checkLevels(this, agreement, problems);
        TimelineServiceChecks.checkReadings(this, agreement, problems);
        return problems;
    }

    /**
     * The events wholly outside the agreement's effective dates, one problem each ({@code
     * fulfilments[F-1].at}, {@code outages[O-1]}). A timeline file with such an event is refused ({@link
     * io.slarules.files.Timelines}); a timeline built in code may hold them (generated input
     * reaching before an agreement's start), and nothing of them counts.
     *
     * @param agreement the agreement the timeline is of
     * @return a problem per event outside the agreement's dates; empty when there is none
     */
    public List<Problem> eventsOutsideEffectiveDates(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return eventsOutsideEffectiveDates(agreement.effective(), agreement.zone());
    }

    /**
     * The events wholly outside effective dates, as {@link #eventsOutsideEffectiveDates(Agreement)}
     * finds them, for an agreement whose dates and zone are all that is known of it.
     *
     * @param effective the dates the agreement is in force
     * @param zone      the zone they are read in
     * @return a problem per event outside the dates; empty when there is none
     */
    public List<Problem> eventsOutsideEffectiveDates(DateRange effective, ZoneId zone) {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(zone, "zone");
        List<Problem> problems = new ArrayList<>();
        outsideEffective(effective, zone, problems);
        return problems;
    }

    /**
     * Events wholly outside the agreement's effective dates: nothing of them can count,
     * and a fulfilment in 2019 or an outage in 2031 under a 2026 agreement is a typing error that
     * would otherwise change an amount without a word. An interval reaching into the effective
     * dates is kept (its part outside does not count); an instant must lie inside them, its end
     * included, so a delivery at the very end of the agreement is still seen.
     */
    private void outsideEffective(DateRange effective, ZoneId zone, List<Problem> problems) {
        Interval life = effective.toInterval(zone);
        String dates = " lies outside the agreement's effective dates " + effective + " (in " + zone + ")";
        for (TimelineEvent e : events()) {
            if (e instanceof ExchangeRate) {
                // a rate published before the agreement began may well apply in it: its date is no typing error
                continue;
            }
            boolean outside;
            // an instant is one field; an interval lies outside through both of its ends
            String field = e instanceof Fulfilment || e instanceof CaseEvent || e instanceof Count
                    || e instanceof Reading ? ".at" : "";
            if (e instanceof Fulfilment f) {
                outside = f.at().isBefore(life.startInclusive()) || f.at().isAfter(life.endExclusive());
            } else if (e instanceof CaseEvent c) {
                outside = c.at().isBefore(life.startInclusive()) || c.at().isAfter(life.endExclusive());
            } else if (e instanceof Count c) {
                outside = c.at().isBefore(life.startInclusive()) || !c.at().isBefore(life.endExclusive());
            } else if (e instanceof BlockedInterval b) {
                outside = outside(b.interval(), life);
            } else if (e instanceof ForceMajeure f) {
                outside = outside(f.interval(), life);
            } else if (e instanceof Reading r) {
                outside = r.at().isBefore(life.startInclusive()) || !r.at().isBefore(life.endExclusive());
            } else if (e instanceof LevelReport l) {
                outside = !l.window().overlaps(effective);
            } else {
                outside = outside(((Outage) e).interval(), life);
            }
            if (outside) {
                problems.add(Problem.at("timeline", listOf(e) + "[" + e.id() + "]" + field, "event " + e.id() + dates));
            }
        }
    }

    private static boolean outside(Interval interval, Interval life) {
        return !interval.endExclusive().isAfter(life.startInclusive())
                || !interval.startInclusive().isBefore(life.endExclusive());
    }

    /** The list of a timeline file an event is written in. */
    private static String listOf(TimelineEvent e) {
        return e instanceof Fulfilment ? "fulfilments" : e instanceof BlockedInterval ? "blocked"
                : e instanceof ForceMajeure ? "forceMajeure" : e instanceof Outage ? "outages"
                : e instanceof CaseEvent ? "cases" : e instanceof Count ? "counts" : e instanceof ExchangeRate ? "exchangeRates"
                : e instanceof Reading ? "readings" : "levels";
    }

    private static <T extends TimelineEvent> List<T> select(List<TimelineEvent> events, Class<T> type,
                                                            Comparator<T> order) {
        List<T> selected = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (type.isInstance(e)) {
                selected.add(type.cast(e));
            }
        }
        selected.sort(order.thenComparing(TimelineEvent::id));
        return List.copyOf(selected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline other && events().equals(other.events());
    }

    @Override
    public int hashCode() {
        return events().hashCode();
    }

    @Override
    public String toString() {
        return "Timeline" + events();
    }

    /**
     * Builds a {@link Timeline} of an agreement, event by event. Events added without an id are
     * numbered in the order they are added, per kind: {@code F-1, F-2, ...} (fulfilments),
     * {@code B-n} (blocked intervals), {@code FM-n} (force majeure), {@code O-n} (outages),
     * {@code E-n} (case events), {@code C-n} (counts), {@code L-n} (reported levels), {@code R-n} (readings); events that carry their own ids (a ticket
     * system's, say) are added with {@link #event(TimelineEvent...)}. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final Agreement agreement;
        private final List<TimelineEvent> events = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        private Builder(Agreement agreement) {
            this.agreement = agreement;
        }

        /**
         * The obligation was fulfilled on a date: by the end of that day in the agreement's zone,
         * as in a timeline file. Fulfilled on its due date, it is on time.
         *
         * @param obligation the obligation's id
         * @param date       the day
         * @return this builder
         */
        public Builder fulfilled(String obligation, LocalDate date) {
            events.add(Fulfilment.onDate(next("F"), obligation, date, agreement.zone()));
            return this;
        }

        /**
         * The obligation was fulfilled at an instant.
         *
         * @param obligation the obligation's id
         * @param at         when
         * @return this builder
         */
        public Builder fulfilled(String obligation, Instant at) {
            events.add(Fulfilment.of(next("F"), obligation, at));
            return this;
        }

        /**
         * A party blocked work on an obligation from the start of {@code from} until the start of
         * {@code to} (exclusive), in the agreement's zone.
         *
         * @param obligation  the obligation's id
         * @param from        the first day blocked
         * @param to          the first day no longer blocked
         * @param responsible the party that caused the block
         * @param reason      why, for explanations; may be empty
         * @return this builder
         */
        public Builder blocked(String obligation, LocalDate from, LocalDate to, String responsible, String reason) {
            return blocked(obligation, days(from, to), responsible, reason);
        }

        /**
         * A party blocked work on an obligation over an interval.
         *
         * @param obligation  the obligation's id
         * @param interval    when
         * @param responsible the party that caused the block
         * @param reason      why, for explanations; may be empty
         * @return this builder
         */
        public Builder blocked(String obligation, Interval interval, String responsible, String reason) {
            events.add(BlockedInterval.of(next("B"), obligation, interval, responsible, reason));
            return this;
        }

        /**
         * Force majeure from the start of {@code from} until the start of {@code to} (exclusive).
         *
         * @param from   the first day
         * @param to     the first day after it
         * @param reason what happened, for explanations; may be empty
         * @return this builder
         */
        public Builder forceMajeure(LocalDate from, LocalDate to, String reason) {
            return forceMajeure(days(from, to), reason);
        }

        /**
         * Force majeure over an interval.
         *
         * @param interval when
         * @param reason   what happened, for explanations; may be empty
         * @return this builder
         */
        public Builder forceMajeure(Interval interval, String reason) {
            events.add(ForceMajeure.of(next("FM"), interval, reason));
            return this;
        }

        /**
         * A service was down through a party's fault.
         *
         * @param service     the service's id
         * @param interval    when
         * @param responsible the party that caused it
         * @param cause       in words, for explanations; may be empty
         * @return this builder
         */
        public Builder fault(String service, Interval interval, String responsible, String cause) {
            events.add(Outage.fault(next("O"), service, interval, responsible, cause));
            return this;
        }

        /**
         * A service was down for maintenance, announced at an instant or not at all.
         *
         * @param service   the service's id
         * @param interval  when
         * @param announced when it was announced; empty: not announced
         * @return this builder
         */
        public Builder maintenance(String service, Interval interval, Optional<Instant> announced) {
            events.add(Outage.maintenance(next("O"), service, interval, announced));
            return this;
        }

        /**
         * A service was down by force majeure.
         *
         * @param service  the service's id
         * @param interval when
         * @param cause    what happened, for explanations; may be empty
         * @return this builder
         */
        public Builder outageByForceMajeure(String service, Interval interval, String cause) {
            events.add(Outage.forceMajeure(next("O"), service, interval, cause));
            return this;
        }

        /**
         * A case was opened.
         *
         * @param caseId   the case
         * @param service  the service's id
         * @param at       when
         * @param priority its priority, as the objective's targets name it
         * @return this builder
         */
        public Builder caseOpened(String caseId, String service, Instant at, String priority) {
            events.add(CaseEvent.opened(next("E"), caseId, service, at, priority));
            return this;
        }

        /**
         * A case was opened with a due date of its own (a change request, an order): it breaches when
         * it is not stopped by then, instead of against its priority's duration.
         *
         * @param caseId   the case
         * @param service  the service's id
         * @param at       when
         * @param priority its priority, as the objective's targets name it
         * @param due      when it is due, after {@code at}
         * @return this builder
         */
        public Builder caseOpened(String caseId, String service, Instant at, String priority, Instant due) {
            events.add(CaseEvent.opened(next("E"), caseId, service, at, priority).withDue(due));
            return this;
        }

        /**
         * A case changed status, e.g. to a status that pauses its clock.
         *
         * @param caseId  the case
         * @param service the service's id
         * @param at      when
         * @param status  the new status
         * @return this builder
         */
        public Builder caseStatus(String caseId, String service, Instant at, String status) {
            events.add(CaseEvent.status(next("E"), caseId, service, at, status));
            return this;
        }

        /**
         * A case got its first response.
         *
         * @param caseId  the case
         * @param service the service's id
         * @param at      when
         * @return this builder
         */
        public Builder caseResponded(String caseId, String service, Instant at) {
            events.add(CaseEvent.of(next("E"), caseId, service, at, CaseEventKind.RESPONDED));
            return this;
        }

        /**
         * A case was resolved.
         *
         * @param caseId  the case
         * @param service the service's id
         * @param at      when
         * @return this builder
         */
        public Builder caseResolved(String caseId, String service, Instant at) {
            events.add(CaseEvent.of(next("E"), caseId, service, at, CaseEventKind.RESOLVED));
            return this;
        }

        /**
         * Units of a metric counted on a date: at its start in the agreement's zone, as in a
         * timeline file, so they belong to the window holding that day.
         *
         * @param metric   the metric's name
         * @param date     the day
         * @param quantity how many, not negative
         * @return this builder
         */
        public Builder count(String metric, LocalDate date, long quantity) {
            return count(metric, Checks.present(date, "timeline", "at").atStartOfDay(agreement.zone()).toInstant(),
                    quantity);
        }

        /**
         * Units of a metric counted at an instant.
         *
         * @param metric   the metric's name
         * @param at       when
         * @param quantity how many, not negative
         * @return this builder
         */
        public Builder count(String metric, Instant at, long quantity) {
            events.add(new Count(next("C"), metric, at, quantity));
            return this;
        }

        /**
         * A sensor's reading for a readings objective, numbered {@code R-n}.
         *
         * @param objective the readings objective
         * @param at        when it was taken
         * @param value     what was read, exact
         * @return this builder
         */
        public Builder reading(String objective, Instant at, java.math.BigDecimal value) {
            events.add(new Reading(next("R"), objective, at, value));
            return this;
        }

        /**
         * The level an objective achieved over one of its windows, as a monitoring tool reported it.
         *
         * @param objective the availability or ratio objective
         * @param window    the window's dates, as the objective's window runs
         * @param level     the level, a percentage
         * @param source    where the figure comes from
         * @return this builder
         */
        public Builder levelReported(String objective, DateRange window, java.math.BigDecimal level, String source) {
            events.add(new LevelReport(next("L"), objective, window, level, source));
            return this;
        }

        /**
         * Adds events built with their own ids.
         *
         * @param events the events
         * @return this builder
         */
        public Builder event(TimelineEvent... events) {
            this.events.addAll(Checks.list(java.util.Arrays.asList(Checks.present(events, "timeline", "events")),
                    "timeline", "events"));
            return this;
        }

        /**
         * Builds the timeline and checks it against the agreement, as a timeline file is checked.
         *
         * @return the timeline
         * @throws InvalidInputException when two different events share an id, or naming the
         *                               agreement and every unknown obligation, party, service or
         *                               case problem found
         */
        public Timeline build() {
            Timeline timeline = Timeline.of(events);
            timeline.requireConsistentWith(agreement);
            return timeline;
        }

        private String next(String prefix) {
            return prefix + "-" + numbers.merge(prefix, 1, Integer::sum);
        }

        private Interval days(LocalDate from, LocalDate to) {
            ZoneId zone = agreement.zone();
            return Interval.of(Checks.present(from, "timeline", "from").atStartOfDay(zone).toInstant(),
                    Checks.present(to, "timeline", "to").atStartOfDay(zone).toInstant());
        }
    }
}
