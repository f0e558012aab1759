package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What happened under an agreement: fulfilments, blocked intervals, force majeure, outages, case
 * events and counts.
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

    private Timeline(List<TimelineEvent> events) {
        this.fulfilments = select(events, Fulfilment.class, Comparator.comparing(Fulfilment::at));
        this.blocked = select(events, BlockedInterval.class, Comparator.comparing(BlockedInterval::interval));
        this.forceMajeure = select(events, ForceMajeure.class, Comparator.comparing(ForceMajeure::interval));
        this.outages = select(events, Outage.class, Comparator.comparing(Outage::interval));
        this.caseEvents = select(events, CaseEvent.class, Comparator.comparing(CaseEvent::at));
        this.counts = select(events, Count.class, Comparator.comparing(Count::at));
    }

    /** A timeline in which nothing happened. */
    public static Timeline empty() {
        return EMPTY;
    }

    /**
     * A timeline of the given events, in any order.
     *
     * @throws InvalidInputException when two different events share an id
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

    /** A timeline of the given events, in any order. */
    public static Timeline of(TimelineEvent... events) {
        return of(List.of(events));
    }

    /** The same timeline with more events. */
    public Timeline plus(TimelineEvent... events) {
        List<TimelineEvent> all = new ArrayList<>(events());
        all.addAll(List.of(events));
        return of(all);
    }

    /** Fulfilments, by time then id. */
    public List<Fulfilment> fulfilments() {
        return fulfilments;
    }

    /** Blocked intervals, by start then end then id. */
    public List<BlockedInterval> blocked() {
        return blocked;
    }

    /** Force-majeure periods, by start then end then id. */
    public List<ForceMajeure> forceMajeure() {
        return forceMajeure;
    }

    /** Outages, by start then end then id. */
    public List<Outage> outages() {
        return outages;
    }

    /** Case events, by time then id. */
    public List<CaseEvent> caseEvents() {
        return caseEvents;
    }

    /** Counts, by time then id. */
    public List<Count> counts() {
        return counts;
    }

    /**
     * Every event, in canonical order: fulfilments, blocked intervals, force majeure, outages, case
     * events, counts.
     */
    public List<TimelineEvent> events() {
        List<TimelineEvent> all = new ArrayList<>(fulfilments);
        all.addAll(blocked);
        all.addAll(forceMajeure);
        all.addAll(outages);
        all.addAll(caseEvents);
        all.addAll(counts);
        return List.copyOf(all);
    }

    /**
     * Checks that the timeline fits the agreement: every obligation and party it names exists, and
     * no obligation is fulfilled twice.
     *
     * @throws InvalidInputException naming the agreement and listing every problem found
     */
    public void requireConsistentWith(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Problem> problems = new ArrayList<>();
        // sets, not agreement.obligation(id) per event: timelines of thousands of events are checked in linear time
        Set<String> obligations = new HashSet<>();
        agreement.obligations().forEach(o -> obligations.add(o.id()));
        Set<String> parties = new HashSet<>();
        agreement.parties().forEach(p -> parties.add(p.id()));
        Map<String, String> fulfilledBy = new HashMap<>();
        for (Fulfilment f : fulfilments) {
            String at = "fulfilments[" + f.id() + "]";
            if (!obligations.contains(f.obligation())) {
                problems.add(Problem.at("timeline", at + ".obligation",
                        "fulfilment of unknown obligation " + f.obligation()));
            }
            String earlier = fulfilledBy.putIfAbsent(f.obligation(), f.id());
            if (earlier != null) {
                problems.add(Problem.at("timeline", at, "obligation " + f.obligation()
                        + " is already fulfilled by " + earlier));
            }
        }
        for (BlockedInterval b : blocked) {
            String at = "blocked[" + b.id() + "]";
            for (int i = 0; i < b.obligations().size(); i++) {
                if (!obligations.contains(b.obligations().get(i))) {
                    problems.add(Problem.at("timeline", at + ".obligations[" + i + "]",
                            "unknown obligation " + b.obligations().get(i)));
                }
            }
            if (!parties.contains(b.responsible())) {
                problems.add(Problem.at("timeline", at + ".responsible", "unknown party " + b.responsible()));
            }
        }
        TimelineServiceChecks.check(this, agreement, parties, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
    }

    /**
     * The events wholly outside the agreement's effective dates, one problem each ({@code
     * fulfilments[F-1]}). A timeline file with such an event is refused ({@link
     * io.slarules.files.Timelines}); a timeline built in code may hold them (generated input
     * reaching before an agreement's start), and nothing of them counts.
     *
     * @param agreement the agreement the timeline is of
     * @return a problem per event outside the agreement's dates; empty when there is none
     */
    public List<Problem> eventsOutsideEffectiveDates(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Problem> problems = new ArrayList<>();
        outsideEffective(agreement, problems);
        return problems;
    }

    /**
     * Events wholly outside the agreement's effective dates: nothing of them can count,
     * and a fulfilment in 2019 or an outage in 2031 under a 2026 agreement is a typing error that
     * would otherwise change an amount without a word. An interval reaching into the effective
     * dates is kept (its part outside does not count); an instant must lie inside them, its end
     * included, so a delivery at the very end of the agreement is still seen.
     */
    private void outsideEffective(Agreement agreement, List<Problem> problems) {
        Interval life = agreement.effective().toInterval(agreement.zone());
        String dates = " lies outside the agreement's effective dates " + agreement.effective() + " (in "
                + agreement.zone() + ")";
        for (TimelineEvent e : events()) {
            boolean outside;
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
            } else {
                outside = outside(((Outage) e).interval(), life);
            }
            if (outside) {
                problems.add(Problem.at("timeline", listOf(e) + "[" + e.id() + "]", "event " + e.id() + dates));
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
                : e instanceof CaseEvent ? "cases" : "counts";
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
}
