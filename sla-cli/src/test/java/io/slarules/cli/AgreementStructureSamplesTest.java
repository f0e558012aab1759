package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.slarules.cli.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's worked examples N, O, P and Q, evaluated from the shipped samples through the command line. */
class AgreementStructureSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String structure(String file) {
        return CommandLine.sample("structures/" + file);
    }

    /** The JSON documents written one after the other, checking the run succeeded. */
    private static List<JsonNode> documents(CommandLine run) throws IOException {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        List<JsonNode> documents = new ArrayList<>();
        JSON.readerFor(JsonNode.class).readValues(run.out()).forEachRemaining(n -> documents.add((JsonNode) n));
        return documents;
    }

    /** Each credit as "clause debtor -> creditor amount currency". */
    private static List<String> credits(JsonNode evaluation) {
        List<String> credits = new ArrayList<>();
        evaluation.get("credits").forEach(c -> credits.add(c.get("clause").asText() + " " + c.get("debtor").asText()
                + " -> " + c.get("creditor").asText() + " " + c.get("amount").asText() + " " + c.get("currency").asText()));
        return credits;
    }

    private static JsonNode objective(JsonNode evaluation, String id) {
        for (JsonNode o : evaluation.get("objectives")) {
            if (o.get("objective").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no objective " + id + " in " + evaluation);
    }

    private static CommandLine evaluateN(String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--agreement", structure("service-based-agreement.yaml"),
                "--timeline", structure("service-based-s1-timeline.yaml"), "--timeline", structure("service-based-s2-timeline.yaml"),
                "--timeline", structure("service-based-s3-timeline.yaml"), "--period", "2026-05"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    // N: May 2026, 44,640 minutes. S-1: 60 min: 44,580 / 44,640 = 99.865591 % -> 10 % of 500.00 = 50.00.
    // S-2: none, no credit. S-3: 500 min: 44,140 / 44,640 = 98.879928 % -> 25 % of 80.00 = 20.00.
    @Test
    void exampleNEvaluatesEachSubscriberWithItsOwnTimelineAndFee() throws IOException {
        List<JsonNode> evaluations = documents(evaluateN("--format", "json"));

        assertThat(evaluations).extracting(e -> e.get("agreement").asText())
                .containsExactly("STD-HOSTING/S-1", "STD-HOSTING/S-2", "STD-HOSTING/S-3");
        assertThat(objective(evaluations.get(0), "AVAIL").get("achieved").asText()).startsWith("99.865591");
        assertThat(objective(evaluations.get(1), "AVAIL").get("met").asBoolean()).isTrue();
        assertThat(objective(evaluations.get(2), "AVAIL").get("achieved").asText()).startsWith("98.879928");
        assertThat(credits(evaluations.get(0))).containsExactly("5.1 hostco -> c1 50.00 EUR");
        assertThat(credits(evaluations.get(1))).isEmpty();
        assertThat(credits(evaluations.get(2))).containsExactly("5.1 hostco -> c3 20.00 EUR");
    }

    @Test
    void exampleNInTextExplainsEachSubscriberInTurn() {
        CommandLine run = evaluateN();

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).contains("STD-HOSTING/S-1").contains("STD-HOSTING/S-2").contains("STD-HOSTING/S-3")
                .contains("50.00").contains("20.00");
        assertThat(run.out().indexOf("STD-HOSTING/S-1")).isLessThan(run.out().indexOf("STD-HOSTING/S-3"));
    }

    @Test
    void exampleNRefusesASubscriptionWithoutItsTimeline() {
        CommandLine run = run("evaluate", "--agreement", structure("service-based-agreement.yaml"),
                "--timeline", structure("service-based-s1-timeline.yaml"), "--period", "2026-05");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(structure("service-based-agreement.yaml")
                + ": subscriptions[S-2]: no timeline file names agreement STD-HOSTING/S-2");
    }

    @Test
    void exampleOExplainsEachTermOfTheEffectiveAgreementWithItsLevel() {
        CommandLine run = run("explain-agreement", "--agreement", structure("multi-level-agreement.yaml"),
                "--level", "payments");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).startsWith("Effective terms of ACME-GROUP/payments:\n")
                .contains("  calendar uk-office: from the corporate level\n")
                .contains("  objective AVAIL: from the corporate level\n")
                .contains("  objective AVAIL target: from the customer level\n")
                .contains("  credit 4.2 bands: from the customer level\n")
                .contains("  caps: from the corporate level\n")
                .contains("  objective P1-RESPONSE: from the Payments API level\n")
                .contains("  objective AVAIL: AVAILABILITY, acme to bank, service payments, target 99.9 %\n");
    }

    // O: April 2026 (43,200 min), 60 provider minutes: 99.861111 %, below the customer level's 99.9, not below
    // 99.5: 10 % of 2,000.00 = 200.00 GBP, under the corporate cap of 15 % (300.00).
    @Test
    void exampleOEvaluatesALevelAndCitesTheLevelsOfItsTerms() throws IOException {
        JsonNode april = documents(run("evaluate", "--agreement", structure("multi-level-agreement.yaml"),
                "--level", "payments", "--timeline", structure("multi-level-timeline.yaml"), "--period", "2026-04",
                "--format", "json")).get(0);

        assertThat(april.get("agreement").asText()).isEqualTo("ACME-GROUP/payments");
        assertThat(objective(april, "AVAIL").get("target").asText()).isEqualTo("99.9");
        assertThat(credits(april)).containsExactly("4.2 acme -> bank 200.00 GBP");
        assertThat(april.at("/credits/0/explanation").asText())
                .startsWith("per corporate clause 4.2, bands from the customer level, target from the customer level");
    }

    @Test
    void exampleORefusesAServiceLevelThatWeakensTheCorporateMinimum(@TempDir Path dir) throws IOException {
        Path weakened = dir.resolve("weakened.yaml");
        String text = Files.readString(Path.of(structure("multi-level-agreement.yaml")));
        Files.writeString(weakened, text.replace("    objectives:\n      - kind: TIME_TO",
                "    objectives:\n      - {id: AVAIL, target: 99.0}\n      - kind: TIME_TO"));

        CommandLine run = run("explain-agreement", "--agreement", weakened.toString(), "--level", "payments");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).isEqualTo(weakened + ": levels[payments].objectives[AVAIL].target: the Payments API level"
                + " sets 99.0 %, below the minimum 99.5 % the corporate level set for AVAIL" + System.lineSeparator());
    }

    @Test
    void exampleOWithoutALevelSaysToChooseOne() {
        CommandLine run = run("evaluate", "--agreement", structure("multi-level-agreement.yaml"),
                "--timeline", structure("multi-level-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(": kind: a MULTI_LEVEL agreement states its terms in levels").contains("--level ID");
    }

    @Test
    void exampleOAtAnUnknownLevelIsRefused() {
        CommandLine run = run("explain-agreement", "--agreement", structure("multi-level-agreement.yaml"), "--level", "retail");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(structure("multi-level-agreement.yaml") + ": levels: unknown level retail");
    }

    // P: 150 of 200 leads: 50 x 20.00 = 1,000.00 to Sales. Sales' target 50 x 0.75 = 37.5 -> 37; 36 closed: 14 short,
    // 13 Marketing's, 1 Sales': 100.00, 70.00 to Customer Service and 30.00 to the company. N-1 and N-2 onboarded
    // in 56 business hours (late), N-3 in 40 of its own after 16 waiting on Sales: 2 x 25.00.
    @Test
    void examplePPricesTheChainAndAttributesTheShortfallUpstream() throws IOException {
        JsonNode march = documents(run("evaluate", "--agreement", structure("company-chain-agreement.yaml"),
                "--timeline", structure("company-chain-timeline.yaml"), "--period", "2026-03", "--format", "json")).get(0);

        JsonNode customers = objective(march, "CUSTOMERS");
        assertThat(objective(march, "LEADS").get("achieved").asText()).isEqualTo("150");
        assertThat(customers.get("achieved").asText()).isEqualTo("36");
        assertThat(customers.get("target").asText()).isEqualTo("50"); // as agreed; the scaled target is in the notes
        assertThat(customers.get("notes").toString()).contains("scales to 37");
        assertThat(customers.get("shortfall").asLong()).isEqualTo(14);
        List<String> by = new ArrayList<>();
        customers.get("shortfallBy").forEach(s -> by.add(s.get("responsible").asText() + " " + s.get("units").asLong()));
        assertThat(by).containsExactlyInAnyOrder("marketing 13", "sales 1");
        JsonNode onboarding = objective(march, "ONBOARDING");
        List<String> late = new ArrayList<>();
        onboarding.get("cases").forEach(c -> {
            if (!c.get("breachedAt").isNull()) {
                late.add(c.get("case").asText());
            }
        });
        assertThat(late).containsExactly("N-1", "N-2");
        assertThat(credits(march)).containsExactly("2.1 marketing -> sales 1000.00 EUR",
                "3.1 sales -> customer-service 70.00 EUR", "3.1 sales -> company 30.00 EUR",
                "4.1 customer-service -> company 25.00 EUR", "4.1 customer-service -> company 25.00 EUR");
    }

    // Q: March (starts before the amendment's 03-15) under the old 99.5 %: 99.865591 % met. April under 99.9 %:
    // 99.861111 % -> 10 % of 1,000.00 = 100.00 EUR.
    @Test
    void exampleQEvaluatesEachWindowUnderTheTermsInForceAtItsStart() throws IOException {
        JsonNode march = evaluateQ(structure("amendment-agreement.yaml"), "2026-03");
        JsonNode april = evaluateQ(structure("amendment-agreement.yaml"), "2026-04");

        assertThat(objective(march, "AVAIL").get("target").asText()).isEqualTo("99.5");
        assertThat(objective(march, "AVAIL").get("met").asBoolean()).isTrue();
        assertThat(credits(march)).isEmpty();
        assertThat(objective(april, "AVAIL").get("target").asText()).isEqualTo("99.9");
        assertThat(credits(april)).containsExactly("7.1 acme -> client-q 100.00 EUR");
    }

    @Test
    void exampleQReRunningMarchAfterTheAmendmentChangesNothing(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(structure("amendment-agreement.yaml")));
        Path before = Files.writeString(dir.resolve("before-amendment.yaml"), text.substring(0, text.indexOf("amendments:")));

        assertThat(evaluateQ(structure("amendment-agreement.yaml"), "2026-03")).isEqualTo(evaluateQ(before.toString(), "2026-03"));
    }

    private static JsonNode evaluateQ(String agreement, String month) throws IOException {
        return documents(run("evaluate", "--agreement", agreement, "--timeline", structure("amendment-timeline.yaml"),
                "--period", month, "--format", "json")).get(0);
    }

    @Test
    void aFlatAgreementsTermsArePrintedWithoutSources() {
        CommandLine run = run("explain-agreement", "--agreement", structure("service-based-agreement.yaml"));

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).startsWith("Terms of STD-HOSTING (SERVICE_BASED, EUR, in force 2026-01-01..2027-01-01):\n")
                .contains("  credit 5.1: prices AVAIL, hostco to customer")
                .contains("  subscription S-3: Customer 3 (c3), service hosting, 80.00 EUR a month from 2026-01-01\n")
                .doesNotContain("from the");
    }

    @Test
    void anAmendmentsTermsArePrintedUnderIt() {
        CommandLine run = run("explain-agreement", "--agreement", structure("amendment-agreement.yaml"));

        assertThat(run.out()).contains("Amendment A-1, in force for the windows from 2026-03-15:\n")
                .contains("  objective AVAIL: AVAILABILITY, acme to client-q, service web, target 99.9 %\n");
    }

    @Test
    void severalTimelinesForAnAgreementWithoutSubscriptionsAreRefused() {
        CommandLine run = run("evaluate", "--agreement", structure("amendment-agreement.yaml"),
                "--timeline", structure("amendment-timeline.yaml"), "--timeline", structure("amendment-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains("--timeline is given 2 times");
    }
}
