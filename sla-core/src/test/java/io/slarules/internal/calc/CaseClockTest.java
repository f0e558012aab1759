package io.slarules.internal.calc;

import io.slarules.CaseResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.calendar.HolidaySource;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.internal.calc.CaseClock.Pause;
import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CaseClockTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Responsible CUSTOMER = Responsible.party("customer");
    private static final Responsible CARRIER = Responsible.party("carrier");
    private static final BusinessCalendar ALWAYS = BusinessCalendar.always(ZoneOffset.UTC);

    /** The instant {@code hours} after midnight of Monday 2 March 2026. */
    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static Interval h(int from, int to) {
        return Interval.of(at(from), at(to));
    }

    /** A case opened at 0 and stopped at {@code stoppedAt} hours, if it was. */
    private static CaseTrack track(Optional<Integer> stoppedAt) {
        return new CaseTrack("C-1", "web", "P1", at(0), stoppedAt.map(CaseClockTest::at), List.of());
    }

    static Stream<Arguments> targets() {
        return Stream.of(
                // 10 h taken against 11 h allowed, and against exactly 10 h: met
                arguments(11, Optional.empty()),
                arguments(10, Optional.empty()),
                // against 9 h: breached when the 9th hour ran out
                arguments(9, Optional.of(9)));
    }

    @ParameterizedTest(name = "10 h against {0} h allowed breaches at {1}")
    @MethodSource("targets")
    void aCaseBreachesOnlyWhenItTakesLongerThanAllowed(int targetHours, Optional<Integer> breachedAt) {
        CaseResult result = CaseClock.measure(track(Optional.of(10)), Duration.ofHours(targetHours), ALWAYS, List.of(), at(20));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(10));
        assertThat(result.target()).isEqualTo(Duration.ofHours(targetHours));
        assertThat(result.breachedAt()).isEqualTo(breachedAt.map(CaseClockTest::at));
        assertThat(result.stopped()).isTrue();
        assertThat(result.caseId()).isEqualTo("C-1");
        assertThat(result.priority()).isEqualTo("P1");
    }

    @Test
    void anOpenCaseIsMeasuredToTheInstantKnown() {
        // open since 0, known at 6: 6 h so far, within 8 h
        CaseResult result = CaseClock.measure(track(Optional.empty()), Duration.ofHours(8), ALWAYS, List.of(), at(6));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(6));
        assertThat(result.stopped()).isFalse();
        assertThat(result.breached()).isFalse();
    }

    @Test
    void pausedTimeDoesNotRunTheClockAndMovesTheBreach() {
        // 0..10 with the customer's pause 2..5: 7 h of clock; 4 h allowed run out at 2 + (4 - 2) after 5 = 7
        CaseResult result = CaseClock.measure(track(Optional.of(10)), Duration.ofHours(4), ALWAYS,
                List.of(new Pause(CUSTOMER, h(2, 5))), at(20));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(7));
        assertThat(result.breachedAt()).contains(at(7));
        assertThat(result.pauses()).containsExactly(new Share(CUSTOMER, Duration.ofHours(3)));
    }

    @Test
    void pausesCountOnlyInsideTheCase() {
        // pauses -5..1 and 9..15 reach outside 0..10: 1 h and 1 h of them count; one at 12..13 not at all
        CaseResult result = CaseClock.measure(track(Optional.of(10)), Duration.ofHours(20), ALWAYS,
                List.of(new Pause(CUSTOMER, h(-5, 1)), new Pause(CUSTOMER, h(9, 15)), new Pause(CARRIER, h(12, 13))), at(20));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(8));
        assertThat(result.pauses()).containsExactly(new Share(CUSTOMER, Duration.ofHours(2)));
    }

    @Test
    void overlappingPausesOfOnePartyCountOnceAndPartiesAreListedInOrder() {
        // customer 3..6 and 1..4 (unsorted) are 1..6 = 5 h; the carrier's 5..8 is 3 h of its own;
        // the clock stops over the union 1..8: 10 - 7 = 3 h
        CaseResult result = CaseClock.measure(track(Optional.of(10)), Duration.ofHours(20), ALWAYS,
                List.of(new Pause(CUSTOMER, h(3, 6)), new Pause(CUSTOMER, h(1, 4)), new Pause(CARRIER, h(5, 8))), at(20));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(3));
        assertThat(result.pauses()).containsExactly(new Share(CARRIER, Duration.ofHours(3)), new Share(CUSTOMER, Duration.ofHours(5)));
    }

    @Test
    void aPauseOutsideBusinessHoursIsNoShare() {
        // Monday 09:00-17:00: the case runs 09:00..17:00 (8 h); a pause 18:00..20:00 costs no business time
        BusinessCalendar office = BusinessCalendar.of(ZoneOffset.UTC,
                WeeklyHours.mondayToFriday(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0))), HolidaySource.none());
        CaseTrack track = new CaseTrack("C-1", "web", "P1", at(9), Optional.of(at(21)), List.of());

        CaseResult result = CaseClock.measure(track, Duration.ofHours(8), office, List.of(new Pause(CUSTOMER, h(18, 20))), at(30));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(8));
        assertThat(result.pauses()).isEmpty();
        assertThat(result.breached()).isFalse();
    }

    @Test
    void theBreachFallsOnTheCalendarsBusinessTime() {
        // Monday 09:00-17:00: opened 09:00, 10 business hours allowed run out Tuesday 11:00
        BusinessCalendar office = BusinessCalendar.of(ZoneOffset.UTC,
                WeeklyHours.mondayToFriday(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0))), HolidaySource.none());
        CaseTrack track = new CaseTrack("C-1", "web", "P1", at(9), Optional.empty(), List.of());

        CaseResult result = CaseClock.measure(track, Duration.ofHours(10), office, List.of(), at(24 + 17));

        assertThat(result.businessTime()).isEqualTo(Duration.ofHours(16));
        assertThat(result.breachedAt()).contains(at(24 + 11));
    }

    @Test
    void aCaseCountsWhenItBreachedElseWhenItStopped() {
        CaseTrack stopped = track(Optional.of(10));
        CaseResult breached = CaseClock.measure(stopped, Duration.ofHours(4), ALWAYS, List.of(), at(20));
        CaseResult met = CaseClock.measure(stopped, Duration.ofHours(12), ALWAYS, List.of(), at(20));
        CaseTrack open = track(Optional.empty());
        CaseResult openAndWithin = CaseClock.measure(open, Duration.ofHours(12), ALWAYS, List.of(), at(6));

        assertThat(CaseClock.countedAt(breached, stopped)).contains(at(4));
        assertThat(CaseClock.countedAt(met, stopped)).contains(at(10));
        assertThat(CaseClock.countedAt(openAndWithin, open)).isEmpty();
    }
}
