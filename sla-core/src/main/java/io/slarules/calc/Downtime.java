package io.slarules.calc;

import io.slarules.Responsible;
import io.slarules.model.time.Interval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A stretch of downtime and whom a rule attributed it to: the obligated party (it counts against
 * the objective), another party (reported, not counted) or nobody ({@link Responsible#EXCUSED}). Rules build it
 * with the factory that names the consequence: {@link #countedAgainst}, {@link #reportedAgainst}, {@link #excused}.
 *
 * @param responsible the party, or {@link Responsible#EXCUSED}
 * @param interval    when
 * @param counts      whether it counts against the obligated party
 * @param outage      the id of the outage it comes from
 */
public record Downtime(Responsible responsible, Interval interval, boolean counts, String outage) {

    /**
     * Validates the fields.
     *
     * @param responsible the party, or {@link Responsible#EXCUSED}
     * @param interval when
     * @param counts whether it counts against the obligated party
     * @param outage the id of the outage it comes from
     */
    public Downtime {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(outage, "outage");
        if (counts && responsible.isExcused()) {
            throw new IllegalArgumentException("SLA Rules: excused downtime cannot count against anyone");
        }
    }

    /**
     * {@return downtime that counts against the party obligated by the objective}
     *
     * @param obligated the obligated party's id
     * @param interval  when
     * @param outage    the id of the outage it comes from
     */
    public static Downtime countedAgainst(String obligated, Interval interval, String outage) {
        return new Downtime(Responsible.party(obligated), interval, true, outage);
    }

    /**
     * {@return downtime another party caused: reported against it, not counted against the obligated party}
     *
     * @param party    the id of the party that caused it
     * @param interval when
     * @param outage   the id of the outage it comes from
     */
    public static Downtime reportedAgainst(String party, Interval interval, String outage) {
        return new Downtime(Responsible.party(party), interval, false, outage);
    }

    /**
     * {@return downtime nobody answers for (announced maintenance, force majeure): neither counted nor reported}
     *
     * @param interval when
     * @param outage   the id of the outage it comes from
     */
    public static Downtime excused(Interval interval, String outage) {
        return new Downtime(Responsible.EXCUSED, interval, false, outage);
    }

    /**
     * {@return the same consequence for the same party and outage, over another stretch of time}
     *
     * @param other the other stretch
     */
    public Downtime during(Interval other) {
        return new Downtime(responsible, other, counts, outage);
    }

    /**
     * The default precedence for downtime attributed to several responsibles at once (the rule
     * {@code concurrent: overlapping downtime is excused first, then another party's, then counts}): an
     * instant is excused when anything excuses it, else it is another party's when another party caused it
     * (parties in id order), and counts against the obligated party only when nothing else explains it.
     * Instant by instant, so cutting the downtime at an instant before or after resolving it gives the same.
     *
     * @param downtime attributed downtime, in any order, possibly overlapping
     * @return the same downtime in which no instant is attributed to two responsibles: each stretch keeps its
     *         responsible, whether it counts and its outage, less what an earlier responsible explains; by
     *         interval, then outage, then responsible
     */
    public static List<Downtime> explainedInOrder(Collection<Downtime> downtime) {
        List<Downtime> excused = new ArrayList<>();
        Map<Responsible, List<Downtime>> others = new TreeMap<>();
        List<Downtime> own = new ArrayList<>();
        for (Downtime d : sorted(downtime)) {
            if (d.responsible().isExcused()) {
                excused.add(d);
            } else if (d.counts()) {
                own.add(d);
            } else {
                others.computeIfAbsent(d.responsible(), r -> new ArrayList<>()).add(d);
            }
        }
        List<Downtime> resolved = new ArrayList<>(excused);
        List<Interval> explained = new ArrayList<>(excused.stream().map(Downtime::interval).toList());
        for (List<Downtime> theirs : others.values()) {
            List<Interval> before = Intervals.union(explained);
            for (Downtime d : theirs) {
                for (Interval left : Intervals.minus(List.of(d.interval()), before)) {
                    resolved.add(d.during(left));
                    explained.add(left);
                }
            }
        }
        List<Interval> before = Intervals.union(explained);
        for (Downtime d : own) {
            for (Interval left : Intervals.minus(List.of(d.interval()), before)) {
                resolved.add(d.during(left));
            }
        }
        return sorted(resolved);
    }

    /** Facts leave working memory in no stated order: whatever reads them sorts them first. */
    private static List<Downtime> sorted(Collection<Downtime> downtime) {
        List<Downtime> sorted = new ArrayList<>(downtime);
        sorted.sort(Comparator.comparing(Downtime::interval).thenComparing(Downtime::outage)
                .thenComparing(d -> d.responsible().id()).thenComparing(Downtime::counts));
        return sorted;
    }
}
