package io.slarules.internal.calc;

import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CaseTrackTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** The instant {@code hours} after 08:00 on 2 March 2026. */
    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private static CaseEvent opened(int hours) {
        return CaseEvent.opened("e-open", "C-1", "web", at(hours), "P1");
    }

    private static CaseEvent event(String id, int hours, CaseEventKind kind) {
        return CaseEvent.of(id, "C-1", "web", at(hours), kind);
    }

    private static CaseEvent status(String id, int hours, String status) {
        return CaseEvent.status(id, "C-1", "web", at(hours), status);
    }

    private static StatusSpan span(String status, int from, int to) {
        return new StatusSpan(status, Interval.of(at(from), at(to)));
    }

    @Test
    void aCaseIsTrackedFromItsOpeningWithItsServiceAndPriority() {
        CaseTrack track = CaseTrack.of(List.of(opened(0), event("e-r", 3, CaseEventKind.RESOLVED)),
                CaseEventKind.RESOLVED, at(10)).orElseThrow();

        assertThat(track).isEqualTo(new CaseTrack("C-1", "web", "P1", at(0), Optional.of(at(3)), List.of()));
    }

    @Test
    void aCaseWithoutAnOpeningHasNoTrack() {
        assertThat(CaseTrack.of(List.of(event("e-r", 3, CaseEventKind.RESOLVED)), CaseEventKind.RESOLVED, at(10))).isEmpty();
    }

    static Stream<Arguments> openings() {
        return Stream.of(
                // opened before the instant known: tracked
                arguments(Duration.ofHours(-1), true),
                arguments(Duration.ofSeconds(-1), true),
                // opened exactly at it, or after: not yet a case
                arguments(Duration.ZERO, false),
                arguments(Duration.ofHours(1), false));
    }

    @ParameterizedTest(name = "opened {0} from the instant known: tracked {1}")
    @MethodSource("openings")
    void aCaseIsKnownOnlyOnceItOpenedBeforeTheInstantKnown(Duration openedFromAsOf, boolean tracked) {
        Instant asOf = at(5);
        CaseEvent open = CaseEvent.opened("e-open", "C-1", "web", asOf.plus(openedFromAsOf), "P1");

        assertThat(CaseTrack.of(List.of(open), CaseEventKind.RESOLVED, asOf).isPresent()).isEqualTo(tracked);
    }

    static Stream<Arguments> stops() {
        return Stream.of(
                // a response clock stops at the response
                arguments(CaseEventKind.RESPONDED, List.of(event("e-a", 2, CaseEventKind.RESPONDED), event("e-b", 4, CaseEventKind.RESOLVED)), Optional.of(2)),
                // a resolution also stops a response clock, whichever comes first
                arguments(CaseEventKind.RESPONDED, List.of(event("e-b", 4, CaseEventKind.RESOLVED)), Optional.of(4)),
                // a response does not stop a resolution clock
                arguments(CaseEventKind.RESOLVED, List.of(event("e-a", 2, CaseEventKind.RESPONDED), event("e-b", 4, CaseEventKind.RESOLVED)), Optional.of(4)),
                arguments(CaseEventKind.RESOLVED, List.of(event("e-a", 2, CaseEventKind.RESPONDED)), Optional.empty()),
                // a stop at or after the instant known has not happened yet (the instant is 6 h)
                arguments(CaseEventKind.RESOLVED, List.of(event("e-b", 6, CaseEventKind.RESOLVED)), Optional.empty()),
                arguments(CaseEventKind.RESOLVED, List.of(event("e-b", 7, CaseEventKind.RESOLVED)), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} clock with {1}")
    @MethodSource("stops")
    void theClockStopsAtTheFirstStopEventBeforeTheInstantKnown(CaseEventKind stop, List<CaseEvent> after, Optional<Integer> stoppedAt) {
        List<CaseEvent> events = Stream.concat(Stream.of(opened(0)), after.stream()).toList();

        CaseTrack track = CaseTrack.of(events, stop, at(6)).orElseThrow();

        assertThat(track.stopped()).isEqualTo(stoppedAt.map(CaseTrackTest::at));
        // the span runs to the stop, else to the instant asked
        assertThat(track.span(at(6))).isEqualTo(Interval.of(at(0), stoppedAt.map(CaseTrackTest::at).orElse(at(6))));
    }

    @Test
    void statusesAreSpansFromEachChangeToTheNextAndTheLastToTheStop() {
        // opened 0, waiting-on-customer 1..3, in-progress 3..5, resolved 5
        List<CaseEvent> events = List.of(opened(0), status("s1", 1, "waiting-on-customer"), status("s2", 3, "in-progress"),
                event("e-r", 5, CaseEventKind.RESOLVED));

        CaseTrack track = CaseTrack.of(events, CaseEventKind.RESOLVED, at(10)).orElseThrow();

        assertThat(track.statuses()).containsExactly(span("waiting-on-customer", 1, 3), span("in-progress", 3, 5));
    }

    @Test
    void anOpenCasesLastStatusRunsToTheInstantKnown() {
        List<CaseEvent> events = List.of(opened(0), status("s1", 2, "waiting-on-customer"));

        CaseTrack track = CaseTrack.of(events, CaseEventKind.RESOLVED, at(7)).orElseThrow();

        assertThat(track.statuses()).containsExactly(span("waiting-on-customer", 2, 7));
        assertThat(track.stopped()).isEmpty();
    }

    @Test
    void statusesOutsideTheOpenCaseAreIgnored() {
        // a status before the opening, one at the stop and one after it: none of them is the case's;
        // a status at the opening instant is
        List<CaseEvent> events = List.of(status("s0", -1, "early"), opened(0), status("s1", 0, "triage"),
                event("e-r", 4, CaseEventKind.RESOLVED), status("s2", 4, "at-stop"), status("s3", 5, "late"));

        CaseTrack track = CaseTrack.of(events, CaseEventKind.RESOLVED, at(10)).orElseThrow();

        assertThat(track.statuses()).containsExactly(span("triage", 0, 4));
    }

    @Test
    void twoChangesAtOneInstantLeaveNoEmptySpan() {
        // "a" and "b" both at 1: "a" lasted no time; "b" runs 1..3
        List<CaseEvent> events = List.of(opened(0), status("s1", 1, "a"), status("s2", 1, "b"),
                event("e-r", 3, CaseEventKind.RESOLVED));

        CaseTrack track = CaseTrack.of(events, CaseEventKind.RESOLVED, at(10)).orElseThrow();

        assertThat(track.statuses()).containsExactly(span("b", 1, 3));
    }
}
