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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, points 5-7, through files and the command line: the samples under {@code samples/terms} give the
 * worked examples' figures (W1-W4 richer rates, X1 a clause paid in USD, Y1-Y2 force majeure); broken terms are
 * refused with exit 2 and their paths. The same examples run through the Java API in sla-rules' MoneyTermsTest.
 */
class MoneyTermsSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommandLine evaluate(String agreement, String timeline, String... options) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--agreement", sample("terms/" + agreement),
                "--timeline", sample(timeline)));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    static Stream<Arguments> richerRates() {
        return Stream.of(
                // W1: 2 % of 80,000.00 = 1,600.00 a week; 10 days pro rata: 10/7 x 1,600.00 = 2,285.714... -> 2,285.71
                Arguments.of("W1", "W1-DELIVERY", "2,285.71 EUR", "2285.71", 2, "P7D", false),
                // W2: 10 days = 2 started weeks x 1,600.00 = 3,200.00
                Arguments.of("W2", "W2-DELIVERY", "3,200.00 EUR", "3200.00", 2, "P7D", false),
                // W3: 500.00 once, 1 hour late
                Arguments.of("W3", "W3-DELIVERY", "500.00 EUR", "500.00", 1, null, false),
                // W4: 15 days 12 hours late, 15 whole days x 80.00 = 1,200.00; exact 15 d 12 h > 15 d: may terminate
                Arguments.of("W4-EXACT", "W4-DELIVERY", "1,200.00 EUR", "1200.00", 15, null, true),
                // ... compared on the 15 whole days counted: 15 > 15 is false, no termination right
                Arguments.of("W4-COUNTED", "W4-DELIVERY", "1,200.00 EUR", "1200.00", 15, null, false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("richerRates")
    void richerRatesAsTextAndJson(String clause, String subject, String text, String amount, long delay, String per,
                                  boolean terminationRight) throws IOException {
        CommandLine run = evaluate("richer-rates-agreement.yaml", "terms/richer-rates-timeline.yaml",
                "--period", "2026-05");
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Vendor V owes Buyer W " + text + " under clause " + clause + " (");

        CommandLine json = evaluate("richer-rates-agreement.yaml", "terms/richer-rates-timeline.yaml",
                "--period", "2026-05", "--format", "json");
        assertThat(json.status()).isEqualTo(Main.EVALUATED);
        JsonNode decision = null;
        for (JsonNode p : JSON.readTree(json.out()).get("penalties")) {
            if (p.get("clause").asText().equals(clause)) {
                decision = p;
            }
        }
        assertThat(decision).as(clause).isNotNull();
        assertThat(decision.get("subject").asText()).isEqualTo(subject);
        assertThat(decision.get("amount").asText()).isEqualTo(amount);
        assertThat(decision.get("currency").asText()).isEqualTo("EUR");
        assertThat(decision.get("delay").asLong()).isEqualTo(delay);
        assertThat(decision.has("per") ? decision.get("per").asText() : null).isEqualTo(per);
        assertThat(decision.get("terminationRight").asBoolean()).isEqualTo(terminationRight);
    }

    @Test
    void w1ExplainsTheFractionAndTheOneRounding() {
        CommandLine run = evaluate("richer-rates-agreement.yaml", "terms/richer-rates-timeline.yaml",
                "--period", "2026-05");

        assertThat(run.out()).contains("Vendor V is responsible for 10 days; counted pro rata: 10/7 weeks.\n")
                .contains("10/7 x 1,600.00 EUR (2 % of 80,000.00 EUR) = 2,285.714285... EUR.\n")
                .contains("Rounded once, HALF_UP, to 2,285.71 EUR.\n")
                .contains("15 days 12 hours exceed the termination threshold of 15 days (compared exactly): Buyer W may"
                        + " terminate the agreement.");
    }

    @Test
    void x1ExampleAPaidInUsd() throws IOException {
        // 4 x 1,000.00 = 4,000.00 EUR x 1.0850 = 4,340.00 USD
        CommandLine run = evaluate("northwind-usd-agreement.yaml", "northwind-timeline.yaml", "--period", "2026-04");
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("Northwind IT owes Client B 4,340.00 USD under clause 12.1 (Delay in delivery)")
                .contains("Paid in USD at EUR->USD 1.0850 (the clause's rate of 2026-04-01, the latest on or before 2026-04-24):"
                        + " 4,000.00 EUR x 1.0850 = 4,340.00 USD, rounded once, HALF_EVEN, to 4,340.00 USD.");

        JsonNode decision = JSON.readTree(evaluate("northwind-usd-agreement.yaml", "northwind-timeline.yaml",
                "--period", "2026-04", "--format", "json").out()).get("penalties").get(0);
        assertThat(decision.get("amount").asText()).isEqualTo("4340.00");
        assertThat(decision.get("currency").asText()).isEqualTo("USD");
        assertThat(decision.get("priced").asText()).isEqualTo("4000.00");
        assertThat(decision.get("pricedCurrency").asText()).isEqualTo("EUR");
    }

    @Test
    void x1AtTheTimelinesRateWhenTheClauseAgreesNone(@TempDir Path dir) throws IOException {
        // the same clause without exchangeRates: the timeline's ECB-2026-04-01 applies, 4,000.00 x 1.0850
        Path agreement = dir.resolve("agreement.yaml");
        String usd = Files.readString(Path.of(sample("terms/northwind-usd-agreement.yaml")));
        Files.writeString(agreement, usd.substring(0, usd.indexOf("    exchangeRates:")));

        CommandLine run = run("evaluate", "--agreement", agreement.toString(), "--timeline",
                sample("terms/northwind-usd-timeline.yaml"), "--period", "2026-04");

        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("Northwind IT owes Client B 4,340.00 USD under clause 12.1")
                .contains("Paid in USD at EUR->USD 1.0850 (the timeline's rate ECB-2026-04-01 of 2026-04-01, the latest"
                        + " on or before 2026-04-24): 4,000.00 EUR x 1.0850 = 4,340.00 USD");
    }

    @Test
    void aTimelinesBrokenRateIsExitTwoWithItsPath(@TempDir Path dir) throws IOException {
        Path timeline = dir.resolve("timeline.yaml");
        Files.writeString(timeline, Files.readString(Path.of(sample("terms/northwind-usd-timeline.yaml")))
                .replace("rate: 1.0850", "rate: 0").replace("to: USD, rate: 1.1000", "to: EUR, rate: 1.1000"));

        CommandLine run = run("validate", "--agreement", sample("terms/northwind-usd-agreement.yaml"),
                "--timeline", timeline.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("exchangeRates[ECB-2026-04-01].rate: must be positive, was 0")
                .contains("exchangeRates[ECB-2026-04-27].to: converts EUR into itself");
    }

    @Test
    void x1WithoutARateOnTheDayIsExitTwoNamingTheClause(@TempDir Path dir) throws IOException {
        Path agreement = dir.resolve("agreement.yaml");
        Files.writeString(agreement, Files.readString(Path.of(sample("terms/northwind-usd-agreement.yaml")))
                .replace("      - {from: EUR, to: USD, rate: 1.0200, date: 2026-01-01}\n", "")
                .replace("date: 2026-04-01}", "date: 2026-04-25}"));

        CommandLine run = run("evaluate", "--agreement", agreement.toString(), "--timeline",
                sample("northwind-timeline.yaml"), "--period", "2026-04");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("penalties[0].payIn")
                .contains("clause 12.1 pays in USD, but no rate EUR->USD applies on 2026-04-24");
    }

    @Test
    void y1EitherPartyMayTerminateAfterSeventyThreeDaysOfFlood() throws IOException {
        CommandLine run = evaluate("force-majeure-termination-agreement.yaml",
                "terms/force-majeure-termination-timeline.yaml", "--period", "2026-04");
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("Either party (Vendor V or Buyer W) may terminate the agreement under clause"
                + " 19.2 (Prolonged force majeure).")
                .contains("Force majeure FM-1 from 2026-02-01 to 2026-04-15: flood lasted 73 days, more than the 60 days"
                        + " the clause allows.");

        JsonNode root = JSON.readTree(evaluate("force-majeure-termination-agreement.yaml",
                "terms/force-majeure-termination-timeline.yaml", "--period", "2026-04", "--format", "json").out());
        JsonNode right = root.get("terminationRights").get(0);
        assertThat(right.get("clause").asText()).isEqualTo("19.2");
        assertThat(right.get("event").asText()).isEqualTo("FM-1");
        assertThat(right.get("parties")).extracting(JsonNode::asText).containsExactly("vendor", "buyer");
        assertThat(right.get("days").asLong()).isEqualTo(73);
        // unscoped, the flood excuses both obligations: nothing to pay
        JsonNode spring = JSON.readTree(evaluate("force-majeure-termination-agreement.yaml",
                "terms/force-majeure-termination-timeline.yaml", "--from", "2026-02-01", "--to", "2026-06-01",
                "--format", "json").out());
        assertThat(spring.get("penalties")).isEmpty();
    }

    @Test
    void y2TheFloodScopedToOb2LeavesOb1ToPayItsTenDays() throws IOException {
        // OB-1: 10 days x 100.00 = 1,000.00 EUR; OB-2: 61 days excused
        JsonNode root = JSON.readTree(evaluate("force-majeure-termination-agreement.yaml",
                "terms/force-majeure-scoped-timeline.yaml", "--from", "2026-02-01", "--to", "2026-06-01",
                "--format", "json").out());

        assertThat(root.get("penalties")).hasSize(1);
        assertThat(root.get("penalties").get(0).get("subject").asText()).isEqualTo("OB-1");
        assertThat(root.get("penalties").get(0).get("amount").asText()).isEqualTo("1000.00");
        JsonNode ob2 = null;
        for (JsonNode a : root.get("attributions")) {
            if (a.get("subject").asText().equals("OB-2")) {
                ob2 = a;
            }
        }
        assertThat(ob2.get("shares")).singleElement().satisfies(s ->
                assertThat(s.get("responsible").asText()).isEqualTo("EXCUSED"));
    }

    static Stream<Arguments> brokenTerms() {
        return Stream.of(
                Arguments.of("rate: {percentOfValue: 2, per: P1W}", "rate: {percentOfValue: 2, per: P1M}",
                        "penalties[0].rate.per"),
                Arguments.of("rate: {percentOfValue: 2, per: P1W}", "rate: {percentOfValue: 2, per: PT30M}",
                        "penalties[0].rate.per"),
                Arguments.of("rounding: PRO_RATA", "rounding: PRORATA", "penalties[0].rounding"),
                Arguments.of("terminationBasis: EXACT_DURATION", "terminationBasis: EXACT", "penalties[3].terminationBasis"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenTerms")
    void aBrokenRateTermIsExitTwoWithItsPath(String term, String broken, String path, @TempDir Path dir)
            throws IOException {
        Path agreement = dir.resolve("agreement.yaml");
        Files.writeString(agreement, Files.readString(Path.of(sample("terms/richer-rates-agreement.yaml")))
                .replaceFirst(java.util.regex.Pattern.quote(term), broken));

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("terms/richer-rates-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(path);
    }

    @Test
    void brokenCurrencyAndForceMajeureTermsAreAllListedWithTheirPaths(@TempDir Path dir) throws IOException {
        Path agreement = dir.resolve("agreement.yaml");
        Files.writeString(agreement, Files.readString(Path.of(sample("terms/northwind-usd-agreement.yaml")))
                .replace("payIn: USD", "payIn: EUR")
                .replace("rate: 1.0200", "rate: -1")
                + "forceMajeure:\n  - {id: \"19.2\", terminationAfterDays: -1, mayTerminate: [nobody]}\n");

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("northwind-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        // every problem at once: the rate, the threshold and, with them, nothing else hidden
        assertThat(run.err()).contains("penalties[0].exchangeRates[0].rate: must be positive, was -1")
                .contains("forceMajeure[0].terminationAfterDays: must not be negative, was -1");
    }

    @Test
    void aForceMajeureNamingAnUnknownObligationIsExitTwoWithItsPath(@TempDir Path dir) throws IOException {
        Path timeline = dir.resolve("timeline.yaml");
        Files.writeString(timeline, Files.readString(Path.of(sample("terms/force-majeure-scoped-timeline.yaml")))
                .replace("affects: [OB-2]", "affects: [OB-9]"));

        CommandLine run = run("validate", "--agreement", sample("terms/force-majeure-termination-agreement.yaml"),
                "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("forceMajeure[FM-1].affects[0]: unknown obligation OB-9");
    }

    static Stream<Arguments> nothingOwed() {
        return Stream.of(
                // K with 1,200.00 USD credited in the 11 months before: the rolling cap leaves 0.00 of April's 100.00
                Arguments.of("rolling-cap", "variants/rolling-cap-exhausted-history.yaml",
                        "which leaves nothing, and is not issued"),
                // L: 10 % of 9.00 = 0.90 USD, below the 1.00 USD minimum
                Arguments.of("minimum-credit", null, "0.90 USD is below the minimum credit of 1.00 USD and is not issued"));
    }

    /** Issue 13, point 9: both ways to owe nothing read alike: no credit decision, and the objective's note why. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingOwed")
    void nothingOwedIsNoDecisionAndANote(String sample, String history, String note) throws IOException {
        List<String> options = new ArrayList<>(List.of("--period", "2026-04", "--format", "json"));
        if (history != null) {
            options.addAll(List.of("--history", sample(history)));
        }
        CommandLine run = CommandLine.evaluateSample(sample, options.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("objectives").get(0).get("met").asBoolean()).isFalse();
        assertThat(root.get("credits")).isEmpty();
        assertThat(root.get("objectives").get(0).get("notes").toString()).contains(note);
    }
}
