package io.slarules.calc;

import io.slarules.Cause;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.model.time.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The arithmetic of concurrent delay: the intervals other parties claimed (blocked intervals, force
 * majeure), set against the intervals in which the owner's side (the owner, or a subcontractor it
 * answers for) delayed the work itself. Rules choose the policy; this class computes it.
 *
 * <p>Every policy starts from the other parties' claims made disjoint: by default with
 * {@link #firstStartWins}, the one implementation of the default precedence, which the rule
 * {@code "concurrent: overlapping claims count once, for the claim that started first"} applies and the entry
 * points taking raw claims apply too; {@link #resolveParts} takes the parts a precedence rule decided. Then each part of another party's claim that overlaps the
 * owner's side's delay is treated as the policy says. Force majeure is nobody's delay: it stays
 * excused whatever overlaps it. The parts of the owner's side's delay no other claim overlaps are
 * not shifts: a party cannot move its own due date, so they stay in the owner's own delay.
 *
 * <p>The segments returned are disjoint and in time order; the attribution uses them as
 * it would use the claims.
 */
public final class ConcurrentDelays {

    private static final Comparator<IntervalClaim> TIME_ORDER = Comparator
            .comparing(IntervalClaim::interval)
            .thenComparing(IntervalClaim::event);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a policy makes of one overlap: the segment the other party's claim keeps, if any. */
    @FunctionalInterface
    public interface Overlap {
        /**
         * @param subject the obligation
         * @param other   the other party's claim
         * @param own     the owner's side's claim overlapping it (the one that started first)
         * @param part    the overlap
         * @param length  its length on the agreement's wall clock
         * @return the segment that shifts the due date, or empty when the owner bears all of it
         */
        Optional<Segment> resolve(String subject, IntervalClaim other, IntervalClaim own, Interval part,
                                  Duration length);
    }

    /**
     * The part of a claim that counts once overlapping claims are made disjoint: the time no claim ranked before it
     * took. The claim itself is kept whole: a policy that compares claims (which started first) compares them.
     *
     * @param claim the claim
     * @param part  the time of it that counts; inside the claim's interval
     */
    public record ClaimPart(IntervalClaim claim, Interval part) {

        /**
         * Validates the fields.
         *
         * @param claim the claim
         * @param part the time of it that counts
         * @throws IllegalArgumentException when the part is not inside the claim
         */
        public ClaimPart {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(part, "part");
            if (!encloses(claim.interval(), part)) {
                throw new IllegalArgumentException("SLA Rules: part " + part + " of claim " + claim.event()
                        + " lies outside its interval " + claim.interval());
            }
        }
    }

    private ConcurrentDelays() {
    }

    /**
     * Whether any two of the claims overlap (an empty interval overlaps nothing), as {@link Interval#overlaps}
     * says pairwise: a rule asks this once per obligation instead of joining its claims pairwise, which costs
     * the square of their number. Sorted by start, a claim overlaps an earlier one exactly when it starts before
     * the latest end seen so far: one pass, O(n log n) for the sort.
     *
     * @param claims the claims, in any order
     * @return whether two of them overlap
     */
    public static boolean anyOverlap(List<IntervalClaim> claims) {
        Objects.requireNonNull(claims, "claims");
        List<Interval> intervals = new ArrayList<>(claims.size());
        for (IntervalClaim claim : claims) {
            if (!claim.interval().isEmpty()) {
                intervals.add(claim.interval());
            }
        }
        intervals.sort(java.util.Comparator.comparing(Interval::startInclusive));
        Instant latestEnd = Instant.MIN;
        for (Interval interval : intervals) {
            if (interval.startInclusive().isBefore(latestEnd)) {
                return true;
            }
            if (interval.endExclusive().isAfter(latestEnd)) {
                latestEnd = interval.endExclusive();
            }
        }
        return false;
    }

    /**
     * The default precedence of overlapping claims: each keeps only the time no claim that started earlier took
     * (ties: the one that ends first, then by event id). Claims are taken by start, so every earlier claim starts no
     * later than the current one, and the time they took from it is everything before the latest end seen so far:
     * one pass, O(n log n) for the sort.
     *
     * @param claims the claims, in any order, overlapping or not
     * @return the parts that count, disjoint and in time order; a claim wholly taken by earlier ones has none
     */
    public static List<ClaimPart> firstStartWins(List<IntervalClaim> claims) {
        List<IntervalClaim> ordered = claims(claims);
        ordered.sort(TIME_ORDER);
        List<ClaimPart> parts = new ArrayList<>();
        Instant takenUntil = Instant.MIN;
        for (IntervalClaim claim : ordered) {
            Interval interval = claim.interval();
            Instant freeFrom = interval.startInclusive().isAfter(takenUntil) ? interval.startInclusive() : takenUntil;
            if (freeFrom.isBefore(interval.endExclusive())) {
                parts.add(new ClaimPart(claim, Interval.of(freeFrom, interval.endExclusive())));
                takenUntil = interval.endExclusive();
            }
        }
        return parts;
    }

    /**
     * {@code EXCUSE_OVERLAP} as a treatment of one overlap, for {@link #resolveParts}.
     *
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return the treatment: the overlap shifts the due date and is excused
     */
    public static Overlap excused(String rule) {
        Objects.requireNonNull(rule, "rule");
        return (s, other, mine, part, length) -> Optional.of(
                segment(s, Responsible.EXCUSED, length, Cause.CONCURRENT_DELAY, other, mine, part, rule));
    }

    /**
     * {@code APPORTION} as a treatment of one overlap, for {@link #resolveParts}.
     *
     * @param ownerSharePercent the owner's share of each overlap, from 0 to 100
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return the treatment: the other party bears {@code 100 - ownerSharePercent} % of the overlap
     */
    public static Overlap apportioned(BigDecimal ownerSharePercent, String rule) {
        Objects.requireNonNull(rule, "rule");
        BigDecimal otherShare = HUNDRED.subtract(ownerSharePercent);
        return (s, other, mine, part, length) -> {
            Duration theirs = share(length, otherShare);
            if (theirs.isZero()) {
                return Optional.empty();
            }
            Segment segment = segment(s, other.responsible(), theirs, Cause.CONCURRENT_DELAY, other, mine, part, rule);
            return Optional.of(Segment.of(segment.responsible(), theirs, segment.cause(), segment.origin(),
                    segment.event(), segment.interval(), segment.reason() + " (" + otherShare.stripTrailingZeros()
                    .toPlainString() + " % of the overlap)", segment.via(), segment.rules()));
        };
    }

    /**
     * {@code FIRST_IN_TIME} as a treatment of one overlap, for {@link #resolveParts}.
     *
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return the treatment: the overlap goes to the claim that started first (ties: the one that ends first, then
     *         by event id), comparing the whole claims
     */
    public static Overlap toFirstStarted(String rule) {
        Objects.requireNonNull(rule, "rule");
        return (s, other, mine, part, length) -> TIME_ORDER.compare(other, mine) < 0
                ? Optional.of(segment(s, other.responsible(), length, other.cause(), other, mine, part, rule))
                : Optional.empty();
    }

    /**
     * {@code EXCUSE_OVERLAP}: the overlap shifts the due date and is excused.
     *
     * @param subject the obligation whose delay is resolved
     * @param zone the agreement's zone, whose wall clock measures the segments
     * @param others the {@link IntervalClaim}s of other parties and force majeure
     * @param own the {@link IntervalClaim}s of the owner's side
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return disjoint segments in time order, each attributed to a party or excused
     */
    public static List<Segment> excuseOverlap(String subject, ZoneId zone, List<IntervalClaim> others,
                                              List<IntervalClaim> own, String rule) {
        return resolve(subject, zone, others, own, excused(rule));
    }

    /**
     * {@code APPORTION}: the other party bears {@code 100 - ownerSharePercent} % of the overlap (to
     * the nanosecond, half-even), the owner the rest.
     *
     * @param subject the obligation whose delay is resolved
     * @param zone the agreement's zone, whose wall clock measures the segments
     * @param others the {@link IntervalClaim}s of other parties and force majeure
     * @param own the {@link IntervalClaim}s of the owner's side
     * @param ownerSharePercent the owner's share of each overlap, from 0 to 100
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return disjoint segments in time order, each overlap split between the other party and the owner
     */
    public static List<Segment> apportion(String subject, ZoneId zone, List<IntervalClaim> others,
                                          List<IntervalClaim> own, BigDecimal ownerSharePercent, String rule) {
        return resolve(subject, zone, others, own, apportioned(ownerSharePercent, rule));
    }

    /**
     * {@code FIRST_IN_TIME}: the overlap goes to the claim that started first (ties: the one that
     * ends first, then by event id); the other party's time shifts the due date, the owner's does not.
     *
     * @param subject the obligation whose delay is resolved
     * @param zone the agreement's zone, whose wall clock measures the segments
     * @param others the {@link IntervalClaim}s of other parties and force majeure
     * @param own the {@link IntervalClaim}s of the owner's side
     * @param rule the rule that applied the policy, cited on the overlap's segments
     * @return disjoint segments in time order, each overlap given to the claim that started first
     */
    public static List<Segment> firstInTime(String subject, ZoneId zone, List<IntervalClaim> others,
                                            List<IntervalClaim> own, String rule) {
        return resolve(subject, zone, others, own, toFirstStarted(rule));
    }

    /**
     * Any policy: the other parties' claims made disjoint, each overlap with the owner's side's
     * delay given to {@code overlap}. A rule pack's policy calls this with its own treatment.
     *
     * @param others the {@link IntervalClaim}s of other parties and force majeure
     * @param own    the {@link IntervalClaim}s of the owner's side
     * @param subject the obligation whose delay is resolved
     * @param zone the agreement's zone, whose wall clock measures the segments
     * @param overlap how a stretch where another party's claim and the owner's side's delay overlap is treated
     * @return disjoint segments in time order, each attributed to a party or excused
     */
    public static List<Segment> resolve(String subject, ZoneId zone, List<IntervalClaim> others,
                                        List<IntervalClaim> own, Overlap overlap) {
        return resolveParts(subject, zone, firstStartWins(others), own, overlap);
    }

    /**
     * Any policy, from the other parties' claims already made disjoint by a precedence rule: each overlap of a part
     * with the owner's side's delay given to {@code overlap}. The arithmetic only: which claim a stretch belongs to
     * is the parts', what an overlap comes to is the treatment's.
     *
     * @param subject the obligation whose delay is resolved
     * @param zone the agreement's zone, whose wall clock measures the segments
     * @param parts the parts of the other parties' claims that count, disjoint
     * @param own the {@link IntervalClaim}s of the owner's side
     * @param overlap how a stretch where a part and the owner's side's delay overlap is treated
     * @return disjoint segments in time order, each attributed to a party or excused
     */
    public static List<Segment> resolveParts(String subject, ZoneId zone, List<ClaimPart> parts,
                                             List<IntervalClaim> own, Overlap overlap) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(overlap, "overlap");
        List<IntervalClaim> mine = claims(own);
        mine.sort(TIME_ORDER);
        List<ClaimPart> inTime = new ArrayList<>(parts);
        inTime.sort(Comparator.comparing((ClaimPart p) -> p.part()).thenComparing(p -> p.claim().event()));
        for (int i = 1; i < inTime.size(); i++) {
            if (inTime.get(i).part().startInclusive().isBefore(inTime.get(i - 1).part().endExclusive())) {
                throw new IllegalArgumentException("SLA Rules: " + subject + ": the parts of claims "
                        + inTime.get(i - 1).claim().event() + " and " + inTime.get(i).claim().event() + " overlap");
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (ClaimPart piece : inTime) {
            IntervalClaim claim = piece.claim();
            if (claim.responsible().isExcused()) {
                segments.add(segment(subject, claim.responsible(), length(piece.part(), zone), claim.cause(),
                        claim, null, piece.part(), null));
                continue;
            }
            // runs of the piece with the same first overlapping claim of the owner's side (or none):
            // a policy is applied once per run, so an apportioned share is rounded once per run
            IntervalClaim runOwn = null;
            Instant runStart = null;
            Instant runEnd = null;
            Duration runLength = Duration.ZERO;
            for (Interval part : cut(piece.part(), mine)) {
                IntervalClaim covering = mine.stream().filter(m -> encloses(m.interval(), part)).findFirst()
                        .orElse(null);
                if (runStart != null && covering != runOwn) {
                    segments.addAll(run(subject, claim, runOwn, Interval.of(runStart, runEnd), runLength, overlap));
                    runStart = null;
                }
                if (runStart == null) {
                    runStart = part.startInclusive();
                    runOwn = covering;
                    runLength = Duration.ZERO;
                }
                runEnd = part.endExclusive();
                runLength = runLength.plus(length(part, zone));
            }
            if (runStart != null) {
                segments.addAll(run(subject, claim, runOwn, Interval.of(runStart, runEnd), runLength, overlap));
            }
        }
        return merged(segments);
    }

    private static List<Segment> run(String subject, IntervalClaim claim, IntervalClaim own, Interval run,
                                     Duration length, Overlap overlap) {
        if (own == null) {
            return List.of(segment(subject, claim.responsible(), length, claim.cause(), claim, null, run, null));
        }
        return overlap.resolve(subject, claim, own, run, length).stream().toList();
    }

    /** {@code length} times {@code percent} %, to the nanosecond, half-even. */
    static Duration share(Duration length, BigDecimal percent) {
        BigDecimal nanos = new BigDecimal(length.toNanos()).multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_EVEN);
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static Segment segment(String subject, Responsible responsible, Duration length, Cause cause,
                                   IntervalClaim other, IntervalClaim own, Interval part, String policyRule) {
        String reason = other.reason();
        List<String> rules = new ArrayList<>(List.of(other.rule()));
        if (own != null) {
            String with = "concurrent with " + own.event() + " (" + own.responsible() + ")";
            reason = reason.isEmpty() ? with : reason + "; " + with;
            rules.add(own.rule());
        }
        if (policyRule != null) {
            rules.add(policyRule);
        }
        return Segment.of(responsible, length, cause, subject, Optional.of(other.event()), Optional.of(part), reason,
                List.of(), rules);
    }

    /** {@code interval} cut at every bound of {@code claims} inside it, in time order. */
    private static List<Interval> cut(Interval interval, List<IntervalClaim> claims) {
        TreeSet<Instant> bounds = new TreeSet<>();
        bounds.add(interval.startInclusive());
        bounds.add(interval.endExclusive());
        for (IntervalClaim c : claims) {
            for (Instant bound : List.of(c.interval().startInclusive(), c.interval().endExclusive())) {
                if (bound.isAfter(interval.startInclusive()) && bound.isBefore(interval.endExclusive())) {
                    bounds.add(bound);
                }
            }
        }
        List<Interval> parts = new ArrayList<>();
        Instant from = null;
        for (Instant bound : bounds) {
            if (from != null) {
                parts.add(Interval.of(from, bound));
            }
            from = bound;
        }
        return parts;
    }

    private static boolean encloses(Interval outer, Interval inner) {
        return !outer.startInclusive().isAfter(inner.startInclusive())
                && !outer.endExclusive().isBefore(inner.endExclusive());
    }

    /** Adjacent segments saying the same thing become one. */
    private static List<Segment> merged(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : segments) {
            if (!merged.isEmpty()) {
                Segment last = merged.get(merged.size() - 1);
                if (last.responsible().equals(s.responsible()) && last.cause() == s.cause()
                        && last.event().equals(s.event()) && last.reason().equals(s.reason())
                        && last.rules().equals(s.rules()) && adjacent(last, s)) {
                    Interval joined = Interval.of(last.interval().orElseThrow().startInclusive(),
                            s.interval().orElseThrow().endExclusive());
                    merged.set(merged.size() - 1, Segment.of(s.responsible(), last.length().plus(s.length()), s.cause(),
                            s.origin(), s.event(), Optional.of(joined), s.reason(), s.via(), s.rules()));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    private static boolean adjacent(Segment a, Segment b) {
        return a.interval().isPresent() && b.interval().isPresent()
                && a.interval().get().endExclusive().equals(b.interval().get().startInclusive());
    }

    private static Duration length(Interval interval, ZoneId zone) {
        return WallClock.between(interval.startInclusive(), interval.endExclusive(), zone);
    }

    /** A sortable copy; every claim present. */
    private static List<IntervalClaim> claims(List<IntervalClaim> claims) {
        List<IntervalClaim> copy = new ArrayList<>(claims.size());
        for (IntervalClaim c : claims) {
            copy.add(Objects.requireNonNull(c, "claim"));
        }
        return copy;
    }
}
