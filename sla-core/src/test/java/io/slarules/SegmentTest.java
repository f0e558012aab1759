package io.slarules;

import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SegmentTest {

    private static final Interval WEEK = Interval.of(Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-09T00:00:00Z"));
    private static final Segment SPEC_LATE = Segment.of(Responsible.party("CUSTOMER"), Duration.ofDays(7),
            Cause.BLOCKED, "SPEC-1", Optional.of("B-1"), Optional.of(WEEK), "waiting", List.of(), List.of("blocked"));

    @Test
    void truncatedToLessKeepsTheWholeInterval() {
        Segment shorter = SPEC_LATE.truncatedTo(Duration.ofDays(2));

        assertThat(shorter.length()).isEqualTo(Duration.ofDays(2));
        assertThat(shorter.interval()).contains(WEEK);
        assertThat(shorter.responsible()).isEqualTo(SPEC_LATE.responsible());
        assertThat(shorter.event()).contains("B-1");
    }

    @Test
    void truncatedToAsMuchOrMoreIsTheSameSegment() {
        assertThat(SPEC_LATE.truncatedTo(Duration.ofDays(7))).isSameAs(SPEC_LATE);
        assertThat(SPEC_LATE.truncatedTo(Duration.ofDays(8))).isSameAs(SPEC_LATE);
    }

    @Test
    void passedOnFromItsOriginAddsNoStep() {
        Segment passed = SPEC_LATE.passedOnFrom("SPEC-1", "dependency");

        assertThat(passed.via()).isEmpty();
        assertThat(passed.origin()).isEqualTo("SPEC-1");
        assertThat(passed.rules()).containsExactly("blocked", "dependency");
    }

    @Test
    void passedOnFurtherListsTheNearestObligationFirst() {
        // born on SPEC-1, passed to DESIGN-1, then from DESIGN-1 to BUILD-1, then from BUILD-1 on
        Segment passed = SPEC_LATE.passedOnFrom("SPEC-1", "dependency")
                .passedOnFrom("DESIGN-1", "dependency")
                .passedOnFrom("BUILD-1", "dependency");

        assertThat(passed.via()).containsExactly("BUILD-1", "DESIGN-1");
        // the rule is recorded once
        assertThat(passed.rules()).containsExactly("blocked", "dependency");
        assertThat(passed.length()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void negativeLengthIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Segment.of(Responsible.party("VENDOR"),
                Duration.ofDays(-1), Cause.OWN_DELAY, "DELIVERY-1", Optional.empty(), Optional.empty(), "",
                List.of(), List.of()));
    }
}
