package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.assertProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TimelinesTest {

    private static final String SOURCE = "nw-cb-2026-timeline.yaml";
    private static final Agreement AGREEMENT = SampleFiles.agreement();

    private static Timeline readReplacing(String piece, String replacement) {
        return Timelines.parse(SampleFiles.replaced("timeline.yaml", piece, replacement), SOURCE, true, AGREEMENT);
    }

    private static List<Problem> problemsReplacing(String piece, String replacement) {
        return problems(() -> readReplacing(piece, replacement));
    }

    private static Timeline sample() {
        return Timelines.read(SampleFiles.path("timeline.yaml"), AGREEMENT);
    }

    // --- reading what is right

    @Test
    void readsEveryEventOfTheSampleTimeline() {
        Timeline timeline = sample();

        assertThat(timeline.fulfilments()).extracting(Fulfilment::id).containsExactly("F-1", "F-2", "F-3");
        assertThat(timeline.blocked()).extracting(BlockedInterval::id, BlockedInterval::obligations, BlockedInterval::responsible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B-1", List.of("DELIVERY-3"), "client-b"));
        assertThat(timeline.forceMajeure()).singleElement().satisfies(fm -> assertThat(fm.reason()).isEqualTo("flood"));
    }

    @Test
    void yamlAndJsonFormsReadToEqualTimelines() {
        Timeline json = Timelines.read(SampleFiles.path("timeline.json"), AGREEMENT);

        assertThat(json).isEqualTo(sample());
    }

    @Test
    void dateOnlyFulfilmentMeansTheEndOfThatDayInTheAgreementsZone() {
        Fulfilment spec = sample().fulfilments().get(1);

        // 2026-03-23 ends at midnight, 2026-03-24T00:00 in Berlin, which is at +01:00 in March
        assertThat(spec.at()).isEqualTo(Instant.parse("2026-03-23T23:00:00Z"));
    }

    @Test
    void dateOnlyIntervalMeansTheStartOfEachDayInTheAgreementsZone() {
        Interval interval = sample().blocked().get(0).interval();

        // Berlin is at +02:00 in May
        assertThat(interval).isEqualTo(Interval.of(Instant.parse("2026-05-10T22:00:00Z"), Instant.parse("2026-05-14T22:00:00Z")));
    }

    @Test
    void instantWithOffsetIsReadAsWritten() {
        assertThat(sample().fulfilments().get(0).at()).isEqualTo(Instant.parse("2026-03-02T10:30:00Z"));
    }

    @Test
    void identicalEventGivenTwiceCountsOnce() {
        Timeline timeline = readReplacing("  - {id: F-3,", "  - {id: F-1, obligation: KICKOFF-1, at: 2026-03-02T11:30:00+01:00}\n  - {id: F-3,");

        assertThat(timeline).isEqualTo(sample());
    }

    // --- problems of one event

    @Test
    void malformedInstantIsAProblemAtTheEventsId() {
        List<Problem> problems = problemsReplacing("at: 2026-03-02T11:30:00+01:00", "at: 2026-03-02T11:30:00");

        assertOnlyProblem(problems, SOURCE, "fulfilments[F-1].at", "has no offset");
    }

    @Test
    void eventWithoutIdIsPlacedByItsIndex() {
        List<Problem> problems = problemsReplacing("{id: F-2, obligation: SPEC-1, at: 2026-03-23}",
                "{obligation: SPEC-1, at: 2026-03-32}");

        assertThat(problems).satisfiesExactly(
                p -> assertProblem(p, SOURCE, "fulfilments[1].id", "is required"),
                p -> assertProblem(p, SOURCE, "fulfilments[1].at", "not a date: \"2026-03-32\""));
    }

    @Test
    void unknownFieldOfAnEventIsAProblem() {
        List<Problem> problems = problemsReplacing("reason: flood", "cause: flood");

        assertOnlyProblem(problems, SOURCE, "forceMajeure[FM-1].cause", "unknown field \"cause\" (allowed: id, from, to, reason, affects)");
    }

    @Test
    void intervalThatEndsBeforeItStartsIsAProblem() {
        List<Problem> problems = problemsReplacing("to: 2026-05-15", "to: 2026-05-09");

        assertOnlyProblem(problems, SOURCE, "blocked[B-1].to", "ends before it starts");
    }

    @Test
    void twoDifferentEventsWithOneIdAreAProblem() {
        List<Problem> problems = problemsReplacing("{id: F-3,", "{id: F-2,");

        assertOnlyProblem(problems, SOURCE, "events[F-2]", "two different events share the id F-2");
    }

    // --- the timeline against its agreement

    @Test
    void agreementIdMismatchIsAProblem() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> readReplacing("agreement: NW-CB-2026", "agreement: NW-CB-2025"));

        assertOnlyProblem(e.problems(), SOURCE, "agreement",
                "names agreement \"NW-CB-2025\", but it is read for agreement \"NW-CB-2026\"");
        assertThat(e.agreementId()).contains("NW-CB-2026");
    }

    @Test
    void fulfilmentOfUnknownObligationIsAProblem() {
        List<Problem> problems = problemsReplacing("obligation: DELIVERY-1", "obligation: DELIVERY-9");

        assertOnlyProblem(problems, SOURCE, "fulfilments[F-3].obligation", "fulfilment of unknown obligation DELIVERY-9");
    }

    @Test
    void unknownResponsiblePartyIsAProblem() {
        List<Problem> problems = problemsReplacing("responsible: client-b", "responsible: client-c");

        assertOnlyProblem(problems, SOURCE, "blocked[B-1].responsible", "unknown party client-c");
    }

    @Test
    void sameObligationFulfilledTwiceIsAProblem() {
        List<Problem> problems = problemsReplacing("obligation: DELIVERY-1", "obligation: SPEC-1");

        assertOnlyProblem(problems, SOURCE, "fulfilments[F-3]", "obligation SPEC-1 is already fulfilled by F-2");
    }

    @Test
    void severalProblemsAreAllListed() {
        Path file = SampleFiles.path("timeline-inconsistent.yaml");

        List<Problem> problems = problems(() -> Timelines.read(file, AGREEMENT));

        String source = file.toString();
        assertThat(problems).satisfiesExactly(
                p -> assertProblem(p, source, "blocked[B-1].to", "ends before it starts"),
                p -> assertProblem(p, source, "fulfilments[F-2]", "obligation KICKOFF-1 is already fulfilled by F-1"),
                p -> assertProblem(p, source, "fulfilments[F-9].obligation", "unknown obligation DELIVERY-9"),
                p -> assertProblem(p, source, "blocked[B-2].responsible", "unknown party client-c"));
    }

    // --- the file as a whole

    @Test
    void missingFileIsAProblemNamingTheAgreement(@TempDir Path dir) {
        Path file = dir.resolve("missing.json");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Timelines.read(file, AGREEMENT));

        assertOnlyProblem(e.problems(), file.toString(), "", "cannot be read: no such file");
        assertThat(e.agreementId()).contains("NW-CB-2026");
    }

    @Test
    void yamlAliasIsRefused() {
        List<Problem> problems = problemsReplacing("responsible: client-b", "responsible: *who");

        assertOnlyProblem(problems, SOURCE, "", "uses the YAML alias *who");
    }
}
