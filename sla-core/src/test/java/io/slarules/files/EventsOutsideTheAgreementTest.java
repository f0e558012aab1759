package io.slarules.files;

import io.slarules.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 12: an event wholly outside the agreement's effective dates (2026-03-01 to
 * 2027-03-01 in Europe/Berlin) is refused with its id, never silently ignored.
 */
class EventsOutsideTheAgreementTest {

    @Test
    void fulfilmentIn2019AndBlockIn2031AreRefusedWithTheirIds() {
        String text = SampleFiles.replaced("timeline.yaml", "{id: F-2, obligation: SPEC-1, at: 2026-03-23}",
                "{id: F-2, obligation: SPEC-1, at: 2019-03-23}")
                .replace("from: 2026-05-11\n    to: 2026-05-15", "from: 2031-05-11\n    to: 2031-05-15");
        List<Problem> problems = problems(() -> Timelines.parse(text, "t.yaml", true, SampleFiles.agreement()));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("fulfilments[F-2].at", "blocked[B-1]");
        assertThat(problems).allSatisfy(p -> assertThat(p.message())
                .contains("lies outside the agreement's effective dates 2026-03-01..2027-03-01 (in Europe/Berlin)"));
    }

    @Test
    void fulfilmentAtTheVeryEndOfTheAgreementIsAccepted() {
        // 2027-02-28 means the end of that day, the agreement's own end: still inside
        String text = SampleFiles.replaced("timeline.yaml", "{id: F-2, obligation: SPEC-1, at: 2026-03-23}",
                "{id: F-2, obligation: SPEC-1, at: 2027-02-28}");

        assertThat(Timelines.parse(text, "t.yaml", true, SampleFiles.agreement()).fulfilments()).hasSize(3);
    }
}
