package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import static io.slarules.cli.CommandLine.evaluateSample;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The service-level worked examples G to M, evaluated through the command line as JSON. */
class ServiceLevelSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CommandLine run) throws Exception {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        return JSON.readTree(run.out());
    }

    private static JsonNode evaluate(String sample, String... options) throws Exception {
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--format";
        args[options.length + 1] = "json";
        return json(evaluateSample(sample, args));
    }

    private static List<String> amounts(JsonNode root, String kind) {
        List<String> amounts = new ArrayList<>();
        root.get("credits").forEach(c -> {
            if (c.get("kind").asText().equals(kind)) {
                amounts.add(c.get("amount").asText() + " " + c.get("currency").asText());
            }
        });
        return amounts;
    }

    @Test
    void exampleGCreditsTenPercentForAvailabilityBelowTarget() throws Exception {
        JsonNode root = evaluate("availability", "--period", "2026-04");
        JsonNode objective = root.get("objectives").get(0);

        // 43,150 / 43,200 = 99.884259...%: below 99.95 and at least 99.0 -> 10 % of 1,000.00
        assertThat(objective.get("achieved").asText()).startsWith("99.88425");
        assertThat(objective.get("met").asBoolean()).isFalse();
        assertThat(amounts(root, "SERVICE_CREDIT")).containsExactly("100.00 USD");
    }

    @Test
    void exampleHChargesOneLateCaseCountingFourHoursAgainstTheCustomer() throws Exception {
        JsonNode root = evaluate("business-hours", "--period", "2026-04");
        JsonNode c1 = root.get("objectives").get(0).get("cases").get(0);

        assertThat(c1.get("businessTime").asText()).isEqualTo("PT9H"); // 2 + 4 + 3
        assertThat(c1.get("breachedAt").asText()).isEqualTo("2026-04-08T09:00:00Z"); // 11:00 in Berlin
        assertThat(c1.get("pauses").get(0).get("responsible").asText()).isEqualTo("client-h");
        assertThat(c1.get("pauses").get(0).get("length").asText()).isEqualTo("PT4H");
        assertThat(amounts(root, "PER_BREACH")).containsExactly("50.00 EUR");
    }

    @Test
    void exampleICountsNineHoursAcrossTheClockChange() throws Exception {
        JsonNode c1 = evaluate("dst", "--period", "2026-10").get("objectives").get(0).get("cases").get(0);

        assertThat(c1.get("businessTime").asText()).isEqualTo("PT9H");
        // 8 h after 20:00Z: 04:00Z, 05:00 in Berlin after the clocks went back
        assertThat(c1.get("breachedAt").asText()).isEqualTo("2026-10-25T04:00:00Z");
    }

    @Test
    void exampleJCreditsFivePercentForNinetyPercentOfCasesInTime() throws Exception {
        JsonNode root = evaluate("share-of-cases", "--period", "2026-06");

        // 18 of 20 in time = 90 % -> below 95 and at least 85 -> 5 % of 2,000.00
        assertThat(root.get("objectives").get(0).get("achieved").asDouble()).isEqualTo(90.0);
        assertThat(amounts(root, "SERVICE_CREDIT")).containsExactly("100.00 EUR");
    }

    @Test
    void exampleKCapsTheCreditByTheRollingCap() throws Exception {
        JsonNode root = evaluate("rolling-cap", "--period", "2026-04", "--history", sample("rolling-cap-history.yaml"));
        JsonNode credit = root.get("credits").get(0);

        // 25 % = 250.00; monthly cap 100.00; 10 % of 12,000.00 = 1,200.00 - 1,150.00 = 50.00
        assertThat(credit.get("amount").asText()).isEqualTo("50.00");
        assertThat(credit.get("priced").asText()).isEqualTo("250.00");
        assertThat(credit.get("capped").asBoolean()).isTrue();
    }

    @Test
    void exampleLIssuesNoCreditBelowTheMinimumAndSaysWhy() throws Exception {
        JsonNode root = evaluate("minimum-credit", "--period", "2026-04");

        // 10 % of 9.00 = 0.90 < 1.00: no credit is issued, and the objective's notes say so
        assertThat(root.get("objectives").get(0).get("met").asBoolean()).isFalse();
        assertThat(root.get("credits")).isEmpty();
        assertThat(root.get("objectives").get(0).get("notes").toString()).contains("0.90").contains("1.00");
    }

    @Test
    void exampleMForgivesTheMarchCreditAfterThreeMonthsMet() throws Exception {
        JsonNode root = evaluate("earn-back", "--from", "2026-04-01", "--to", "2026-07-01",
                "--history", sample("earn-back-history.yaml"));

        assertThat(amounts(root, "EARN_BACK")).containsExactly("100.00 USD");
    }

    @Test
    void exampleMKeepsTheMarchCreditWhenMayMisses() throws Exception {
        JsonNode root = json(CommandLine.run("evaluate", "--agreement", sample("earn-back-agreement.yaml"),
                "--timeline", sample("variants/earn-back-may-missed-timeline.yaml"), "--history", sample("earn-back-history.yaml"),
                "--from", "2026-04-01", "--to", "2026-07-01", "--format", "json"));

        assertThat(amounts(root, "EARN_BACK")).isEmpty();
        assertThat(amounts(root, "SERVICE_CREDIT")).containsExactly("100.00 USD"); // May's own
    }

    @Test
    void historyOfOneRunFeedsTheNext(@TempDir Path dir) throws Exception {
        JsonNode april = evaluate("earn-back", "--period", "2026-04", "--history", sample("earn-back-history.yaml"));
        Path history = Files.writeString(dir.resolve("history.json"), april.get("history").toString());

        JsonNode may = evaluate("earn-back", "--period", "2026-05", "--history", history.toString());

        // March from the file, April from the first run, May from the second
        assertThat(may.get("history").get("windows")).hasSize(3);
        assertThat(may.get("history").get("windows").get(1)).isEqualTo(april.get("history").get("windows").get(1));
    }

    @Test
    void textExplainsTheObjectivesAndCredits() {
        CommandLine run = evaluateSample("availability", "--period", "2026-04");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("AVAIL-WEB").contains("100.00");
    }

    // V1: the tool reported 99.42 % for April: below 99.9 and at least 99.0 -> 10 % of 1,500.00 = 150.00 EUR.
    @Test
    void exampleV1CreditsFromALevelTheMonitoringToolReported() throws Exception {
        JsonNode root = evaluate("reported-level", "--period", "2026-04");
        JsonNode objective = root.get("objectives").get(0);

        assertThat(new java.math.BigDecimal(objective.get("achieved").asText())).isEqualByComparingTo("99.42");
        assertThat(objective.get("met").asBoolean()).isFalse();
        assertThat(objective.get("lostTime")).isEmpty();
        assertThat(amounts(root, "SERVICE_CREDIT")).containsExactly("150.00 EUR");
        assertThat(root.get("credits").get(0).get("explanation").asText())
                .contains("reported 99.42 % by Pingdom monthly uptime report (L-2026-04); level truncated at 10 decimals");
    }

    // V2: reported 99.8999 %. The contract rounds to one decimal HALF_UP: 99.9 %, met, no credit. The same report
    // against V1's agreement (truncated at 10 decimals by default): 99.8999 < 99.9 -> 150.00 EUR.
    @Test
    void exampleV2TheContractsRoundingDecidesWhetherTheTargetIsMet() throws Exception {
        JsonNode rounded = json(CommandLine.run("evaluate", "--agreement", sample("variants/reported-level-rounded-agreement.yaml"),
                "--timeline", sample("variants/reported-level-v2-timeline.yaml"), "--period", "2026-04", "--format", "json"));
        JsonNode truncated = json(CommandLine.run("evaluate", "--agreement", sample("reported-level-agreement.yaml"),
                "--timeline", sample("variants/reported-level-v2-timeline.yaml"), "--period", "2026-04", "--format", "json"));

        assertThat(new java.math.BigDecimal(rounded.get("objectives").get(0).get("achieved").asText())).isEqualByComparingTo("99.9");
        assertThat(rounded.get("objectives").get(0).get("met").asBoolean()).isTrue();
        assertThat(rounded.get("credits")).isEmpty();
        assertThat(new java.math.BigDecimal(truncated.get("objectives").get(0).get("achieved").asText()))
                .isEqualByComparingTo("99.8999");
        assertThat(amounts(truncated, "SERVICE_CREDIT")).containsExactly("150.00 EUR");
    }

    @Test
    void aReportedLevelAboveAHundredOrAWrongRoundingIsRefusedAtItsPath(@TempDir Path dir) throws Exception {
        Path agreement = Files.writeString(dir.resolve("agreement.yaml"),
                Files.readString(Path.of(sample("variants/reported-level-rounded-agreement.yaml")))
                        .replace("levelRounding: {scale: 1, mode: HALF_UP}", "levelRounding: {scale: 11, mode: UNNECESSARY}"));
        Path timeline = Files.writeString(dir.resolve("timeline.yaml"),
                Files.readString(Path.of(sample("reported-level-timeline.yaml"))).replace("level: 99.42", "level: 100.5"));

        CommandLine badAgreement = CommandLine.run("evaluate", "--agreement", agreement.toString(), "--timeline",
                sample("reported-level-timeline.yaml"), "--period", "2026-04");
        CommandLine badTimeline = CommandLine.run("evaluate", "--agreement", sample("reported-level-agreement.yaml"),
                "--timeline", timeline.toString(), "--period", "2026-04");

        assertThat(badAgreement.status()).isEqualTo(Main.INVALID);
        assertThat(badAgreement.err()).contains("objectives[0].levelRounding.scale: a level keeps 0 to 10 decimals, was 11")
                .contains("objectives[0].levelRounding.mode: unknown value \"UNNECESSARY\"");
        assertThat(badTimeline.status()).isEqualTo(Main.INVALID);
        assertThat(badTimeline.err()).contains("levels[L-2026-04].level");
    }
}
