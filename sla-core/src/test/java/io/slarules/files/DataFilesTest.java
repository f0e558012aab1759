package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.servicelevels.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@link DataFiles#read}: an agreement with its timeline and history files, every problem of them all at once. */
class DataFilesTest {

    @TempDir
    Path dir;

    /** The sample agreement with a malformed due date (KICKOFF-1), an unknown owner and a clause id given twice. */
    private Path agreementWithThreeProblems() throws IOException {
        return Files.writeString(dir.resolve("agreement.yaml"), SampleFiles.text("agreement.yaml")
                .replace("    due: 2026-03-02\n", "    due: 2026-03-32\n")
                .replace("    owner: client-b\n", "    owner: client-c\n")
                .replace("id: \"12.2\"", "id: \"12.1\""));
    }

    /** A timeline of NW-CB-2026 with an unknown obligation and a malformed date; F-1 fulfils the broken KICKOFF-1. */
    private Path timelineWithTwoProblems() throws IOException {
        return Files.writeString(dir.resolve("timeline.yaml"), """
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: KICKOFF-1, at: 2026-03-02}
                  - {id: F-2, obligation: SPEC-9, at: 2026-03-23}
                  - {id: F-3, obligation: DELIVERY-1, at: 2026-04-31}
                """);
    }

    private static List<Problem> problems(Path agreement, List<Path> timelines, Optional<Path> history) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DataFiles.read(agreement, Optional.empty(), timelines, history));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    @Test
    void readsValidFilesTogether() {
        DataFiles.Inputs read = DataFiles.read(SampleFiles.path("agreement.yaml"), Optional.empty(),
                List.of(SampleFiles.path("timeline.yaml")), Optional.empty());

        assertThat(read.agreement()).isEqualTo(SampleFiles.agreement());
        assertThat(read.timelines()).containsExactly(Timelines.read(SampleFiles.path("timeline.yaml"), read.agreement()));
        assertThat(read.subscribers()).isEmpty();
        assertThat(read.history()).isEqualTo(History.empty());
    }

    @Test
    void everyProblemOfTheAgreementAndItsTimelineIsInOneRefusal() throws IOException {
        Path agreement = agreementWithThreeProblems();
        Path timeline = timelineWithTwoProblems();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DataFiles.read(agreement, Optional.empty(), List.of(timeline), Optional.empty()));

        assertThat(e.agreementId()).contains("NW-CB-2026");
        // no "unknown obligation KICKOFF-1", neither for SPEC-1's dependency nor for F-1: it is there, only broken
        assertThat(e.problems()).extracting(Problem::source, Problem::path, Problem::message).containsExactly(
                tuple(agreement.toString(), "obligations[0].due", "not a date: \"2026-03-32\" (no such day in the calendar)"),
                tuple(agreement.toString(), "obligations[1].owner", "unknown party client-c"),
                tuple(agreement.toString(), "penalties[1].id", "duplicate clause id 12.1"),
                tuple(timeline.toString(), "fulfilments[F-3].at", "not a date: \"2026-04-31\" (no such day in the calendar)"),
                tuple(timeline.toString(), "fulfilments[F-2].obligation", "fulfilment of unknown obligation SPEC-9"));
    }

    @Test
    void aTimelineOfAnAgreementWithoutAZoneIsCheckedForItsOwnFields() throws IOException {
        // without a zone the timeline's dates have no instants, so nothing is checked against the agreement
        Path agreement = Files.writeString(dir.resolve("agreement.yaml"),
                SampleFiles.replaced("agreement.yaml", "zone: Europe/Berlin\n", ""));
        Path timeline = timelineWithTwoProblems();

        List<Problem> problems = problems(agreement, List.of(timeline), Optional.empty());

        assertThat(problems).extracting(Problem::source, Problem::path).containsExactly(
                tuple(agreement.toString(), "zone"),
                tuple(timeline.toString(), "fulfilments[F-3].at"));
    }

    @Test
    void aTimelineOfAnotherAgreementIsReportedWithTheAgreementsProblems() throws IOException {
        Path agreement = agreementWithThreeProblems();
        Path timeline = Files.writeString(dir.resolve("timeline.yaml"), """
                agreement: NW-CB-2027
                fulfilments:
                  - {id: F-2, obligation: SPEC-9, at: 2026-03-23}
                """);

        List<Problem> problems = problems(agreement, List.of(timeline), Optional.empty());

        assertThat(problems).hasSize(4).last().isEqualTo(Problem.at(timeline.toString(), "agreement",
                "names agreement \"NW-CB-2027\", but it is read for agreement \"NW-CB-2026\""));
    }

    @Test
    void anAgreementInEffectForNoDayLeavesTheTimelinesDatesUnchecked() throws IOException {
        // every event would lie outside an empty range: that is the agreement's one problem
        Path agreement = Files.writeString(dir.resolve("agreement.yaml"), SampleFiles.replaced("agreement.yaml",
                "effective: {from: 2026-03-01, to: 2027-03-01}", "effective: {from: 2026-03-01, to: 2026-03-01}"));

        List<Problem> problems = problems(agreement, List.of(SampleFiles.path("timeline.yaml")), Optional.empty());

        assertThat(problems).extracting(Problem::path).containsExactly("effective");
    }

    @Test
    void aHistoryOfAnAgreementWithProblemsIsCheckedForItsOwnFields() throws IOException {
        Path agreement = Files.writeString(dir.resolve("agreement.yaml"),
                SampleFiles.replaced("service-levels.yaml", "target: 99.95\n", "target: 199.95\n"));
        Path history = Files.writeString(dir.resolve("history.yaml"),
                SampleFiles.replaced("history.yaml", "month: 2026-02,", "month: 2026-13,"));

        List<Problem> problems = problems(agreement, List.of(), Optional.of(history));

        assertThat(problems).extracting(Problem::source, Problem::path).containsExactly(
                tuple(agreement.toString(), "objectives[0].target"),
                tuple(history.toString(), "months[0].month"));
    }

    @Test
    void aFileThatCannotBeReadIsOneProblemAmongTheOthers() throws IOException {
        Path agreement = agreementWithThreeProblems();
        Path missing = dir.resolve("missing-timeline.yaml");

        List<Problem> problems = problems(agreement, List.of(missing), Optional.empty());

        assertThat(problems).hasSize(4).last().satisfies(p -> {
            assertThat(p.source()).isEqualTo(missing.toString());
            assertThat(p.message()).startsWith("cannot be read: no such file");
        });
    }

    @Test
    void theSubscribersOfAServiceBasedAgreementAreReadWithTheirTimelines() throws IOException {
        Path agreement = SampleFiles.path("subscriptions.yaml");
        List<Path> timelines = List.of(subscriberTimeline("S-1"), subscriberTimeline("S-2"), subscriberTimeline("S-3"));

        DataFiles.Inputs read = DataFiles.read(agreement, Optional.empty(), timelines, Optional.empty());

        assertThat(read.timelines()).isEmpty();
        assertThat(read.subscribers()).extracting(s -> s.subscription().id()).containsExactly("S-1", "S-2", "S-3");
    }

    @Test
    void aSubscriptionWithoutATimelineNamesTheAgreementFile() throws IOException {
        Path agreement = SampleFiles.path("subscriptions.yaml");

        List<Problem> problems = problems(agreement, List.of(subscriberTimeline("S-1"), subscriberTimeline("S-3")),
                Optional.empty());

        assertThat(problems).containsExactly(Problem.at(agreement.toString(), "subscriptions[S-2]",
                "no timeline file names agreement STD-HOSTING/S-2"));
    }

    private Path subscriberTimeline(String subscription) throws IOException {
        return Files.writeString(dir.resolve(subscription + "-timeline.yaml"), "agreement: STD-HOSTING/" + subscription + "\n");
    }
}
