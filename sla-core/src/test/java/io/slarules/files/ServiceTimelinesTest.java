package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.assertProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Outages, case events and counts in timeline files, checked against a service-level agreement. */
class ServiceTimelinesTest {

    private static final String SOURCE = "acme-sl-timeline.yaml";
    private static final String FILE = "service-timeline.yaml";
    private static final Agreement AGREEMENT = Agreements.read(SampleFiles.path("service-levels.yaml"));

    private static Timeline sample() {
        return Timelines.read(SampleFiles.path(FILE), AGREEMENT);
    }

    private static List<Problem> problemsReplacing(String piece, String replacement) {
        String text = SampleFiles.replaced(FILE, piece, replacement);
        return problems(() -> Timelines.parse(text, SOURCE, true, AGREEMENT));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    // --- reading what is right

    @Test
    void readsOutagesOfEachKind() {
        assertThat(sample().outages()).containsExactly(
                // 10:00 at +02:00
                Outage.fault("O-1", "web", Interval.of(at("2026-04-03T08:00:00Z"), at("2026-04-03T08:30:00Z")), "acme",
                        "load balancer"),
                // a date means the start of that day in Berlin
                new Outage("M-1", "web", Interval.of(at("2026-04-11T22:00:00Z"), at("2026-04-12T02:00:00Z")),
                        OutageKind.MAINTENANCE, Optional.empty(), Optional.of(at("2026-04-01T09:00:00Z")), ""),
                Outage.forceMajeure("F-1", "web", Interval.of(at("2026-04-19T22:00:00Z"), at("2026-04-20T22:00:00Z")),
                        "flood"));
    }

    @Test
    void readsCaseEventsOfEachKind() {
        assertThat(sample().caseEvents()).containsExactly(
                CaseEvent.opened("E-1", "C-1", "support", at("2026-04-07T07:00:00Z"), "P1"),
                CaseEvent.status("E-2", "C-1", "support", at("2026-04-07T08:00:00Z"), "WAITING_ON_CUSTOMER"),
                CaseEvent.status("E-3", "C-1", "support", at("2026-04-07T09:00:00Z"), "IN_PROGRESS"),
                CaseEvent.of("E-4", "C-1", "support", at("2026-04-07T09:30:00Z"), CaseEventKind.RESPONDED),
                CaseEvent.of("E-5", "C-1", "support", at("2026-04-08T10:00:00Z"), CaseEventKind.RESOLVED));
    }

    @Test
    void readsCountsADateMeaningTheStartOfThatDay() {
        assertThat(sample().counts()).containsExactly(
                new Count("N-1", "qualified-leads", at("2026-04-29T22:00:00Z"), 120),
                new Count("N-2", "api-calls", at("2026-04-30T21:00:00Z"), 10000),
                new Count("N-3", "api-calls-ok", at("2026-04-30T21:00:00Z"), 9990));
    }

    @Test
    void jsonFormReadsLikeYaml() {
        String json = """
                {"agreement": "ACME-SL-2026",
                 "outages": [{"id": "O-1", "service": "web", "from": "2026-04-03T10:00:00+02:00",
                              "to": "2026-04-03T10:30:00+02:00", "kind": "FAULT", "responsible": "dc-ops"}],
                 "counts": [{"id": "N-1", "metric": "qualified-leads", "at": "2026-04-30", "quantity": 3}]}
                """;

        Timeline timeline = Timelines.parse(json, "t.json", false, AGREEMENT);

        assertThat(timeline.outages()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(OutageKind.FAULT);
            assertThat(o.responsible()).contains("dc-ops");
            assertThat(o.cause()).isEmpty();
        });
        assertThat(timeline.counts()).extracting(Count::quantity).containsExactly(3L);
    }

    // --- bad input: each refused at its path with the problem

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("an outage of an unknown service", "{id: O-1, service: web,", "{id: O-1, service: mail,",
                        "outages[O-1].service", "outage of unknown service mail"),
                arguments("a case event of an unknown service",
                        "{id: E-2, case: C-1, service: support,", "{id: E-2, case: C-1, service: mail,",
                        "cases[E-2].service", "case event of unknown service mail"),
                arguments("a pause that never ends before the case closes",
                        "  - {id: E-3, case: C-1, service: support, at: \"2026-04-07T11:00:00+02:00\", kind: STATUS, status: IN_PROGRESS}\n",
                        "", "cases[C-1].E-5", "was resolved at 2026-04-08T10:00:00Z while still paused in status WAITING_ON_CUSTOMER"),
                arguments("a case resolved before it was opened", "at: \"2026-04-08T12:00:00+02:00\", kind: RESOLVED",
                        "at: \"2026-04-06T12:00:00+02:00\", kind: RESOLVED", "cases[C-1].E-5",
                        "case C-1 was resolved at 2026-04-06T10:00:00Z, before it was opened at 2026-04-07T07:00:00Z"),
                arguments("a case event without the time of day", "at: \"2026-04-08T12:00:00+02:00\"", "at: 2026-04-08",
                        "cases[E-5].at", "needs the time of day: \"2026-04-08\" is a date"),
                arguments("a case event without an offset", "at: \"2026-04-08T12:00:00+02:00\"", "at: \"2026-04-08T12:00:00\"",
                        "cases[E-5].at", "\"2026-04-08T12:00:00\" has no offset"),
                arguments("an opened case without priority", "kind: OPENED, priority: P1}", "kind: OPENED}",
                        "cases[E-1].priority", "an opened case needs its priority"),
                arguments("a status change without status", "kind: STATUS, status: IN_PROGRESS}", "kind: STATUS}",
                        "cases[E-3].status", "a status change needs the new status"),
                arguments("an unknown case event kind", "kind: RESPONDED}", "kind: ANSWERED}", "cases[E-4].kind",
                        "unknown value \"ANSWERED\" (allowed: OPENED, RESPONDED, RESOLVED, STATUS)"),
                arguments("an unknown outage kind", "kind: FORCE_MAJEURE,", "kind: ACT_OF_GOD,", "outages[F-1].kind",
                        "unknown value \"ACT_OF_GOD\" (allowed: FAULT, MAINTENANCE, FORCE_MAJEURE)"),
                arguments("a fault without a responsible party", "kind: FAULT,\n     responsible: acme,", "kind: FAULT,",
                        "outages[O-1].responsible", "a fault needs the party responsible for it"),
                arguments("a fault of an unknown party", "responsible: acme,", "responsible: nobody,",
                        "outages[O-1].responsible", "unknown party nobody"),
                arguments("an announced fault", "kind: FAULT,\n     responsible: acme,",
                        "kind: FAULT, announced: \"2026-04-01T09:00:00Z\",\n     responsible: acme,",
                        "outages[O-1].announced", "only maintenance is announced"),
                arguments("an outage that ends before it starts", "to: \"2026-04-03T10:30:00+02:00\"",
                        "to: \"2026-04-03T09:30:00+02:00\"", "outages[O-1].to", "ends before it starts"),
                arguments("a negative count", "quantity: 120}", "quantity: -1}", "counts[N-1].quantity",
                        "must not be negative, was -1"),
                arguments("a count of a metric no objective counts", "metric: qualified-leads,", "metric: leads,",
                        "counts[N-1].metric", "no objective counts the metric leads"),
                arguments("an unknown field of an outage", "cause: flood}", "reason: flood}", "outages[F-1].reason",
                        "unknown field \"reason\" (allowed: id, service, from, to, kind, responsible, announced, cause)"),
                arguments("an unknown field of a case event", "kind: OPENED, priority: P1}", "kind: OPENED, prio: P1}",
                        "cases[E-1].prio", "unknown field \"prio\" (allowed: id, case, service, at, kind, priority, status, due)"),
                arguments("an unknown field of a count", "quantity: 9990}", "quantity: 9990, unit: calls}",
                        "counts[N-3].unit", "unknown field \"unit\" (allowed: id, metric, at, quantity)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedAtItsPath(String what, String piece, String replacement, String path, String message) {
        List<Problem> problems = problemsReplacing(piece, replacement);

        if (path.startsWith("cases")) {
            // the checks of a whole case may add what follows from the problem (an event after a
            // resolution that came too early, a case whose opening could not be read)
            assertThat(problems).anySatisfy(p -> assertProblem(p, SOURCE, path, message));
        } else {
            assertOnlyProblem(problems, SOURCE, path, message);
        }
    }

    @Test
    void everyCaseCheckIsMadeAndReportedInOrder() {
        // C-1 opens, responds and resolves twice; after its first resolution (09:00) more follows.
        // C-2 starts with a status change, so it is "changed status" before its opening, and one of its
        // events names another (known) service. C-3 resolves while waiting on the customer, a pausing
        // status of P-RESOLUTION. Per case, in this order: opened twice, the first event before the opening,
        // events of another service, responded twice, resolved twice, resolved while paused, an event after
        // the resolution.
        Timeline timeline = Timeline.of(
                CaseEvent.opened("E-01", "C-1", "support", at("2026-04-07T06:00:00Z"), "P1"),
                CaseEvent.opened("E-02", "C-1", "support", at("2026-04-07T07:00:00Z"), "P1"),
                CaseEvent.of("E-03", "C-1", "support", at("2026-04-07T07:30:00Z"), CaseEventKind.RESPONDED),
                CaseEvent.of("E-04", "C-1", "support", at("2026-04-07T08:00:00Z"), CaseEventKind.RESPONDED),
                CaseEvent.of("E-05", "C-1", "support", at("2026-04-07T09:00:00Z"), CaseEventKind.RESOLVED),
                CaseEvent.of("E-06", "C-1", "support", at("2026-04-07T10:00:00Z"), CaseEventKind.RESOLVED),
                CaseEvent.status("E-11", "C-2", "support", at("2026-04-07T06:30:00Z"), "IN_PROGRESS"),
                CaseEvent.opened("E-12", "C-2", "support", at("2026-04-07T07:15:00Z"), "P2"),
                CaseEvent.of("E-13", "C-2", "web", at("2026-04-07T07:45:00Z"), CaseEventKind.RESPONDED),
                CaseEvent.opened("E-21", "C-3", "support", at("2026-04-07T11:00:00Z"), "P1"),
                CaseEvent.status("E-22", "C-3", "support", at("2026-04-07T11:30:00Z"), "WAITING_ON_CUSTOMER"),
                CaseEvent.of("E-23", "C-3", "support", at("2026-04-07T12:00:00Z"), CaseEventKind.RESOLVED));

        List<Problem> problems = timeline.problemsWith(AgreementDraft.of(AGREEMENT));

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("cases[C-1]", "case C-1 is opened more than once"),
                tuple("cases[C-1]", "case C-1 is responded more than once"),
                tuple("cases[C-1]", "case C-1 is resolved more than once"),
                tuple("cases[C-1].E-06", "case C-1 has an event after it was resolved at 2026-04-07T09:00:00Z"),
                tuple("cases[C-2].E-11", "case C-2 was changed status at 2026-04-07T06:30:00Z, before it was opened at"
                        + " 2026-04-07T07:15:00Z"),
                tuple("cases[C-2].E-13.service", "case C-2 is of service support, not web"),
                tuple("cases[C-3].E-23", "case C-3 was resolved at 2026-04-07T12:00:00Z while still paused in status"
                        + " WAITING_ON_CUSTOMER; end the pause first"));
    }

    @Test
    void problemsNameTheAgreement() {
        String text = SampleFiles.replaced(FILE, "quantity: 120}", "quantity: -1}");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Timelines.parse(text, SOURCE, true, AGREEMENT));

        assertThat(e.agreementId()).contains("ACME-SL-2026");
    }
}
