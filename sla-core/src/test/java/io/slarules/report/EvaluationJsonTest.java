package io.slarules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.Cause;
import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EvaluationJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PROPAGATE_OWN = DefaultRules.REMAINING_LATENESS_OWN;
    private static final String PROPAGATE_SHIFT = DefaultRules.LATE_DEPENDENCY_SHIFTS_DUE_DATE;
    private static final String FORCE_MAJEURE = DefaultRules.FORCE_MAJEURE_SHIFTS_DUE_DATE;

    /** Example A's delivery: 21 days Client B's (SPEC-1, passed on), 4 days Northwind's own. */
    private static DelayAttribution delivery() {
        Segment spec = Segment.of(Responsible.party("client-b"), Duration.ofDays(21), Cause.OWN_DELAY, "SPEC-1",
                Optional.empty(), Optional.empty(), "", List.of(), List.of(PROPAGATE_OWN, PROPAGATE_SHIFT));
        Segment own = Segment.of(Responsible.party("northwind"), Duration.ofDays(4), Cause.OWN_DELAY, "DELIVERY-1",
                Optional.empty(), Optional.empty(), "", List.of(), List.of(PROPAGATE_OWN));
        return DelayAttribution.of("DELIVERY-1", "northwind", Instant.parse("2026-03-30T22:00:00Z"),
                Optional.of(Instant.parse("2026-04-24T22:00:00Z")), Instant.parse("2026-04-24T22:00:00Z"),
                List.of(spec, own));
    }

    /** An open delivery: 4 days of force majeure, then 1 day 18 hours of Northwind's own, so far. */
    private static DelayAttribution openDelivery() {
        Interval flood = Interval.of(Instant.parse("2026-04-20T22:00:00Z"), Instant.parse("2026-04-24T22:00:00Z"));
        Segment excused = Segment.of(Responsible.EXCUSED, Duration.ofDays(4), Cause.FORCE_MAJEURE, "DELIVERY-2",
                Optional.of("FM-1"), Optional.of(flood), "flood", List.of(), List.of(FORCE_MAJEURE));
        Segment own = Segment.of(Responsible.party("northwind"), Duration.ofHours(42), Cause.OWN_DELAY,
                "DELIVERY-2", Optional.empty(), Optional.empty(), "", List.of(), List.of(PROPAGATE_OWN));
        return DelayAttribution.of("DELIVERY-2", "northwind", Instant.parse("2026-04-21T22:00:00Z"),
                Optional.empty(), Instant.parse("2026-04-27T16:00:00Z"), List.of(excused, own));
    }

    private static PenaltyDecision decision() {
        // 4 started days x 0.5 % x 200,000.00 = 4,000.00 EUR; priced held unscaled as 4000
        return PenaltyDecision.builder().id("pd-1234abcd").clause("12.1").subject("DELIVERY-1").debtor("northwind")
                .creditor("client-b").amount(Money.of("4000.00", "EUR")).priced(Money.of("4000", "EUR")).delay(4)
                .unit(DelayUnit.DAYS).capped(false).terminationRight(false)
                .rules(List.of(PROPAGATE_OWN, DefaultRules.DAMAGES_PER_UNIT))
                .explanation("pd-1234abcd: Northwind IT owes Client B 4,000.00 EUR under clause 12.1.\n").build();
    }

    private static Evaluation evaluation() {
        return Evaluation.builder().agreementId("NW-CB-2026")
                .period(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)))
                .asOf(Instant.parse("2026-04-30T22:00:00Z")).attributions(List.of(delivery(), openDelivery()))
                .penalties(List.of(decision())).explanation("the explanation").build();
    }

    private static JsonNode json(Evaluation evaluation) throws Exception {
        return MAPPER.readTree(EvaluationJson.write(evaluation));
    }

    @Test
    void writesTheEvaluationsHeader() throws Exception {
        JsonNode root = json(evaluation());

        assertThat(names(root)).containsExactly("agreement", "period", "asOf", "attributions", "penalties");
        assertThat(root.get("agreement").asText()).isEqualTo("NW-CB-2026");
        assertThat(names(root.get("period"))).containsExactly("from", "to");
        assertThat(root.get("period").get("from").asText()).isEqualTo("2026-03-01");
        assertThat(root.get("period").get("to").asText()).isEqualTo("2026-05-01");
        assertThat(root.get("asOf").asText()).isEqualTo("2026-04-30T22:00:00Z");
        assertThat(root.get("attributions")).hasSize(2);
        assertThat(root.get("penalties")).hasSize(1);
    }

    @Test
    void writesAFulfilledAttributionWithItsSharesAndSegments() throws Exception {
        JsonNode a = json(evaluation()).get("attributions").get(0);

        assertThat(names(a)).containsExactly("subject", "owner", "due", "fulfilled", "provisional", "total",
                "totalDays", "shares", "segments");
        assertThat(a.get("subject").asText()).isEqualTo("DELIVERY-1");
        assertThat(a.get("owner").asText()).isEqualTo("northwind");
        assertThat(a.get("due").asText()).isEqualTo("2026-03-30T22:00:00Z");
        assertThat(a.get("fulfilled").asText()).isEqualTo("2026-04-24T22:00:00Z");
        assertThat(a.get("provisional").isBoolean()).isTrue();
        assertThat(a.get("provisional").booleanValue()).isFalse();
        assertThat(a.get("total").asText()).isEqualTo("PT600H"); // 25 days
        assertThat(a.get("totalDays").isTextual()).isTrue();
        assertThat(a.get("totalDays").asText()).isEqualTo("25");

        JsonNode clientB = a.get("shares").get(0);
        assertThat(names(clientB)).containsExactly("responsible", "length", "days");
        assertThat(clientB.get("responsible").asText()).isEqualTo("client-b");
        assertThat(clientB.get("length").asText()).isEqualTo("PT504H");
        assertThat(clientB.get("days").asText()).isEqualTo("21");
        assertThat(a.get("shares").get(1).get("responsible").asText()).isEqualTo("northwind");
        assertThat(a.get("shares").get(1).get("days").asText()).isEqualTo("4");

        JsonNode passedOn = a.get("segments").get(0);
        assertThat(names(passedOn)).containsExactly("responsible", "length", "cause", "origin", "event", "interval",
                "via", "reason", "rules");
        assertThat(passedOn.get("responsible").asText()).isEqualTo("client-b");
        assertThat(passedOn.get("length").asText()).isEqualTo("PT504H");
        assertThat(passedOn.get("cause").asText()).isEqualTo("OWN_DELAY");
        assertThat(passedOn.get("origin").asText()).isEqualTo("SPEC-1");
        assertThat(passedOn.get("event").isNull()).isTrue();
        assertThat(passedOn.get("interval").isNull()).isTrue();
        assertThat(passedOn.get("via").isArray()).isTrue();
        assertThat(passedOn.get("via")).isEmpty();
        assertThat(passedOn.get("reason").asText()).isEmpty();
        assertThat(texts(passedOn.get("rules"))).containsExactly(PROPAGATE_OWN, PROPAGATE_SHIFT);
    }

    @Test
    void writesAnOpenAttributionAsProvisionalWithNullFulfilmentAndTheExcusedShare() throws Exception {
        JsonNode a = json(evaluation()).get("attributions").get(1);

        assertThat(a.get("subject").asText()).isEqualTo("DELIVERY-2");
        assertThat(a.has("fulfilled")).isTrue();
        assertThat(a.get("fulfilled").isNull()).isTrue();
        assertThat(a.get("provisional").booleanValue()).isTrue();
        assertThat(a.get("total").asText()).isEqualTo("PT138H"); // 96 h + 42 h
        assertThat(a.get("totalDays").asText()).isEqualTo("5.75"); // 138 / 24
        assertThat(a.get("shares").get(0).get("responsible").asText()).isEqualTo("EXCUSED");
        assertThat(a.get("shares").get(1).get("days").asText()).isEqualTo("1.75"); // 42 / 24

        JsonNode forceMajeure = a.get("segments").get(0);
        assertThat(forceMajeure.get("responsible").asText()).isEqualTo("EXCUSED");
        assertThat(forceMajeure.get("cause").asText()).isEqualTo("FORCE_MAJEURE");
        assertThat(forceMajeure.get("event").asText()).isEqualTo("FM-1");
        assertThat(names(forceMajeure.get("interval"))).containsExactly("from", "to");
        assertThat(forceMajeure.get("interval").get("from").asText()).isEqualTo("2026-04-20T22:00:00Z");
        assertThat(forceMajeure.get("interval").get("to").asText()).isEqualTo("2026-04-24T22:00:00Z");
        assertThat(forceMajeure.get("reason").asText()).isEqualTo("flood");
        assertThat(texts(forceMajeure.get("rules"))).containsExactly(FORCE_MAJEURE);
    }

    @Test
    void writesAPenaltyWithMoneyAsDecimalStrings() throws Exception {
        JsonNode p = json(evaluation()).get("penalties").get(0);

        // issue 11: the fingerprint follows the id, so a billing system reading this output detects corrections
        assertThat(names(p)).containsExactly("id", "fingerprint", "clause", "subject", "debtor", "creditor", "amount",
                "currency", "priced", "delay", "unit", "capped", "terminationRight", "rules", "explanation");
        assertThat(p.get("id").asText()).isEqualTo("pd-1234abcd");
        assertThat(p.get("fingerprint").asText()).isEqualTo(decision().fingerprint()).matches("[0-9a-f]{16}");
        assertThat(p.get("clause").asText()).isEqualTo("12.1");
        assertThat(p.get("subject").asText()).isEqualTo("DELIVERY-1");
        assertThat(p.get("debtor").asText()).isEqualTo("northwind");
        assertThat(p.get("creditor").asText()).isEqualTo("client-b");
        assertThat(p.get("amount").isTextual()).isTrue();
        assertThat(p.get("amount").asText()).isEqualTo("4000.00");
        assertThat(p.get("currency").asText()).isEqualTo("EUR");
        assertThat(p.get("priced").isTextual()).isTrue();
        assertThat(p.get("priced").asText()).isEqualTo("4000.00");
        assertThat(p.get("delay").isIntegralNumber()).isTrue();
        assertThat(p.get("delay").longValue()).isEqualTo(4);
        assertThat(p.get("unit").asText()).isEqualTo("DAYS");
        assertThat(p.get("capped").booleanValue()).isFalse();
        assertThat(p.get("terminationRight").booleanValue()).isFalse();
        assertThat(texts(p.get("rules"))).containsExactly(PROPAGATE_OWN,
                DefaultRules.DAMAGES_PER_UNIT);
        assertThat(p.get("explanation").asText())
                .isEqualTo("pd-1234abcd: Northwind IT owes Client B 4,000.00 EUR under clause 12.1.\n");
    }

    @Test
    void writesAnEmptyEvaluationInTheDocumentedLayout() {
        Evaluation empty = Evaluation.builder().agreementId("NW-CB-2026")
                .period(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .asOf(Instant.parse("2026-03-31T22:00:00Z")).attributions(List.of()).penalties(List.of())
                .explanation("").build();

        assertThat(EvaluationJson.write(empty)).isEqualTo("""
                {
                  "agreement": "NW-CB-2026",
                  "period": {
                    "from": "2026-03-01",
                    "to": "2026-04-01"
                  },
                  "asOf": "2026-03-31T22:00:00Z",
                  "attributions": [],
                  "penalties": []
                }""");
    }

    @Test
    void writesTheSameTextForTheSameEvaluation() {
        assertThat(EvaluationJson.write(evaluation())).isEqualTo(EvaluationJson.write(evaluation()));
    }

    @ParameterizedTest
    @CsvSource({
            "4000.00, EUR, 4000.00",
            "4000, EUR, 4000.00",
            "4000.0000, EUR, 4000.00",
            "33000.125, EUR, 33000.125", // exact priced amounts keep their digits
            "0, EUR, 0.00",
            "4000, JPY, 4000",
            "4000.00, JPY, 4000",
            "1.5, BHD, 1.500",
    })
    void writesMoneyWithTheCurrencysMinorDigitsAndNeverLosesDigits(String amount, String currency, String written) {
        assertThat(EvaluationJson.decimal(Money.of(amount, currency))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({
            "PT0S, 0",
            "PT504H, 21",
            "PT138H, 5.75",
            "PT1H, 0.041667", // 1 / 24, rounded half-even to six places
            "PT240H, 10",
            "PT0.5S, 0.000006",
    })
    void writesDaysAsAPlainDecimal(String length, String days) {
        assertThat(EvaluationJson.days(Duration.parse(length))).isEqualTo(days);
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> EvaluationJson.write(null)).withMessage("evaluation");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
