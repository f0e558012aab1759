package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.slarules.cli.CommandLine.evaluateSample;
import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples S1, S2, T1 and U1 of issue 13 (as-of instants, billing cycles, a case's own due date)
 * through the files and the command line, and their bad input: exit 2 with the file and the path.
 */
class TimeTermsSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CommandLine run) throws Exception {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        return JSON.readTree(run.out());
    }

    // S1: Mon-Fri 09:00-17:00 Paris; opened Tue 15:00, as of Wed 11:00: 15-17 + 09-11 = 4 h of 8 (50 %),
    // 4 h left, breaching Wed 15:00 Paris = 2026-06-10T13:00Z if no pause follows.
    @Test
    void exampleS1RunningCaseAsOfAnInstant() throws Exception {
        JsonNode root = json(evaluateSample("time-terms/as-of-case", "--as-of", "2026-06-10T11:00:00+02:00",
                "--format", "json"));

        assertThat(root.get("asOf").asText()).isEqualTo("2026-06-10T09:00:00Z");
        assertThat(root.get("period").get("from").asText()).isEqualTo("2026-06-01");
        JsonNode objective = root.get("objectives").get(0);
        assertThat(objective.get("cases")).isEmpty();
        JsonNode c1 = objective.get("running").get(0);
        assertThat(c1.get("case").asText()).isEqualTo("C-1");
        assertThat(c1.get("businessTime").asText()).isEqualTo("PT4H");
        assertThat(new java.math.BigDecimal(c1.get("elapsedPercent").asText())).isEqualByComparingTo("50");
        assertThat(c1.get("remaining").asText()).isEqualTo("PT4H");
        assertThat(c1.get("projectedBreach").asText()).isEqualTo("2026-06-10T13:00:00Z");
        assertThat(root.get("credits")).isEmpty();
    }

    @Test
    void exampleS1AsText() {
        CommandLine run = evaluateSample("time-terms/as-of-case", "--as-of", "2026-06-10T11:00:00+02:00");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("case C-1 (P2) running: PT4H of PT8H (50.00 %), PT4H left, breaches at"
                + " 2026-06-10T13:00:00Z if no further pause follows");
    }

    // S2: due 2026-05-04 = by 2026-05-05T00:00Z; as of 2026-05-11T10:00Z still open: 6 days 10 hours late,
    // 7 started days x 1 % of 50,000.00 = 3,500.00 EUR, provisional, never among the penalties.
    @Test
    void exampleS2AccruedDamagesAsOfAnInstant() throws Exception {
        JsonNode root = json(evaluateSample("time-terms/accrued", "--as-of", "2026-05-11T10:00:00Z", "--format", "json"));

        assertThat(root.get("penalties")).isEmpty();
        assertThat(root.get("attributions").get(0).get("total").asText()).isEqualTo("PT154H"); // 6 d 10 h
        JsonNode accrued = root.get("accrued").get(0);
        assertThat(accrued.get("provisional").asBoolean()).isTrue();
        assertThat(accrued.get("id").asText()).startsWith("PA-");
        assertThat(accrued.get("delay").asLong()).isEqualTo(7);
        assertThat(accrued.get("amount").asText()).isEqualTo("3500.00");
        assertThat(accrued.get("currency").asText()).isEqualTo("EUR");
    }

    // The same through --to as an instant inside a day: the period ends with that day, evaluated as of the instant.
    @Test
    void exampleS2WithAnInstantAsTheEndOfThePeriod() throws Exception {
        JsonNode root = json(evaluateSample("time-terms/accrued", "--from", "2026-05-01", "--to",
                "2026-05-11T10:00:00Z", "--format", "json"));

        assertThat(root.get("asOf").asText()).isEqualTo("2026-05-11T10:00:00Z");
        assertThat(root.get("period").get("to").asText()).isEqualTo("2026-05-12");
        assertThat(root.get("accrued").get(0).get("amount").asText()).isEqualTo("3500.00");
    }

    @Test
    void exampleS2SettledAtTheEndOfMay() throws Exception {
        // fulfilled 2026-05-20: 16 started days x 500.00 = 8,000.00 EUR, booked; nothing accrued
        JsonNode root = json(evaluateSample("time-terms/accrued", "--period", "2026-05", "--format", "json"));

        assertThat(root.get("penalties").get(0).get("amount").asText()).isEqualTo("8000.00");
        assertThat(root.has("accrued")).isFalse();
    }

    // T1: cycle 2026-03-16 to 2026-04-16 = 31 x 1,440 = 44,640 minutes; 90 down: 44,550 / 44,640 =
    // 99.7983870967 % -> 10 % of 2,000.00 USD = 200.00 USD.
    @Test
    void exampleT1BillingMonthFromTheSixteenth() throws Exception {
        JsonNode root = json(evaluateSample("time-terms/cycle", "--from", "2026-03-16", "--to", "2026-04-16",
                "--format", "json"));

        JsonNode objective = root.get("objectives").get(0);
        assertThat(objective.get("window").get("from").asText()).isEqualTo("2026-03-16");
        assertThat(objective.get("window").get("to").asText()).isEqualTo("2026-04-16");
        assertThat(new java.math.BigDecimal(objective.get("achieved").asText())).isEqualByComparingTo("99.7983870967");
        assertThat(root.get("credits").get(0).get("amount").asText()).isEqualTo("200.00");
        assertThat(root.get("credits").get(0).get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void exampleT1ACalendarMonthIsNotABillingMonth() {
        CommandLine run = evaluateSample("time-terms/cycle", "--period", "2026-04");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("period").contains("whole billing months, from day 16");
    }

    // U1: opened 07-01 09:00Z, due 07-03 17:00Z, resolved 07-03 18:30Z: breached at 17:00Z, 1 h 30 min late;
    // the hour waiting on the customer does not move the due date. 150.00 EUR per late change request.
    @Test
    void exampleU1CaseWithItsOwnDueDate() throws Exception {
        JsonNode root = json(evaluateSample("time-terms/case-due", "--period", "2026-07", "--format", "json"));

        JsonNode cr1 = root.get("objectives").get(0).get("cases").get(0);
        assertThat(cr1.get("due").asText()).isEqualTo("2026-07-03T17:00:00Z");
        assertThat(cr1.get("breachedAt").asText()).isEqualTo("2026-07-03T17:00:00Z");
        assertThat(cr1.get("businessTime").asText()).isEqualTo("PT57H30M"); // 56 h allowed + 1 h 30 min late
        assertThat(cr1.get("target").asText()).isEqualTo("PT56H");
        assertThat(root.get("credits").get(0).get("amount").asText()).isEqualTo("150.00");
    }

    @Test
    void exampleU1AsText() {
        CommandLine run = evaluateSample("time-terms/case-due", "--period", "2026-07");

        assertThat(run.out()).contains("case CR-1 (CR): PT57H30M of PT56H, breached at 2026-07-03T17:00:00Z"
                + " (due 2026-07-03T17:00:00Z, PT1H30M late)");
    }

    // ---- bad input: exit 2, the file and the path ----

    @Test
    void aBillingMonthStartingOnTheThirtyFirstIsRefusedAtItsPath(@TempDir Path dir) throws Exception {
        Path agreement = Files.writeString(dir.resolve("cycle.yaml"), Files.readString(Path.of(
                sample("time-terms/cycle-agreement.yaml"))).replace("billingCycle: {dayOfMonth: 16}",
                "billingCycle: {dayOfMonth: 31, weekStart: WEDNESDAI}"));

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("time-terms/cycle-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(agreement + ": billingCycle.dayOfMonth: ").contains("1 to 28");
    }

    @Test
    void anUnknownWeekdayOfTheCycleIsRefusedAtItsPath(@TempDir Path dir) throws Exception {
        Path agreement = Files.writeString(dir.resolve("cycle.yaml"), Files.readString(Path.of(
                sample("time-terms/cycle-agreement.yaml"))).replace("billingCycle: {dayOfMonth: 16}",
                "billingCycle: {dayOfMonth: 16, weekStart: WEDNESDAI, quarterStart: FEBRUARY}"));

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("time-terms/cycle-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(agreement + ": billingCycle.weekStart: ");
    }

    @Test
    void aCaseDueBeforeItOpensOrOnAnotherEventIsRefusedAtItsPath(@TempDir Path dir) throws Exception {
        Path timeline = Files.writeString(dir.resolve("timeline.yaml"), """
                agreement: CHANGES-U1
                cases:
                  - {id: E-1, case: CR-1, service: changes, at: "2026-07-01T09:00:00Z", kind: OPENED, priority: CR, due: "2026-07-01T08:00:00Z"}
                  - {id: E-2, case: CR-2, service: changes, at: "2026-07-01T09:00:00Z", kind: OPENED, priority: CR}
                  - {id: E-3, case: CR-2, service: changes, at: "2026-07-02T09:00:00Z", kind: RESOLVED, due: "2026-07-03T17:00:00Z"}
                  - {id: E-4, case: CR-3, service: changes, at: "2026-07-01T09:00:00Z", kind: OPENED, priority: CR, due: "soon"}
                """);

        CommandLine run = run("validate", "--agreement", sample("time-terms/case-due-agreement.yaml"),
                "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(timeline + ": cases[E-1].due: ").contains("not after it is opened");
        assertThat(run.err()).contains(timeline + ": cases[E-3].due: ").contains("only an opened case has a due date");
        assertThat(run.err()).contains(timeline + ": cases[E-4].due: ");
    }

    @Test
    void aPausesMoveCaseDueThatIsNotABooleanIsRefusedAtItsPath(@TempDir Path dir) throws Exception {
        Path agreement = Files.writeString(dir.resolve("changes.yaml"), Files.readString(Path.of(
                sample("time-terms/case-due-agreement.yaml"))).replace("    stop: RESOLVED",
                "    stop: RESOLVED\n    pausesMoveCaseDue: sometimes"));

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("time-terms/case-due-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(agreement + ": objectives[0].pausesMoveCaseDue: must be true or false");
    }

    @Test
    void anAsOfOutsideThePeriodIsRefused() {
        CommandLine run = evaluateSample("time-terms/accrued", "--period", "2026-05", "--as-of", "2026-06-11T10:00:00Z");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("asOf: as of 2026-06-11T10:00:00Z lies outside the period 2026-05");
    }

    @Test
    void aMalformedAsOfIsRefused() {
        CommandLine run = evaluateSample("time-terms/accrued", "--as-of", "2026-05-11 10:00");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("malformed instant");
    }

    @Test
    void aFromInsideADayIsRefusedNamingTheOption() {
        CommandLine run = evaluateSample("time-terms/accrued", "--from", "2026-05-01T10:00:00Z", "--to", "2026-06-01");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("--from: --from 2026-05-01T10:00:00Z is 2026-05-01T10:00 in the agreement's"
                + " zone UTC, not the start of a day");
    }

    @Test
    void anAsOfIsForOneAgreementAtATime() {
        CommandLine run = run("evaluate", "--agreements", sample("time-terms"), "--as-of", "2026-05-11T10:00:00Z");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("--as-of and instants in --from/--to evaluate one agreement at a time");
    }
}
