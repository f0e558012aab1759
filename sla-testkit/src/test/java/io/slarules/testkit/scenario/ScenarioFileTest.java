package io.slarules.testkit.scenario;

import io.slarules.InvalidInputException;
import io.slarules.SlaEngine;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static io.slarules.testkit.SlaAssertions.assertThatInvalidInput;
import static io.slarules.testkit.SlaAssertions.catchThrowableOfType;

@SlaTest
class ScenarioFileTest {

    /** Worked example D: 5 days late, 4 of them blocked by Client B; Northwind owes 1,000.00 EUR. */
    private static final String EXAMPLE_D = """
            description: Waiting for the customer's test environment
            agreement:
              id: NW-CB-2026
              zone: Europe/Berlin
              currency: EUR
              effective: {from: 2026-02-01, to: 2027-02-01}
              parties:
                - {id: northwind, name: Northwind IT, role: PROVIDER}
                - {id: client-b, name: Client B, role: CUSTOMER}
              obligations:
                - {id: DELIVERY-3, owner: northwind, beneficiary: client-b, due: 2026-05-29}
              penalties:
                - {type: liquidated-damages, id: "12.1", debtor: northwind, creditor: client-b, obligations: [DELIVERY-3],
                   value: "200000.00 EUR", rate: {percentOfValue: 0.5, per: DAY}, rounding: UP, cap: {percentOfValue: 10}}
            timeline:
              blocked:
                - {id: B-1, obligations: [DELIVERY-3], from: 2026-05-11, to: 2026-05-15, responsible: client-b}
              fulfilments:
                - {id: F-1, obligation: DELIVERY-3, at: 2026-06-03}
            period: 2026-06
            """;

    @TempDir
    Path folder;

    @Test
    void everyProblemOfTheScenarioFileIsReportedAtOnce() throws IOException {
        Path file = write("broken.yaml", """
                agreement: 42
                period: March
                expected: {}
                expect:
                  penalties:
                    - {clause: "12.1", obligation: D-1, amount: 4000, capped: maybe}
                  attributions:
                    - {obligation: D-1, total: 5 dayz, shares: {northwind: 5 days}}
                """);

        assertThatInvalidInput(() -> ScenarioFile.read(file))
                .hasProblemAt("expected", "unknown field \"expected\" (allowed: agreement, period, expect, description, timeline, history, agreementSupplier)")
                .hasProblemAt("agreement", "must be the agreement itself (an object) or the path of its file (text)")
                .hasProblemAt("period", "not a month: \"March\"")
                .hasProblemAt("expect.penalties[0].amount", "must be an amount and a currency code in text")
                .hasProblemAt("expect.penalties[0].capped", "must be true or false")
                .hasProblemAt("expect.attributions[0].total", "not a duration")
                .hasProblemCount(6);
    }

    @Test
    void aFailedExpectationNamesItsPathTheValuesAndTheExplanation(SlaEngine engine) throws IOException {
        Path file = write("example-d.yaml", EXAMPLE_D + """
                expect:
                  penalties:
                    - {clause: "12.1", obligation: DELIVERY-3, amount: "2000.00 EUR"}
                """);

        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () -> ScenarioFile.read(file).run(engine));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("2000.00 EUR");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("1000.00 EUR");
        assertThat(e.getMessage()).startsWith("[example-d.yaml expect.penalties[0] (clause 12.1 on DELIVERY-3)] Expecting"
                        + " the penalty decision under clause 12.1 on DELIVERY-3: northwind owes client-b 1000.00 EUR for 1 day\n"
                        + "to have the amount:\n  \"2000.00 EUR\"\nbut had:\n  \"1000.00 EUR\"\nExplanation of decision PD-")
                .contains("4 days  Client B      blocked B-1 from 2026-05-11 to 2026-05-15");
    }

    @Test
    void everyFailedExpectationIsReportedAndADecisionNotListedIsOne(SlaEngine engine) throws IOException {
        Path file = write("example-d.yaml", EXAMPLE_D + """
                expect:
                  penalties: []
                  attributions:
                    - {obligation: DELIVERY-3, total: 5 days, shares: {client-b: 5 days}}
                """);

        MultipleFailuresError e = catchThrowableOfType(MultipleFailuresError.class, () -> ScenarioFile.read(file).run(engine));

        assertThat(e.getFailures()).hasSize(2);
        assertThat(e.getMessage()).startsWith("Scenario example-d.yaml (Waiting for the customer's test environment):"
                + " 2 expectations failed");
        assertThat(e.getFailures().get(0)).hasMessageContaining("to have exactly the shares:\n  client-b 5 days\n"
                + "but had:\n  client-b 4 days, northwind 1 day");
        assertThat(e.getFailures().get(1)).hasMessageStartingWith("example-d.yaml expect.penalties: expecting exactly the"
                + " decisions listed:\n  (no penalty decision)\nbut the evaluation also decides:\n"
                + "  clause 12.1 on DELIVERY-3: northwind owes client-b 1000.00 EUR");
    }

    @Test
    void anExpectedRefusalComparesTheProblemsOneByOne(SlaEngine engine) throws IOException {
        Path file = write("refused.yaml", EXAMPLE_D.replace("due: 2026-05-29", "due: 2026-05-32") + """
                expect:
                  invalid:
                    - {path: "obligations[0].owner"}
                """);

        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () -> ScenarioFile.read(file).run(engine));

        assertThat(e.getMessage()).isEqualTo("refused.yaml expect.invalid: expecting the input to be refused with exactly"
                + " the problems:\n  obligations[0].owner: (any message)\nbut the problems are:\n"
                + "  agreement: obligations[0].due: not a date: \"2026-05-32\" (no such day in the calendar)\n"
                + "Expected, not found:\n  obligations[0].owner: (any message)\n"
                + "Found, not expected:\n  agreement: obligations[0].due: not a date: \"2026-05-32\" (no such day in the calendar)");
    }

    @Test
    void anInputRefusedWhenItShouldBeEvaluatedFailsWithItsProblems(SlaEngine engine) throws IOException {
        Path file = write("refused.yaml", EXAMPLE_D.replace("period: 2026-06", "period: 2030-06") + """
                expect:
                  penalties: []
                """);

        AssertionError e = catchThrowableOfType(AssertionError.class, () -> ScenarioFile.read(file).run(engine));

        assertThat(e).hasMessageStartingWith("Scenario refused.yaml (Waiting for the customer's test environment):"
                + " expecting the input to be evaluated, but it was refused:\ninvalid input for agreement NW-CB-2026")
                .hasCauseInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAgreementFileIsReadRelativeToTheScenario() throws IOException {
        Path file = write("by-path.yaml", """
                agreement: agreements/missing.yaml
                period: 2026-06
                expect: {penalties: []}
                """);

        assertThatInvalidInput(() -> ScenarioFile.read(file))
                .hasProblemAt("agreement", "names \"agreements/missing.yaml\", which cannot be read");
    }

    @Test
    void durationsAreWrittenAsPeopleWriteThemOrInIso8601() {
        assertThat(ScenarioReader.parseDuration("21 days")).contains(Duration.ofDays(21));
        assertThat(ScenarioReader.parseDuration("5 days 18 hours")).contains(Duration.ofDays(5).plusHours(18));
        assertThat(ScenarioReader.parseDuration("1 hour 30 minutes")).contains(Duration.ofMinutes(90));
        assertThat(ScenarioReader.parseDuration("P1DT2H")).contains(Duration.ofHours(26));
        assertThat(ScenarioReader.parseDuration("5 dayz")).isEqualTo(Optional.empty());
        assertThat(ScenarioReader.parseDuration("days 5")).isEqualTo(Optional.empty());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aScenarioNamesTheClassThatBuildsItsAgreementInJava(SlaEngine engine) throws IOException {
        // example A: 4 x 0.5 % x 200,000.00 EUR = 4,000.00 EUR; 3,000.00 EUR is expected to fail
        Path file = write("supplied.yaml", """
                agreementSupplier: io.slarules.testkit.scenario.NorthwindInJava
                timeline:
                  fulfilments:
                    - {id: F-1, obligation: SPEC-1, at: 2026-03-23}
                    - {id: F-2, obligation: DELIVERY-1, at: 2026-04-24}
                period: 2026-04
                expect:
                  penalties:
                    - {clause: "12.1", obligation: DELIVERY-1, amount: "3000.00 EUR"}
                """);

        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> ScenarioFile.read(file).run(engine));

        assertThat(failure).hasMessageContaining("expect.penalties[0]").hasMessageContaining("4000.00 EUR");
    }

    @Test
    void aSupplierThatCannotBuildTheAgreementIsReportedAtItsField() throws IOException {
        Path missing = write("missing.yaml", """
                agreementSupplier: com.acme.NoSuchAgreements
                period: 2026-04
                expect: {penalties: []}
                """);
        Path notASupplier = write("not-a-supplier.yaml", """
                agreementSupplier: java.lang.String
                period: 2026-04
                expect: {penalties: []}
                """);
        Path both = write("both.yaml", """
                agreement: {id: NW-CB-2026}
                agreementSupplier: io.slarules.testkit.scenario.NorthwindInJava
                period: 2026-04
                expect: {penalties: []}
                """);
        Path neither = write("neither.yaml", """
                period: 2026-04
                expect: {penalties: []}
                """);

        assertThatInvalidInput(() -> ScenarioFile.read(missing))
                .hasProblemAt("agreementSupplier", "names class com.acme.NoSuchAgreements, which is not on the test class path")
                .hasProblemCount(1);
        assertThatInvalidInput(() -> ScenarioFile.read(notASupplier))
                .hasProblemAt("agreementSupplier", "does not implement java.util.function.Supplier<Agreement>")
                .hasProblemCount(1);
        assertThatInvalidInput(() -> ScenarioFile.read(both))
                .hasProblemAt("agreementSupplier", "give one or the other").hasProblemCount(1);
        assertThatInvalidInput(() -> ScenarioFile.read(neither))
                .hasProblemAt("agreement", "is required: the agreement itself, the path of its file, or instead agreementSupplier")
                .hasProblemCount(1);
    }
}
