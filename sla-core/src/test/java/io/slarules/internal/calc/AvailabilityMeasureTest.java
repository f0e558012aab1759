package io.slarules.internal.calc;

import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calc.Downtime;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.calendar.HolidaySource;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AvailabilityMeasureTest {

    private static final Responsible ACME = Responsible.party("acme");
    private static final Responsible CUSTOMER = Responsible.party("customer");
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    /** A window of 100 hours: one hour down is one percentage point. */
    private static final Interval WINDOW = h(0, 100);
    private static final BusinessCalendar ALWAYS = BusinessCalendar.always(ZoneOffset.UTC);

    private static Interval h(int from, int to) {
        return Interval.of(START.plus(Duration.ofHours(from)), START.plus(Duration.ofHours(to)));
    }

    private static Interval s(long from, long to) {
        return Interval.of(START.plusSeconds(from), START.plusSeconds(to));
    }

    private static Downtime own(Interval i) {
        return new Downtime(ACME, i, true, "own");
    }

    private static Downtime customers(Interval i) {
        return new Downtime(CUSTOMER, i, false, "theirs");
    }

    private static Downtime excused(Interval i) {
        return new Downtime(Responsible.EXCUSED, i, false, "maintenance");
    }

    private static AvailabilityObjective objective(Denominator denominator, Duration minimumOutage,
                                                   Optional<RoundingMode> rounding) {
        return new AvailabilityObjective("uptime", "", "web", "acme", "customer", MeasurementWindow.month(), null,
                new BigDecimal("99.9"), denominator, minimumOutage, rounding);
    }

    private static AvailabilityMeasure measure(List<Downtime> downtime) {
        return AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ZERO, Optional.empty()), ACME, WINDOW,
                ALWAYS, downtime);
    }

    @Test
    void noDowntimeIsAHundredPercent() {
        AvailabilityMeasure m = measure(List.of());

        assertThat(m.measured()).isEqualTo(Duration.ofHours(100));
        assertThat(m.denominator()).isEqualTo(Duration.ofHours(100));
        assertThat(m.counted()).isZero();
        assertThat(m.lostTime()).isEmpty();
        assertThat(m.achieved()).isEqualByComparingTo("100").hasScaleOf(AvailabilityMeasure.SCALE);
    }

    static Stream<Arguments> attributions() {
        return Stream.of(
                // 1 h of 100 h down: 99 %
                arguments("one own hour", List.of(own(h(1, 2))), "1", List.of(new Share(ACME, Duration.ofHours(1))), "99"),
                // overlapping own outages count once: 1-3 and 2-4 are 3 h
                arguments("overlapping own outages, unsorted", List.of(own(h(2, 4)), own(h(1, 3))), "3",
                        List.of(new Share(ACME, Duration.ofHours(3))), "97"),
                // excused 1-3 explains 2-3 of own 2-4: own counts 3-4 only
                arguments("excused over own", List.of(own(h(2, 4)), excused(h(1, 3))), "1",
                        List.of(new Share(ACME, Duration.ofHours(1)), new Share(Responsible.EXCUSED, Duration.ofHours(2))), "99"),
                // the customer's 1-3 explains 2-3 of own 2-5: own counts 3-5 = 2 h
                arguments("the customer's over own", List.of(own(h(2, 5)), customers(h(1, 3))), "2",
                        List.of(new Share(ACME, Duration.ofHours(2)), new Share(CUSTOMER, Duration.ofHours(2))), "98"),
                // excused 1-3 comes before the customer's 2-5: the customer loses 3-5 = 2 h, excused 2 h
                arguments("excused over the customer's", List.of(customers(h(2, 5)), excused(h(1, 3))), "0",
                        List.of(new Share(CUSTOMER, Duration.ofHours(2)), new Share(Responsible.EXCUSED, Duration.ofHours(2))), "100"),
                // downtime reaching outside the window counts only inside: -5..1 and 99..110 are 2 h
                arguments("outside the window", List.of(own(h(-5, 1)), own(h(99, 110)), excused(h(-9, -1))), "2",
                        List.of(new Share(ACME, Duration.ofHours(2))), "98"),
                // all of the window down: 0 %
                arguments("the whole window", List.of(own(h(0, 100))), "100", List.of(new Share(ACME, Duration.ofHours(100))), "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributions")
    void anInstantOfDowntimeCountsOnceAgainstWhoeverExplainsItFirst(String what, List<Downtime> downtime, String countedHours,
                                                                  List<Share> lostTime, String achieved) {
        AvailabilityMeasure m = measure(downtime);

        assertThat(m.counted()).isEqualTo(Duration.ofHours(Long.parseLong(countedHours)));
        assertThat(m.lostTime()).containsExactlyInAnyOrderElementsOf(lostTime);
        assertThat(m.achieved()).isEqualByComparingTo(achieved).hasScaleOf(AvailabilityMeasure.SCALE);
    }

    @Test
    void achievedIsTruncatedNeverRoundedUp() {
        // 1 h down in a 3 h window: 2/3 = 66.66666666666.. -> 66.6666666666 (rounding would give ..67)
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ZERO, Optional.empty()),
                ACME, h(0, 3), ALWAYS, List.of(own(h(1, 2))));

        assertThat(m.achieved()).isEqualTo(new BigDecimal("66.6666666666"));
    }

    static Stream<Arguments> denominators() {
        return Stream.of(
                // 10 h excused, 9 h own down: whole window (100 - 9) / 100 = 91 %
                arguments(Denominator.WHOLE_WINDOW, "100", "91"),
                // less excluded: (90 - 9) / 90 = 90 %
                arguments(Denominator.WINDOW_LESS_EXCLUDED, "90", "90"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denominators")
    void excludedTimeLeavesTheDenominatorOnlyWhenTheObjectiveSaysSo(Denominator denominator, String denominatorHours,
                                                                  String achieved) {
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(denominator, Duration.ZERO, Optional.empty()), ACME, WINDOW,
                ALWAYS, List.of(excused(h(50, 60)), own(h(1, 10))));

        assertThat(m.measured()).isEqualTo(Duration.ofHours(100));
        assertThat(m.denominator()).isEqualTo(Duration.ofHours(Long.parseLong(denominatorHours)));
        assertThat(m.achieved()).isEqualByComparingTo(achieved);
    }

    @Test
    void aWindowAllExcludedIsAHundredPercent() {
        // nothing left to measure: the denominator is zero, and an empty denominator breaches nothing
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WINDOW_LESS_EXCLUDED, Duration.ZERO, Optional.empty()),
                ACME, WINDOW, ALWAYS, List.of(excused(h(0, 100))));

        assertThat(m.denominator()).isZero();
        assertThat(m.achieved()).isEqualTo(new BigDecimal("100.0000000000"));
    }

    static Stream<Arguments> minimumOutages() {
        return Stream.of(
                // a 29-minute outage is shorter than the 30-minute minimum: it does not count
                arguments(29 * 60, 0),
                // exactly the minimum counts
                arguments(30 * 60, 30 * 60),
                arguments(31 * 60, 31 * 60));
    }

    @ParameterizedTest(name = "an outage of {0} s against a 30 min minimum counts {1} s")
    @MethodSource("minimumOutages")
    void anOutageShorterThanTheMinimumDoesNotCount(long seconds, long counted) {
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ofMinutes(30), Optional.empty()),
                ACME, WINDOW, ALWAYS, List.of(own(s(3600, 3600 + seconds))));

        assertThat(m.counted()).isEqualTo(Duration.ofSeconds(counted));
    }

    @Test
    void theMinimumAppliesToTheMergedOutage() {
        // two touching 20-minute outages are one 40-minute outage: above a 30-minute minimum
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ofMinutes(30), Optional.empty()),
                ACME, WINDOW, ALWAYS, List.of(own(s(1200, 2400)), own(s(0, 1200))));

        assertThat(m.counted()).isEqualTo(Duration.ofMinutes(40));
    }

    static Stream<Arguments> roundings() {
        return Stream.of(
                // 61 s: UP -> 2 min, DOWN -> 1 min, HALF_UP -> 1 min
                arguments(61, RoundingMode.UP, 2),
                arguments(61, RoundingMode.DOWN, 1),
                arguments(61, RoundingMode.HALF_UP, 1),
                // 90 s is a tie: HALF_UP -> 2 min, HALF_DOWN -> 1 min
                arguments(90, RoundingMode.HALF_UP, 2),
                arguments(90, RoundingMode.HALF_DOWN, 1));
    }

    @ParameterizedTest(name = "{0} s rounded {1} is {2} min")
    @MethodSource("roundings")
    void eachOutageIsRoundedToWholeMinutes(long seconds, RoundingMode mode, long minutes) {
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ZERO, Optional.of(mode)),
                ACME, WINDOW, ALWAYS, List.of(own(s(0, seconds))));

        assertThat(m.counted()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(m.lostTime()).containsExactly(new Share(ACME, Duration.ofMinutes(minutes)));
    }

    @Test
    void roundedDowntimeBeyondTheWindowIsNoUptimeNotNegativeUptime() {
        // a 90 s window all down, rounded UP to 2 min: more down than measured, 0 % rather than below
        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ZERO, Optional.of(RoundingMode.UP)),
                ACME, s(0, 90), ALWAYS, List.of(own(s(0, 90))));

        assertThat(m.counted()).isEqualTo(Duration.ofMinutes(2));
        assertThat(m.achieved()).isEqualByComparingTo("0").hasScaleOf(AvailabilityMeasure.SCALE);
    }

    @Test
    void onlyBusinessTimeIsMeasured() {
        // Monday 2 March 2026, 09:00-17:00 on weekdays: the window is Monday 00:00 to Tuesday 00:00, 8 h of business
        // time; an own outage 16:00-20:00 loses 1 h of it: 7/8 = 87.5 %; one at 21:00-22:00 loses nothing
        BusinessCalendar office = BusinessCalendar.of(ZoneOffset.UTC,
                WeeklyHours.mondayToFriday(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0))), HolidaySource.none());

        AvailabilityMeasure m = AvailabilityMeasure.of(objective(Denominator.WHOLE_WINDOW, Duration.ZERO, Optional.empty()),
                ACME, h(0, 24), office, List.of(own(h(16, 20)), own(h(21, 22))));

        assertThat(m.measured()).isEqualTo(Duration.ofHours(8));
        assertThat(m.counted()).isEqualTo(Duration.ofHours(1));
        assertThat(m.achieved()).isEqualByComparingTo("87.5");
    }
}
