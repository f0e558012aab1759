package io.slarules.internal.calc;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.calc.IntervalClaim;
import io.slarules.calc.WallClock;
import io.slarules.model.time.Interval;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AttributionsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static final String SUBJECT = "DELIVERY-1";
    private static final String OWNER = "VENDOR";
    private static final Responsible VENDOR = Responsible.party(OWNER);
    private static final Responsible CUSTOMER = Responsible.party("CUSTOMER");
    private static final Responsible HOSTER = Responsible.party("HOSTER");
    private static final String OWN_RULE = "attribute: own delay";
    private static final String DEPENDENCY_RULE = "attribute: late dependency shifts due date";
    private static final String BLOCKED_RULE = "attribute: blocked interval";
    private static final String EXCUSED_RULE = "attribute: force majeure excuses";

    /** Due at day 10, delivered at day 20: ten days late. */
    private static final Instant DUE = day(10);
    private static final Instant DELIVERED = day(20);

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private static Interval days(int from, int to) {
        return Interval.of(day(from), day(to));
    }

    private static Segment dependencyShift(Responsible who, Duration length) {
        return Segment.of(who, length, Cause.OWN_DELAY, "SPEC-1", Optional.empty(), Optional.empty(), "",
                List.of(), List.of("attribute: own delay", DEPENDENCY_RULE));
    }

    private static IntervalClaim blocked(String event, Interval interval, Responsible who) {
        return new IntervalClaim(interval, who, Cause.BLOCKED, event, "waiting for test environment", BLOCKED_RULE);
    }

    private static IntervalClaim forceMajeure(String event, Interval interval) {
        return new IntervalClaim(interval, Responsible.EXCUSED, Cause.FORCE_MAJEURE, event, "flood", EXCUSED_RULE);
    }

    private static DelayAttribution compose(Instant due, Instant measuredTo, List<Segment> shift,
                                            List<IntervalClaim> claims) {
        return Attributions.compose(SUBJECT, OWNER, due, Optional.of(measuredTo), measuredTo, UTC, shift, claims,
                OWN_RULE);
    }

    private static DelayAttribution compose(List<Segment> shift, List<IntervalClaim> claims) {
        return compose(DUE, DELIVERED, shift, claims);
    }

    @Test
    void obligationNotLateHasNoSegments() {
        DelayAttribution onTime = compose(DUE, DUE.minus(Duration.ofDays(1)),
                List.of(dependencyShift(CUSTOMER, Duration.ofDays(3))), List.of(blocked("B-1", days(1, 5),
                        CUSTOMER)));

        assertThat(onTime.total()).isZero();
        assertThat(onTime.isLate()).isFalse();
        assertThat(onTime.segments()).isEmpty();
        assertThat(onTime.shares()).isEmpty();
    }

    @Test
    void obligationDeliveredExactlyWhenDueIsNotLate() {
        DelayAttribution onTime = compose(DUE, DUE, List.of(), List.of());

        assertThat(onTime.total()).isZero();
        assertThat(onTime.segments()).isEmpty();
    }

    @Test
    void withoutShiftsTheOwnerHasTheWholeDelay() {
        DelayAttribution attribution = compose(List.of(), List.of());

        // day 20 - day 10 = 10 days
        assertThat(attribution.total()).isEqualTo(Duration.ofDays(10));
        assertThat(attribution.shares()).containsExactly(new Share(VENDOR, Duration.ofDays(10)));
        assertThat(attribution.segments()).singleElement().satisfies(own -> {
            assertThat(own.responsible()).isEqualTo(VENDOR);
            assertThat(own.cause()).isEqualTo(Cause.OWN_DELAY);
            assertThat(own.origin()).isEqualTo(SUBJECT);
            assertThat(own.rules()).containsExactly(OWN_RULE);
            assertThat(own.event()).isEmpty();
            assertThat(own.interval()).isEmpty();
        });
        assertThat(attribution.subject()).isEqualTo(SUBJECT);
        assertThat(attribution.owner()).isEqualTo(OWNER);
        assertThat(attribution.due()).isEqualTo(DUE);
        assertThat(attribution.measuredTo()).isEqualTo(DELIVERED);
    }

    @Test
    void dependencyShiftComesFirstThenClaimsByStartThenTheOwner() {
        DelayAttribution attribution = compose(
                List.of(dependencyShift(CUSTOMER, Duration.ofDays(3))),
                List.of(forceMajeure("FM-1", days(15, 16)), blocked("B-1", days(12, 14), CUSTOMER)));

        // 10 days late = 3 (SPEC-1 late) + 2 (B-1) + 1 (FM-1) + 4 own
        assertThat(attribution.segments())
                .extracting(Segment::responsible, Segment::length, Segment::cause)
                .containsExactly(
                        tuple(CUSTOMER, Duration.ofDays(3), Cause.OWN_DELAY),
                        tuple(CUSTOMER, Duration.ofDays(2), Cause.BLOCKED),
                        tuple(Responsible.EXCUSED, Duration.ofDays(1), Cause.FORCE_MAJEURE),
                        tuple(VENDOR, Duration.ofDays(4), Cause.OWN_DELAY));
        // shares in order of first appearance: CUSTOMER 3 + 2 = 5, EXCUSED 1, VENDOR 4
        assertThat(attribution.shares()).containsExactly(
                new Share(CUSTOMER, Duration.ofDays(5)),
                new Share(Responsible.EXCUSED, Duration.ofDays(1)),
                new Share(VENDOR, Duration.ofDays(4)));
        assertThat(attribution.segments().get(0).origin()).isEqualTo("SPEC-1");
        assertThat(attribution.segments().get(1).event()).contains("B-1");
        assertThat(attribution.segments().get(1).interval()).contains(days(12, 14));
        assertThat(attribution.segments().get(1).reason()).isEqualTo("waiting for test environment");
        assertThat(attribution.segments().get(2).event()).contains("FM-1");
        assertThat(attribution.rules()).containsExactly("attribute: own delay", DEPENDENCY_RULE, BLOCKED_RULE,
                EXCUSED_RULE);
    }

    @Test
    void claimsAreUsedByStartNotByTheOrderGiven() {
        // 3 days late; FM-1 (days 1-3) starts before B-1 (days 5-7) although given after it
        DelayAttribution attribution = compose(DUE, day(13), List.of(),
                List.of(blocked("B-1", days(5, 7), CUSTOMER), forceMajeure("FM-1", days(1, 3))));

        // FM-1 takes 2 days, B-1 the 1 day left, the owner nothing
        assertThat(attribution.shares()).containsExactly(
                new Share(Responsible.EXCUSED, Duration.ofDays(2)),
                new Share(CUSTOMER, Duration.ofDays(1)));
        assertThat(attribution.shareOf(VENDOR)).isZero();
    }

    @Test
    void overlappingClaimsCountOnceForTheEarliest() {
        // FM-1 covers days 1-5, B-1 days 3-7: days 3-5 count once, for FM-1 which started first
        // (although B-1 is given first and its id sorts first)
        DelayAttribution attribution = compose(List.of(),
                List.of(blocked("B-1", days(3, 7), CUSTOMER), forceMajeure("FM-1", days(1, 5))));

        // FM-1: 4 days; B-1: days 5-7 = 2 days; owner: 10 - 4 - 2 = 4 days
        assertThat(attribution.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(4));
        assertThat(attribution.shareOf(CUSTOMER)).isEqualTo(Duration.ofDays(2));
        assertThat(attribution.shareOf(VENDOR)).isEqualTo(Duration.ofDays(4));
        Segment blocked = attribution.segments().get(1);
        assertThat(blocked.event()).contains("B-1");
        assertThat(blocked.interval()).contains(days(5, 7));
    }

    @Test
    void claimInsideAnEarlierOneCountsNothing() {
        // B-1 covers days 1-9, FM-1 days 3-5 lies inside it
        DelayAttribution attribution = compose(List.of(),
                List.of(blocked("B-1", days(1, 9), CUSTOMER), forceMajeure("FM-1", days(3, 5))));

        // B-1: 8 days, FM-1: nothing, owner: 10 - 8 = 2 days
        assertThat(attribution.shares()).containsExactly(
                new Share(CUSTOMER, Duration.ofDays(8)),
                new Share(VENDOR, Duration.ofDays(2)));
        assertThat(attribution.segments()).noneMatch(s -> s.event().equals(Optional.of("FM-1")));
    }

    @Test
    void claimsStartingTogetherGoToTheOneEndingFirst() {
        // both start at day 1; FM-1 ends at day 3, B-1 (whose id sorts first) at day 5
        DelayAttribution attribution = compose(List.of(),
                List.of(blocked("B-1", days(1, 5), CUSTOMER), forceMajeure("FM-1", days(1, 3))));

        // FM-1: days 1-3 = 2 days; B-1: days 3-5 = 2 days; owner 10 - 4 = 6 days
        // (B-1 first would have taken all 4 days and left FM-1 nothing)
        assertThat(attribution.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(2));
        assertThat(attribution.shareOf(CUSTOMER)).isEqualTo(Duration.ofDays(2));
        assertThat(attribution.shareOf(VENDOR)).isEqualTo(Duration.ofDays(6));
    }

    @Test
    void claimsOfTheSameIntervalGoToTheFirstEventId() {
        DelayAttribution attribution = compose(List.of(),
                List.of(blocked("B-2", days(1, 4), HOSTER), blocked("B-1", days(1, 4), CUSTOMER)));

        // B-1 takes days 1-4 = 3 days, B-2 nothing, owner 7 days
        assertThat(attribution.shares()).containsExactly(
                new Share(CUSTOMER, Duration.ofDays(3)),
                new Share(VENDOR, Duration.ofDays(7)));
    }

    @Test
    void shiftsBeyondTheLatenessAreTruncatedAndTheOwnerHasNothing() {
        // 10 days late, but SPEC-1 was 12 days late and B-1 blocked 2 more days
        DelayAttribution attribution = compose(List.of(dependencyShift(CUSTOMER, Duration.ofDays(12))),
                List.of(blocked("B-1", days(12, 14), HOSTER)));

        assertThat(attribution.total()).isEqualTo(Duration.ofDays(10));
        assertThat(attribution.shares()).containsExactly(new Share(CUSTOMER, Duration.ofDays(10)));
        assertThat(attribution.shareOf(VENDOR)).isZero();
        assertThat(attribution.shareOf(HOSTER)).isZero();
        assertThat(attribution.segments()).singleElement().satisfies(s -> {
            assertThat(s.length()).isEqualTo(Duration.ofDays(10));
            assertThat(s.origin()).isEqualTo("SPEC-1");
        });
    }

    @Test
    void claimCoveringMoreThanTheLatenessLeavesTheOwnerNothing() {
        // 10 days late, B-1 blocked days 0-15
        DelayAttribution attribution = compose(List.of(), List.of(blocked("B-1", days(0, 15), CUSTOMER)));

        assertThat(attribution.shares()).containsExactly(new Share(CUSTOMER, Duration.ofDays(10)));
        // the segment counts 10 days but still names the whole interval the event covered
        assertThat(attribution.segments().get(0).interval()).contains(days(0, 15));
    }

    @Test
    void theOwnerGetsTheRest() {
        // 10 days late, 1 day 6 hours shifted by SPEC-1, B-1 blocked 12 hours
        DelayAttribution attribution = compose(List.of(dependencyShift(CUSTOMER, Duration.ofHours(30))),
                List.of(blocked("B-1", Interval.of(day(2), day(2).plus(Duration.ofHours(12))), HOSTER)));

        // 240 h - 30 h - 12 h = 198 h = 8 days 6 hours
        assertThat(attribution.shareOf(VENDOR)).isEqualTo(Duration.ofDays(8).plusHours(6));
        assertThat(attribution.shareOf(OWNER)).isEqualTo(Duration.ofHours(198));
    }

    @Test
    void claimsAreMeasuredOnTheWallClock() {
        // due at the end of 2026-03-20 in Berlin, delivered at the end of 2026-04-10: 21 wall-clock days
        Instant due = WallClock.endOfDay(LocalDate.parse("2026-03-20"), BERLIN);
        Instant delivered = WallClock.endOfDay(LocalDate.parse("2026-04-10"), BERLIN);
        // force majeure over the days 2026-03-28 .. 2026-03-30: 3 wall-clock days, 71 elapsed hours
        Interval flood = Interval.of(WallClock.endOfDay(LocalDate.parse("2026-03-27"), BERLIN),
                WallClock.endOfDay(LocalDate.parse("2026-03-30"), BERLIN));

        DelayAttribution attribution = Attributions.compose(SUBJECT, OWNER, due, Optional.of(delivered), delivered,
                BERLIN, List.of(), List.of(forceMajeure("FM-1", flood)), OWN_RULE);

        assertThat(flood.toDuration()).isEqualTo(Duration.ofHours(71));
        assertThat(attribution.total()).isEqualTo(Duration.ofDays(21));
        // 21 - 3 = 18 days
        assertThat(attribution.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(3));
        assertThat(attribution.shareOf(VENDOR)).isEqualTo(Duration.ofDays(18));
    }

    @Test
    void openObligationIsMeasuredToTheAsOfInstant() {
        DelayAttribution attribution = Attributions.compose(SUBJECT, OWNER, DUE, Optional.empty(), day(12), UTC,
                List.of(), List.of(), OWN_RULE);

        // as of day 12: 2 days late so far
        assertThat(attribution.provisional()).isTrue();
        assertThat(attribution.fulfilled()).isEmpty();
        assertThat(attribution.total()).isEqualTo(Duration.ofDays(2));
    }

    // --- property: the shares add up to the lateness, whatever the shifts -----------------------

    @Property
    void sharesAddUpToTheLateness(@ForAll @IntRange(min = -48, max = 600) int lateHours,
                                  @ForAll @IntRange(min = 0, max = 300) int dependencyHours,
                                  @ForAll("claims") @Size(max = 6) List<IntervalClaim> claims) {
        Instant measuredTo = DUE.plus(Duration.ofHours(lateHours));
        List<Segment> shift = dependencyHours == 0 ? List.of()
                : List.of(dependencyShift(CUSTOMER, Duration.ofHours(dependencyHours)));

        DelayAttribution attribution = compose(DUE, measuredTo, shift, claims);

        Duration lateness = Duration.ofHours(Math.max(0, lateHours));
        assertThat(attribution.total()).isEqualTo(lateness);
        assertThat(attribution.shares().stream().map(Share::length).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(lateness);
        assertThat(attribution.segments()).allSatisfy(s -> assertThat(s.length()).isPositive());
        // no responsible party gets more than the claims and the shift could give it
        Duration claimed = claims.stream().map(c -> c.interval().toDuration()).reduce(Duration.ZERO, Duration::plus);
        assertThat(lateness.minus(attribution.shareOf(VENDOR)))
                .isLessThanOrEqualTo(claimed.plusHours(dependencyHours));
    }

    @Provide
    Arbitrary<List<IntervalClaim>> claims() {
        Arbitrary<IntervalClaim> claim = Combinators.combine(
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 120),
                Arbitraries.of(CUSTOMER, HOSTER, Responsible.EXCUSED),
                Arbitraries.integers().between(1, 9)
        ).as((start, length, who, n) -> new IntervalClaim(
                Interval.of(T0.plus(Duration.ofHours(start)), T0.plus(Duration.ofHours(start + length))),
                who, who.isExcused() ? Cause.FORCE_MAJEURE : Cause.BLOCKED, "E-" + n, "", BLOCKED_RULE));
        return claim.list().ofMaxSize(6).map(ArrayList::new);
    }
}
