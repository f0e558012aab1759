package io.slarules.rules.internal.deadlines;

import io.slarules.calc.WallClock;
import io.slarules.internal.calc.BusinessDays;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.Dependency;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.facts.WorkToStart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an agreement and its timeline into the facts the rules reason over, as of the end of the
 * period: due dates resolved, fulfilments after the "as of" instant ignored, the dependency graph and
 * its order. Arithmetic only: when an obligation's work starts is decided by a rule of the
 * {@code facts} phase from the {@link WorkToStart} facts made here.
 */
public final class Normalisation {

    private final Agreement agreement;
    private final Interval period;
    private final ZoneId zone;
    private final Map<String, Instant> fulfilledAt = new HashMap<>();
    private final Instant asOf;

    public Normalisation(Agreement agreement, Interval period, Timeline timeline) {
        this(agreement, period, timeline, period.endExclusive());
    }

    /** As of an instant in the period: fulfilments after it are not known yet. */
    public Normalisation(Agreement agreement, Interval period, Timeline timeline, Instant asOf) {
        this.agreement = agreement;
        this.period = period;
        this.zone = agreement.zone();
        this.asOf = asOf;
        for (Fulfilment f : timeline.fulfilments()) {
            // an instant at the period's end belongs to it: a date-only fulfilment means the end of its day
            if (!f.at().isAfter(asOf)) {
                fulfilledAt.put(f.obligation(), f.at());
            }
        }
    }

    /**
     * Every obligation, in the agreement's order, with all a rule needs to decide when its work starts
     * ({@link WorkToStart}): that choice is the {@code facts} phase's, not this class's.
     */
    public List<WorkToStart> obligationsToStart() {
        Instant agreementStart = agreement.effective().startInclusive().atStartOfDay(zone).toInstant();
        Map<String, Integer> ranks = settlementRanks();
        List<WorkToStart> pending = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            Optional<Instant> fulfilled = Optional.ofNullable(fulfilledAt.get(o.id()));
            Instant measuredTo = fulfilled.orElse(asOf);
            Optional<Instant> due = resolve(o.due());
            List<Instant> dependenciesFulfilled = new ArrayList<>();
            for (String dependency : edges(o)) {
                Instant done = fulfilledAt.get(dependency);
                if (done != null) {
                    dependenciesFulfilled.add(done);
                }
            }
            boolean inPeriod = fulfilled.isPresent() && fulfilled.get().isAfter(period.startInclusive());
            ObligationState unstarted = new ObligationState(o, due.orElse(measuredTo), due.isPresent(), fulfilled,
                    measuredTo, Interval.of(measuredTo, measuredTo), inPeriod,
                    ranks.getOrDefault(o.id(), Integer.MAX_VALUE));
            pending.add(new WorkToStart(unstarted, agreementStart, dependenciesFulfilled));
        }
        return pending;
    }

    /** Every edge of the dependency graph, relative due dates included. */
    public List<Dependency> dependencies() {
        List<Dependency> edges = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            Optional<String> anchor = o.dueAnchor();
            for (String dependency : edges(o)) {
                edges.add(new Dependency(o.id(), dependency, anchor.filter(dependency::equals).isPresent()));
            }
        }
        return edges;
    }

    /**
     * The obligations in dependency order: each after every obligation it depends on (relative due
     * dates included), ties in the agreement's order. The agreement's checks refuse cycles; an
     * obligation on one would be left out, as the rules never reached it before either.
     */
    public List<String> dependencyOrder() {
        List<Obligation> obligations = agreement.obligations();
        Map<String, Integer> index = new HashMap<>(obligations.size() * 2);
        for (int k = 0; k < obligations.size(); k++) {
            index.put(obligations.get(k).id(), k);
        }
        int[] waitingFor = new int[obligations.size()];
        List<List<Integer>> dependents = new ArrayList<>(obligations.size());
        for (int k = 0; k < obligations.size(); k++) {
            dependents.add(new ArrayList<>(2));
        }
        for (int k = 0; k < obligations.size(); k++) {
            for (String dependency : edges(obligations.get(k))) {
                Integer d = index.get(dependency);
                if (d != null) {
                    waitingFor[k]++;
                    dependents.get(d).add(k);
                }
            }
        }
        // the ready obligations by their place in the agreement: the order is the same on every run
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int k = 0; k < obligations.size(); k++) {
            if (waitingFor[k] == 0) {
                ready.add(k);
            }
        }
        List<String> order = new ArrayList<>(obligations.size());
        while (!ready.isEmpty()) {
            int k = ready.poll();
            order.add(obligations.get(k).id());
            for (int dependent : dependents.get(k)) {
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        return order;
    }

    private static List<String> edges(Obligation o) {
        List<String> edges = new ArrayList<>(o.dependsOn());
        o.dueAnchor().filter(a -> !edges.contains(a)).ifPresent(edges::add);
        return edges;
    }

    private Optional<Instant> resolve(Due due) {
        if (due instanceof Due.OnDate onDate) {
            return Optional.of(WallClock.endOfDay(onDate.date(), zone));
        }
        if (due instanceof Due.AtInstant at) {
            return Optional.of(at.instant());
        }
        Due.AfterFulfilment after = (Due.AfterFulfilment) due;
        Instant anchorDone = fulfilledAt.get(after.obligation());
        if (anchorDone == null) {
            return Optional.empty();
        }
        LocalDate anchorDay = WallClock.dayEndingAtOrAfter(anchorDone, zone);
        LocalDate dueDay = after.count() == DayCount.BUSINESS
                ? BusinessDays.plus(anchorDay, after.days(), agreement.holidays())
                : anchorDay.plusDays(after.days());
        return Optional.of(WallClock.endOfDay(dueDay, zone));
    }

    /** Settled obligations ranked by fulfilment time, then by the agreement's order. */
    private Map<String, Integer> settlementRanks() {
        List<Obligation> settled = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            if (fulfilledAt.containsKey(o.id())) {
                settled.add(o);
            }
        }
        // List.sort is stable, so equal times keep the agreement's order
        settled.sort(Comparator.comparing(o -> fulfilledAt.get(o.id())));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < settled.size(); i++) {
            ranks.put(settled.get(i).id(), i);
        }
        // obligations still open come after every settled one, in the agreement's order: their accrued damages
        // use what is left of a cap, each after the ones before it
        int next = settled.size();
        for (Obligation o : agreement.obligations()) {
            if (!fulfilledAt.containsKey(o.id())) {
                ranks.put(o.id(), next++);
            }
        }
        return ranks;
    }
}
