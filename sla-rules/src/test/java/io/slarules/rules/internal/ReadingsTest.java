package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.Statement;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.Price;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, point 8: quality measured by readings, and the net statement (example Z1), through the Java API.
 */
class ReadingsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String OUTSIDE_RULE = DefaultRules.READING_OUTSIDE_RANGE;
    private static final String MEASURE_RULE = DefaultRules.READINGS;
    private static final String DEDUCTION_RULE = DefaultRules.PER_READING_OUTSIDE;

    private static Agreement agreement(ReadingsObjective objective, ServiceCredit.PerReading perReading,
                                       Optional<Amount> cap) {
        ServiceCredit.Builder credit = ServiceCredit.builder("9.1", "TEMP").payable("carrier", "buyer")
                .perReading(perReading);
        cap.ifPresent(credit::cap);
        return Agreement.builder("COLD-CHAIN-Z1").currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("carrier", "Polar Freight", PartyRole.PROVIDER),
                        Party.of("buyer", "Pharma Buyer", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder().objectives(objective).credits(credit.build()).build())
                .prices(new Price("FREIGHT-1", "Shipment of vaccines", "buyer", "carrier",
                        Money.of("10000.00", "EUR"), LocalDate.of(2026, 3, 31)))
                .build();
    }

    /** Z1: allowed 2-8 °C, both ends included; 2 % of a shipment worth 10,000.00 EUR per reading outside. */
    private static Agreement z1() {
        return agreement(ReadingsObjective.between("TEMP", "carrier", "buyer", new BigDecimal("2"), new BigDecimal("8"),
                "°C"), ServiceCredit.PerReading.percentOf(new BigDecimal("2"), Money.of("10000.00", "EUR")), Optional.empty());
    }

    private static Timeline readings(Agreement agreement, String... values) {
        Timeline.Builder timeline = Timeline.builder(agreement);
        Instant at = Instant.parse("2026-03-02T06:00:00Z");
        for (String value : values) {
            timeline.reading("TEMP", at, new BigDecimal(value));
            at = at.plusSeconds(3600);
        }
        return timeline.build();
    }

    // Z1: readings 5, 9.5, 7, 1.0, 8.0 against 2-8 °C inclusive: 9.5 and 1.0 are outside (8.0 is the upper end,
    // allowed) -> 2 x 2 % of 10,000.00 EUR = 2 x 200.00 = 400.00 EUR; the statement: the price 10,000.00 EUR the
    // buyer owes, less 400.00 EUR the carrier owes -> the buyer pays 9,600.00 EUR.
    @Test
    void exampleZ1TwoReadingsOutsideCostTwoPercentEachAndTheBuyerPaysTheNet() {
        Agreement agreement = z1();
        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 3),
                readings(agreement, "5", "9.5", "7", "1.0", "8.0"));

        ObjectiveResult march = evaluation.objective("TEMP").get(0);
        assertThat(march.achieved()).isEqualByComparingTo("2");
        assertThat(march.met()).isFalse();
        assertThat(march.notes()).containsExactly("2 of 5 reading(s) outside 2–8 °C: 9.5 at 2026-03-02T07:00:00Z,"
                + " 1.0 at 2026-03-02T09:00:00Z");
        assertThat(evaluation.credits()).hasSize(1);
        CreditDecision deduction = evaluation.credits().get(0);
        assertThat(deduction.kind()).isEqualTo(CreditKind.SERVICE_CREDIT);
        assertThat(deduction.clause()).isEqualTo("9.1");
        assertThat(deduction.debtor()).isEqualTo("carrier");
        assertThat(deduction.creditor()).isEqualTo("buyer");
        assertThat(deduction.amount()).isEqualTo(Money.of("400.00", "EUR"));
        assertThat(deduction.explanation()).contains("2 reading(s) outside 2–8 °C (9.5 at 2026-03-02T07:00:00Z,"
                + " 1.0 at 2026-03-02T09:00:00Z) × 2 % of 10,000.00 EUR = 400.00 EUR");
        assertThat(deduction.rules()).containsSubsequence(OUTSIDE_RULE, MEASURE_RULE, DEDUCTION_RULE);

        Statement statement = Statement.of(agreement, evaluation);
        assertThat(statement.lines()).extracting(Statement.Line::kind)
                .containsExactly(Statement.Line.Kind.PRICE, Statement.Line.Kind.DECISION);
        assertThat(statement.lines().get(0).amount()).isEqualTo(Money.of("10000.00", "EUR"));
        assertThat(statement.lines().get(1).reference()).isEqualTo(deduction.id());
        assertThat(statement.nets()).containsExactly(new Statement.Net("buyer", "carrier", Money.of("9600.00", "EUR")));
        assertThat(statement.net("buyer", "carrier", EUR)).isEqualTo(Money.of("9600.00", "EUR"));
        assertThat(statement.net("carrier", "buyer", EUR)).isEqualTo(Money.of("-9600.00", "EUR"));
        assertThat(statement.explain(agreement)).endsWith("  net: payable by Pharma Buyer to Polar Freight 9,600.00 EUR\n");
    }

    // The same readings evaluated twice give the same decision id (content-derived), and readings given in another
    // order the same decision.
    @Test
    void theDeductionIsDeterministic() {
        Agreement agreement = z1();
        Evaluation once = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), readings(agreement, "5", "9.5", "7", "1.0", "8.0"));
        Evaluation again = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), readings(agreement, "5", "9.5", "7", "1.0", "8.0"));
        assertThat(again.credits().get(0).id()).isEqualTo(once.credits().get(0).id());
        assertThat(again.credits().get(0).fingerprint()).isEqualTo(once.credits().get(0).fingerprint());
    }

    // Exclusive ends: above 2 and below 8 -> 8.0 is outside too (and 2.0 would be): 3 x 200.00 = 600.00 EUR.
    @Test
    void exclusiveEndsRefuseTheirOwnValue() {
        Agreement agreement = agreement(new ReadingsObjective("TEMP", "", "carrier", "buyer", MeasurementWindow.month(),
                        Optional.of(ReadingsObjective.Limit.exclusive(new BigDecimal("2"))),
                        Optional.of(ReadingsObjective.Limit.exclusive(new BigDecimal("8"))), "°C"),
                ServiceCredit.PerReading.percentOf(new BigDecimal("2"), Money.of("10000.00", "EUR")), Optional.empty());
        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 3),
                readings(agreement, "5", "9.5", "7", "1.0", "8.0"));
        assertThat(evaluation.credits().get(0).amount()).isEqualTo(Money.of("600.00", "EUR"));
        assertThat(evaluation.credits().get(0).explanation()).contains("3 reading(s) outside above 2 and below 8 °C");
    }

    // A fixed 150.00 EUR per reading, capped at 3 % of the value (300.00 EUR): 2 x 150.00 = 300.00, within the cap;
    // 3 outside would be 450.00, held to 300.00.
    @Test
    void aFixedAmountPerReadingIsHeldToTheCapOfTheStatedValue() {
        ReadingsObjective range = ReadingsObjective.between("TEMP", "carrier", "buyer", new BigDecimal("2"),
                new BigDecimal("8"), "°C");
        Agreement agreement = agreement(range, new ServiceCredit.PerReading(Amount.of(Money.of("150.00", "EUR")),
                Optional.of(Money.of("10000.00", "EUR"))), Optional.of(Amount.percentOfValue(new BigDecimal("3"))));
        Evaluation two = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), readings(agreement, "9", "1", "5"));
        assertThat(two.credits().get(0).amount()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(two.credits().get(0).capped()).isFalse();
        Evaluation three = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), readings(agreement, "9", "1", "-3"));
        assertThat(three.credits().get(0).amount()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(three.credits().get(0).capped()).isTrue();
        // the statement nets what was issued, the capped 300.00: 10,000.00 - 300.00 = 9,700.00
        assertThat(Statement.of(agreement, three).net("buyer", "carrier", EUR)).isEqualTo(Money.of("9700.00", "EUR"));
    }

    // All readings in range: the window is met, no decision; the statement is the price alone.
    @Test
    void readingsInRangeOweNothingAndTheStatementIsThePrice() {
        Agreement agreement = z1();
        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), readings(agreement, "2", "8", "5.5"));
        assertThat(evaluation.objective("TEMP").get(0).met()).isTrue();
        assertThat(evaluation.credits()).isEmpty();
        assertThat(Statement.of(agreement, evaluation).nets())
                .containsExactly(new Statement.Net("buyer", "carrier", Money.of("10000.00", "EUR")));
        // April holds no price due and no reading: an empty statement
        Evaluation april = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), readings(agreement, "5"));
        assertThat(Statement.of(agreement, april).lines()).isEmpty();
        assertThat(Statement.of(agreement, april).nets()).isEmpty();
    }

    @Test
    void aReadingOfAnUnknownObjectiveIsRefusedAtItsPath() {
        Agreement agreement = z1();
        Timeline timeline = Timeline.of(new io.slarules.model.timeline.Reading("R-9", "HUMIDITY", Instant.parse("2026-03-02T06:00:00Z"),
                BigDecimal.ONE));
        assertThatThrownBy(() -> ENGINE.evaluate(agreement, YearMonth.of(2026, 3), timeline))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("readings[R-9].objective"));
    }

    @Test
    void aPercentagePerReadingWithoutAValueIsRefused() {
        assertThatThrownBy(() -> agreement(ReadingsObjective.between("TEMP", "carrier", "buyer", BigDecimal.ONE,
                        BigDecimal.TEN, ""), new ServiceCredit.PerReading(Amount.percentOfValue(new BigDecimal("2")),
                        Optional.empty()), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("credits[0].perReading.value"));
    }

    @Test
    void aRangeWhoseLowerLimitExceedsItsUpperIsRefused() {
        assertThatThrownBy(() -> ReadingsObjective.between("TEMP", "carrier", "buyer", BigDecimal.TEN, BigDecimal.ONE, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lies above the upper limit");
    }

    @Test
    void aPriceDueOutsideTheAgreementIsRefused() {
        assertThatThrownBy(() -> z1().withPrices(List.of(new Price("P-1", "", "buyer", "carrier",
                Money.of("1.00", "EUR"), LocalDate.of(2028, 1, 1)), new Price("P-1", "", "buyer", "nobody",
                Money.of("1.00", "EUR"), LocalDate.of(2026, 1, 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("prices[0].due", "prices[1].id", "prices[1].payee"));
    }
}
