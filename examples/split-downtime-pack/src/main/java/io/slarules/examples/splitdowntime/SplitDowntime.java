package io.slarules.examples.splitdowntime;

import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.model.time.Interval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The pack's arithmetic: overlapping downtime shared equally between the parties whose stretches cover it.
 */
public final class SplitDowntime {

    private SplitDowntime() {
    }

    /**
     * Resolves a window's downtime: what an excuse covers stays excused and explains everything under it; every
     * other stretch of time covered by the downtime of {@code k} parties is cut into {@code k} equal consecutive
     * parts, the first to the party whose stretch began first (then by party id), so each party's outage stays in
     * one piece where it can. A part keeps the outage and the "counts" flag of the stretch it is cut from.
     *
     * @param downtime the downtime the attribute rules decided on, in any order
     * @return the downtime with no instant attributed to two responsibles
     */
    public static List<Downtime> splitEqually(Collection<Downtime> downtime) {
        List<Downtime> sorted = new ArrayList<>(downtime);
        sorted.sort(Comparator.comparing(Downtime::interval).thenComparing(Downtime::outage)
                .thenComparing(d -> d.responsible().id()));
        List<Downtime> resolved = new ArrayList<>();
        List<Interval> excused = new ArrayList<>();
        for (Downtime d : sorted) {
            if (d.responsible().isExcused()) {
                resolved.add(d);
                excused.add(d.interval());
            }
        }
        // the parties' stretches less what an excuse explains
        List<Downtime> caused = new ArrayList<>();
        for (Downtime d : sorted) {
            if (!d.responsible().isExcused()) {
                Intervals.minus(List.of(d.interval()), excused)
                        .forEach(left -> caused.add(d.during(left)));
            }
        }
        TreeSet<Instant> bounds = new TreeSet<>();
        caused.forEach(d -> {
            bounds.add(d.interval().startInclusive());
            bounds.add(d.interval().endExclusive());
        });
        List<Instant> cuts = List.copyOf(bounds);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            Interval piece = Interval.of(cuts.get(i), cuts.get(i + 1));
            List<Downtime> covering = coveringOnePerParty(caused, piece);
            Duration share = Duration.between(piece.startInclusive(), piece.endExclusive()).dividedBy(Math.max(1,
                    covering.size()));
            Instant from = piece.startInclusive();
            for (int p = 0; p < covering.size(); p++) {
                // the last part takes what an uneven division leaves, to the nanosecond
                Instant to = p == covering.size() - 1 ? piece.endExclusive() : from.plus(share);
                Downtime d = covering.get(p);
                if (to.isAfter(from)) {
                    resolved.add(d.during(Interval.of(from, to)));
                }
                from = to;
            }
        }
        return resolved;
    }

    /** The stretches covering a piece, one per party (its earliest), the earliest-begun first. */
    private static List<Downtime> coveringOnePerParty(List<Downtime> caused, Interval piece) {
        List<Downtime> covering = new ArrayList<>();
        for (Downtime d : caused) {
            boolean covers = !d.interval().startInclusive().isAfter(piece.startInclusive())
                    && !d.interval().endExclusive().isBefore(piece.endExclusive());
            if (covers && covering.stream().noneMatch(c -> c.responsible().equals(d.responsible()))) {
                covering.add(d);
            }
        }
        covering.sort(Comparator.comparing((Downtime d) -> d.interval().startInclusive())
                .thenComparing(d -> d.responsible().id()));
        return covering;
    }
}
