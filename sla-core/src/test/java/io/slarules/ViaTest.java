package io.slarules;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A segment's path is shared as it is passed on, and is still a list like any other: equal to,
 * and hashed as, a plain list of the same names.
 */
class ViaTest {

    private static final Segment BORN = Segment.of(Responsible.party("client-b"), Duration.ofDays(3),
            Cause.OWN_DELAY, "O-0", Optional.empty(), Optional.empty(), "", List.of(), List.of("own"));

    @Test
    void pathPassedOnIsEqualAndHashedAsAPlainList() {
        Segment s = BORN;
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            s = s.passedOnFrom("O-" + i, "shift");
            expected.add(0, "O-" + i);
            assertThat(s.via()).isEqualTo(expected);
            assertThat(s.via().hashCode()).isEqualTo(List.copyOf(expected).hashCode());
        }
        assertThat(s.via()).hasSize(50).startsWith("O-50").endsWith("O-1");
        assertThat(s.via().get(48)).isEqualTo("O-2");
        assertThat(s.rules()).containsExactly("own", "shift");
    }

    @Test
    void passingOnSharesTheEarlierPath() {
        Segment once = BORN.passedOnFrom("O-1", "shift").passedOnFrom("O-2", "shift");
        Segment twice = once.passedOnFrom("O-3", "shift");
        // the later path's tail is the earlier path itself, not a copy
        assertThat(twice.via().subList(1, 3)).isEqualTo(once.via());
        assertThat(twice.via()).isInstanceOf(Via.class);
    }

    @Test
    void segmentsWithEqualPathsAreEqual() {
        Segment shared = BORN.passedOnFrom("O-1", "shift").passedOnFrom("O-2", "shift").passedOnFrom("O-3", "shift");
        Segment written = Segment.of(BORN.responsible(), BORN.length(), BORN.cause(), BORN.origin(), BORN.event(),
                BORN.interval(), BORN.reason(), List.of("O-3", "O-2", "O-1"), List.of("own", "shift"));
        assertThat(shared).isEqualTo(written).hasSameHashCodeAs(written);
    }

    @Test
    void pathCannotBeChangedNorHoldNull() {
        Segment passed = BORN.passedOnFrom("O-1", "shift").passedOnFrom("O-2", "shift");
        assertThatThrownBy(() -> passed.via().add("O-9")).isInstanceOf(UnsupportedOperationException.class);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Segment.of(BORN.responsible(), BORN.length(), BORN.cause(), BORN.origin(),
                BORN.event(), BORN.interval(), BORN.reason(), withNull, List.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
