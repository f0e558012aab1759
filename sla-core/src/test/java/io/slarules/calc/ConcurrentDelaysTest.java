package io.slarules.calc;

import io.slarules.Cause;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The arithmetic of concurrent delay, one policy at a time, on worked example R's intervals. */
class ConcurrentDelaysTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Responsible CUSTOMER = Responsible.party("customer");
    private static final Responsible SUB = Responsible.party("sub");
    private static final String POLICY = "concurrent: test policy";

    private static Interval days(int from, int to) {
        Instant june = Instant.parse("2026-06-01T00:00:00Z");
        return Interval.of(june.plus(Duration.ofDays(from - 1)), june.plus(Duration.ofDays(to - 1)));
    }

    private static IntervalClaim claim(Interval interval, Responsible who, Cause cause, String event) {
        return new IntervalClaim(interval, who, cause, event, "", "rule of " + event);
    }

    // R: the customer blocked [1, 5), the provider's subcontractor [3, 7)
    private static final List<IntervalClaim> OTHERS = List.of(claim(days(1, 5), CUSTOMER, Cause.BLOCKED, "B-1"));
    private static final List<IntervalClaim> OWN = List.of(claim(days(3, 7), SUB, Cause.BLOCKED, "B-2"));

    @Test
    void excuseOverlapExcusesTheOverlapAndKeepsTheRest() {
        List<Segment> segments = ConcurrentDelays.excuseOverlap("D-5", UTC, OTHERS, OWN, POLICY);

        assertThat(segments).extracting(Segment::responsible, s -> s.length().toDays(), Segment::cause, Segment::interval)
                .containsExactly(
                        tuple(CUSTOMER, 2L, Cause.BLOCKED, java.util.Optional.of(days(1, 3))),
                        tuple(Responsible.EXCUSED, 2L, Cause.CONCURRENT_DELAY, java.util.Optional.of(days(3, 5))));
        assertThat(segments.get(1).rules()).containsExactly("rule of B-1", "rule of B-2", POLICY);
    }

    @Test
    void apportionGivesTheOtherPartyItsShareOfTheOverlap() {
        // the owner bears 25 % of the 2-day overlap: the customer 36 hours of it
        List<Segment> segments = ConcurrentDelays.apportion("D-5", UTC, OTHERS, OWN, new BigDecimal("25"), POLICY);

        assertThat(segments).extracting(Segment::responsible, Segment::length)
                .containsExactly(tuple(CUSTOMER, Duration.ofDays(2)), tuple(CUSTOMER, Duration.ofHours(36)));
    }

    @Test
    void apportionRoundsToTheNanosecondHalfEven() {
        // a third of one nanosecond... of 1 s: 333,333,333.33 ns -> 333,333,333 ns
        assertThat(ConcurrentDelays.share(Duration.ofSeconds(1), new BigDecimal("33.333333333")))
                .isEqualTo(Duration.ofNanos(333_333_333));
        assertThat(ConcurrentDelays.share(Duration.ofNanos(3), new BigDecimal("50"))).isEqualTo(Duration.ofNanos(2));
    }

    @Test
    void firstInTimeGivesTheOverlapToTheClaimThatStartedFirst() {
        // the customer started first: it keeps the overlap, which cites the policy
        List<Segment> segments = ConcurrentDelays.firstInTime("D-5", UTC, OTHERS, OWN, POLICY);
        assertThat(segments).extracting(Segment::responsible, s -> s.length().toDays(), Segment::cause)
                .containsExactly(tuple(CUSTOMER, 2L, Cause.BLOCKED), tuple(CUSTOMER, 2L, Cause.BLOCKED));
        assertThat(segments.get(1).rules()).contains(POLICY);
        // the owner's side first: the customer keeps only what does not overlap
        List<IntervalClaim> earlyOwn = List.of(claim(days(1, 4), SUB, Cause.BLOCKED, "B-0"));
        assertThat(ConcurrentDelays.firstInTime("D-5", UTC, OTHERS, earlyOwn, POLICY))
                .extracting(Segment::responsible, s -> s.length().toDays(), Segment::interval)
                .containsExactly(tuple(CUSTOMER, 1L, java.util.Optional.of(days(4, 5))));
    }

    @Test
    void forceMajeureStaysExcusedWhateverOverlapsIt() {
        List<IntervalClaim> flood = List.of(claim(days(2, 6), Responsible.EXCUSED, Cause.FORCE_MAJEURE, "FM-1"));

        assertThat(ConcurrentDelays.firstInTime("D-5", UTC, flood, List.of(claim(days(1, 7), SUB, Cause.BLOCKED,
                "B-2")), POLICY))
                .extracting(Segment::responsible, s -> s.length().toDays(), Segment::cause)
                .containsExactly(tuple(Responsible.EXCUSED, 4L, Cause.FORCE_MAJEURE));
    }

    @Test
    void overlappingClaimsOfOtherPartiesCountOnceForTheFirst() {
        List<IntervalClaim> others = List.of(claim(days(1, 5), CUSTOMER, Cause.BLOCKED, "B-1"),
                claim(days(2, 8), Responsible.EXCUSED, Cause.FORCE_MAJEURE, "FM-1"));

        assertThat(ConcurrentDelays.excuseOverlap("D-5", UTC, others, List.of(), POLICY))
                .extracting(Segment::responsible, s -> s.length().toDays())
                .containsExactly(tuple(CUSTOMER, 4L), tuple(Responsible.EXCUSED, 3L));
    }

    @Test
    void anyOverlapAgreesWithIntervalOverlapsPairwise() {
        IntervalClaim a = claim(days(1, 5), CUSTOMER, Cause.BLOCKED, "A");
        IntervalClaim touching = claim(days(5, 8), CUSTOMER, Cause.BLOCKED, "T");     // [5, 8) after [1, 5): no overlap
        IntervalClaim sameStart = claim(days(1, 2), SUB, Cause.BLOCKED, "S");
        IntervalClaim empty = claim(days(3, 3), SUB, Cause.BLOCKED, "E");            // empty: overlaps nothing
        IntervalClaim late = claim(days(9, 12), CUSTOMER, Cause.BLOCKED, "L");
        IntervalClaim long1 = claim(days(1, 20), CUSTOMER, Cause.BLOCKED, "L1");
        IntervalClaim inner = claim(days(2, 3), CUSTOMER, Cause.BLOCKED, "I");
        assertThat(ConcurrentDelays.anyOverlap(List.of())).isFalse();
        assertThat(ConcurrentDelays.anyOverlap(List.of(a))).isFalse();
        assertThat(ConcurrentDelays.anyOverlap(List.of(touching, a))).isFalse();
        assertThat(ConcurrentDelays.anyOverlap(List.of(a, empty))).isFalse();
        assertThat(ConcurrentDelays.anyOverlap(List.of(a, sameStart))).isTrue();
        // the third overlaps only the first, which the second ended before: the latest end is remembered
        assertThat(ConcurrentDelays.anyOverlap(List.of(late, inner, long1))).isTrue();
        assertThat(ConcurrentDelays.anyOverlap(List.of(late, touching, a))).isFalse();
        List<IntervalClaim> all = List.of(a, touching, sameStart, empty, late, long1, inner);
        for (IntervalClaim x : all) {
            for (IntervalClaim y : all) {
                assertThat(ConcurrentDelays.anyOverlap(List.of(x, y)))
                        .as(x.event() + " and " + y.event())
                        .isEqualTo(x.interval().overlaps(y.interval()));   // two entries of one claim are two claims
            }
        }
    }
}
