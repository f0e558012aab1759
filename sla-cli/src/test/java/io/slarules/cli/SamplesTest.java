package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.slarules.cli.CommandLine.evaluateSample;
import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped sample, evaluated through the command line, gives the worked example's decision. */
class SamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> samples() {
        return Stream.of(
                // A: 4 started days of Northwind's own x 0.5 % x 200,000.00 = 4 x 1,000.00
                Arguments.of("northwind", "DELIVERY-1", "4,000.00 EUR", "4000.00", "4000.00", 4, false, false),
                // B: Northwind 4 (kick-off, passed on through SPEC-1) + 3 own = 7 x 1,000.00
                Arguments.of("propagation", "DELIVERY-1", "7,000.00 EUR", "7000.00", "7000.00", 7, false, false),
                // D: 5 late, 4 blocked by Client B: 1 x 1,000.00
                Arguments.of("blocked", "DELIVERY-3", "1,000.00 EUR", "1000.00", "1000.00", 1, false, false),
                // E: 36 late, 3 excused: 33 x 1,000.00 = 33,000.00, capped at 10 % = 20,000.00; 33 > 30
                Arguments.of("force-majeure", "DELIVERY-4", "20,000.00 EUR", "20000.00", "33000.00", 33, true, true));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("samples")
    void explainsTheDecisionAsText(String sample, String subject, String text, String amount, String priced,
                                   long delay, boolean capped, boolean terminationRight) {
        CommandLine run = evaluateSample(sample);

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Northwind IT owes Client B " + text + " under clause 12.1 (Delay in delivery) for "
                + subject + ".");
        assertThat(run.out().contains("may terminate the agreement")).isEqualTo(terminationRight);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("samples")
    void writesTheDecisionAsJson(String sample, String subject, String text, String amount, String priced,
                                 long delay, boolean capped, boolean terminationRight) throws Exception {
        CommandLine run = evaluateSample(sample, "--format", "json");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("period").get("from").asText()).isEqualTo("2026-03-01");
        assertThat(root.get("period").get("to").asText()).isEqualTo("2027-03-01");
        assertThat(root.get("penalties")).hasSize(1);
        JsonNode decision = root.get("penalties").get(0);
        assertThat(decision.get("subject").asText()).isEqualTo(subject);
        assertThat(decision.get("clause").asText()).isEqualTo("12.1");
        assertThat(decision.get("debtor").asText()).isEqualTo("northwind");
        assertThat(decision.get("creditor").asText()).isEqualTo("client-b");
        assertThat(decision.get("amount").isTextual()).isTrue();
        assertThat(decision.get("amount").asText()).isEqualTo(amount);
        assertThat(decision.get("currency").asText()).isEqualTo("EUR");
        assertThat(decision.get("priced").asText()).isEqualTo(priced);
        assertThat(decision.get("delay").asLong()).isEqualTo(delay);
        assertThat(decision.get("unit").asText()).isEqualTo("DAYS");
        assertThat(decision.get("capped").asBoolean()).isEqualTo(capped);
        assertThat(decision.get("terminationRight").asBoolean()).isEqualTo(terminationRight);
        assertThat(decision.get("explanation").asText()).contains(text);
    }

    @Test
    void attributesTheBlockedDaysToTheCustomerInJson() throws Exception {
        JsonNode delivery = JSON.readTree(evaluateSample("blocked", "--format", "json").out())
                .get("attributions").get(0);

        assertThat(delivery.get("subject").asText()).isEqualTo("DELIVERY-3");
        assertThat(delivery.get("total").asText()).isEqualTo("PT120H"); // 5 days
        assertThat(delivery.get("shares").get(0).get("responsible").asText()).isEqualTo("client-b");
        assertThat(delivery.get("shares").get(0).get("days").asText()).isEqualTo("4");
        JsonNode blocked = delivery.get("segments").get(0);
        assertThat(blocked.get("cause").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.get("event").asText()).isEqualTo("B-1");
        // [05-11, 05-15) in Berlin (CEST, UTC+2)
        assertThat(blocked.get("interval").get("from").asText()).isEqualTo("2026-05-10T22:00:00Z");
        assertThat(blocked.get("interval").get("to").asText()).isEqualTo("2026-05-14T22:00:00Z");
    }

    @Test
    void excusesTheForceMajeureDaysInJson() throws Exception {
        JsonNode delivery = JSON.readTree(evaluateSample("force-majeure", "--format", "json").out())
                .get("attributions").get(0);

        assertThat(delivery.get("totalDays").asText()).isEqualTo("36");
        assertThat(delivery.get("shares").get(0).get("responsible").asText()).isEqualTo("EXCUSED");
        assertThat(delivery.get("shares").get(0).get("days").asText()).isEqualTo("3");
        assertThat(delivery.get("shares").get(1).get("responsible").asText()).isEqualTo("northwind");
        assertThat(delivery.get("shares").get(1).get("days").asText()).isEqualTo("33");
    }

    @Test
    void passesKickoffBlameThroughTheSpecificationInJson() throws Exception {
        JsonNode delivery = JSON.readTree(evaluateSample("propagation", "--format", "json").out())
                .get("attributions").get(2);

        assertThat(delivery.get("subject").asText()).isEqualTo("DELIVERY-1");
        JsonNode kickoff = delivery.get("segments").get(0);
        assertThat(kickoff.get("responsible").asText()).isEqualTo("northwind");
        assertThat(kickoff.get("origin").asText()).isEqualTo("KICKOFF-1");
        assertThat(kickoff.get("via").get(0).asText()).isEqualTo("SPEC-1");
    }
}
