package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 8, through files and the command line: the samples under {@code samples/readings} give example
 * Z1's figures (2 readings outside 2-8 °C x 2 % of 10,000.00 EUR = 400.00 EUR; the statement nets the price of
 * 10,000.00 EUR to 9,600.00 EUR payable by the buyer), in text and JSON; broken readings terms are refused with
 * exit 2 and their paths. The same example runs through the Java API in sla-rules' ReadingsTest.
 */
class ReadingsSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGREEMENT = "readings/cold-chain-agreement.yaml";
    private static final String TIMELINE = "readings/cold-chain-timeline.yaml";

    @Test
    void z1AsText() {
        CommandLine run = run("evaluate", "--agreement", sample(AGREEMENT), "--timeline", sample(TIMELINE),
                "--period", "2026-03");

        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        // 2 x 2 % of 10,000.00 = 2 x 200.00 = 400.00 EUR
        assertThat(run.out()).contains("Polar Freight owes Pharma Buyer 400.00 EUR under clause 9.1 (SERVICE_CREDIT)")
                .contains("2 reading(s) outside 2–8 °C (9.5 at 2026-03-02T07:00:00Z, 1.0 at 2026-03-02T09:00:00Z)"
                        + " × 2 % of 10,000.00 EUR = 400.00 EUR")
                .contains("Statement of COLD-CHAIN-Z1 for 2026-03:\n")
                .contains("  price FREIGHT-1 (Shipment of vaccines), due 2026-03-31: Pharma Buyer owes Polar Freight"
                        + " 10,000.00 EUR\n")
                .contains("under clause 9.1 for TEMP: Polar Freight owes Pharma Buyer 400.00 EUR\n")
                // 10,000.00 - 400.00 = 9,600.00
                .endsWith("  net: payable by Pharma Buyer to Polar Freight 9,600.00 EUR\n");
    }

    @Test
    void z1AsJson() throws IOException {
        CommandLine run = run("evaluate", "--agreement", sample(AGREEMENT), "--timeline", sample(TIMELINE),
                "--period", "2026-03", "--format", "json");

        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        JsonNode root = JSON.readTree(run.out());
        JsonNode credit = root.get("credits").get(0);
        assertThat(credit.get("clause").asText()).isEqualTo("9.1");
        assertThat(credit.get("amount").asText()).isEqualTo("400.00");
        assertThat(credit.get("debtor").asText()).isEqualTo("carrier");
        JsonNode objective = root.get("objectives").get(0);
        assertThat(objective.get("kind").asText()).isEqualTo("READINGS");
        assertThat(objective.get("achieved").asText()).isEqualTo("2");
        JsonNode statement = root.get("statement");
        assertThat(statement.get("lines")).hasSize(2);
        assertThat(statement.get("lines").get(0).get("kind").asText()).isEqualTo("PRICE");
        assertThat(statement.get("lines").get(0).get("amount").asText()).isEqualTo("10000.00");
        assertThat(statement.get("lines").get(1).get("kind").asText()).isEqualTo("DECISION");
        assertThat(statement.get("lines").get(1).get("reference").asText()).isEqualTo(credit.get("id").asText());
        JsonNode net = statement.get("nets").get(0);
        assertThat(net.get("payer").asText()).isEqualTo("buyer");
        assertThat(net.get("payee").asText()).isEqualTo("carrier");
        assertThat(net.get("amount").asText()).isEqualTo("9600.00");
        assertThat(net.get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void anAgreementWithoutPricesIsWrittenWithoutAStatement() throws IOException {
        CommandLine run = run("evaluate", "--agreement", sample("reported-level-agreement.yaml"), "--timeline",
                sample("reported-level-timeline.yaml"), "--period", "2026-04", "--format", "json");
        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        assertThat(JSON.readTree(run.out()).has("statement")).isFalse();
    }

    @Test
    void z1ValidatesAndItsTermsAreExplained() {
        assertThat(run("validate", "--agreement", sample(AGREEMENT), "--timeline", sample(TIMELINE)).status())
                .isEqualTo(Main.EVALUATED);
        CommandLine run = run("explain-agreement", "--agreement", sample(AGREEMENT));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("READINGS, carrier to buyer, each reading within 2–8 °C")
                .contains("2 % of 10000.00 EUR per reading outside the range, cap 10 % of the value");
    }

    static Stream<Arguments> brokenTerms() {
        return Stream.of(
                Arguments.of("a range whose lower limit exceeds its upper", "agreement", "atLeast: 2", "atLeast: 9",
                        "objectives[0].atLeast: the lower limit 9 lies above the upper limit 8"),
                Arguments.of("a percentage without a value", "agreement",
                        "{percentOfValue: 2, value: \"10000.00 EUR\"}", "{percentOfValue: 2}",
                        "credits[0].perReading.value: a percentage per reading needs the value"),
                Arguments.of("a negative amount per reading", "agreement",
                        "{percentOfValue: 2, value: \"10000.00 EUR\"}", "{amount: \"-50.00 EUR\"}",
                        "credits[0].perReading.amount: must not be negative"),
                Arguments.of("a negative percentage", "agreement", "{percentOfValue: 2,", "{percentOfValue: -2,",
                        "credits[0].perReading.percentOfValue: must not be negative"),
                Arguments.of("a negative price", "agreement", "amount: \"10000.00 EUR\"", "amount: \"-10000.00 EUR\"",
                        "prices[0].amount: must not be negative"),
                Arguments.of("a price due outside the agreement's dates", "agreement", "due: 2026-03-31",
                        "due: 2027-03-31", "prices[0].due: the due date 2027-03-31 lies outside"),
                Arguments.of("a price payer who is no party", "agreement", "payer: buyer", "payer: nobody",
                        "prices[0].payer: unknown party nobody"),
                Arguments.of("a reading of an unknown objective", "timeline", "{id: R-3, objective: TEMP",
                        "{id: R-3, objective: HUMIDITY", "readings[R-3].objective: reading of unknown objective HUMIDITY"),
                Arguments.of("a reading outside the agreement's dates", "timeline", "2026-03-02T08:00:00Z",
                        "2028-03-02T08:00:00Z", "readings[R-3].at: event R-3 lies outside the agreement's effective dates"),
                Arguments.of("a reading that is no number", "timeline", "value: 9.5", "value: warm",
                        "readings[R-2].value: must be a number"),
                Arguments.of("two different readings with one id", "timeline", "{id: R-5,", "{id: R-4,",
                        "two different events share the id R-4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTerms")
    void brokenTermsAreExitTwoWithTheirPaths(String what, String file, String from, String to, String expected,
                                             @TempDir Path dir) throws IOException {
        Path agreement = Path.of(sample(AGREEMENT));
        Path timeline = Path.of(sample(TIMELINE));
        Path broken = dir.resolve(file + ".yaml");
        String text = Files.readString(file.equals("agreement") ? agreement : timeline);
        assertThat(text).as(what).contains(from);
        Files.writeString(broken, text.replace(from, to));

        CommandLine run = run("evaluate", "--agreement", (file.equals("agreement") ? broken : agreement).toString(),
                "--timeline", (file.equals("timeline") ? broken : timeline).toString(), "--period", "2026-03");

        assertThat(run.status()).as(what + ": " + run.err()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as(what).contains(expected);
    }
}
