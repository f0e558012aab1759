package io.slarules.model.obligations;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiquidatedDamagesTest {

    private static final Money VALUE = Money.parse("200000.00 EUR");
    private static final Amount HALF_PERCENT = Amount.percentOfValue(new BigDecimal("0.5"));
    private static final Amount TEN_PERCENT = Amount.percentOfValue(BigDecimal.TEN);

    private static LiquidatedDamages clause(List<String> obligations, Optional<Money> value, Amount rate,
                                            Optional<Amount> cap, OptionalLong terminationAfter) {
        return new LiquidatedDamages("12.1", "Delay in delivery", "VENDOR", "CUSTOMER", obligations, value, rate,
                DelayUnit.DAYS, DelayRounding.UP, cap, terminationAfter);
    }

    private static LiquidatedDamages standard() {
        return clause(List.of("DELIVERY-1"), Optional.of(VALUE), HALF_PERCENT, Optional.of(TEN_PERCENT),
                OptionalLong.of(20));
    }

    private static void refusedAt(ThrowingCallable create, String path) {
        assertThatThrownBy(create).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly(path));
    }

    @Test
    void ratePerUnitIsThePercentOfTheValue() {
        // 0.5 % of 200000.00 = 1000.00 a day
        assertThat(standard().ratePerUnit()).isEqualTo(Money.parse("1000.00 EUR"));
    }

    @Test
    void capAmountIsThePercentOfTheValue() {
        // 10 % of 200000.00 = 20000.00
        assertThat(standard().capAmount()).contains(Money.parse("20000.00 EUR"));
        assertThat(standard().hasCap()).isTrue();
    }

    @Test
    void fixedRateNeedsNoValue() {
        LiquidatedDamages fixed = clause(List.of("DELIVERY-1"), Optional.empty(),
                Amount.of(Money.parse("750.00 EUR")), Optional.empty(), OptionalLong.empty());

        assertThat(fixed.ratePerUnit()).isEqualTo(Money.parse("750 EUR"));
        assertThat(fixed.hasCap()).isFalse();
        assertThat(fixed.capAmount()).isEmpty();
    }

    @Test
    void terminationRightNeedsMoreUnitsThanTheThreshold() {
        assertThat(standard().givesTerminationRight(20)).isFalse();
        assertThat(standard().givesTerminationRight(21)).isTrue();
    }

    @Test
    void noThresholdGivesNoTerminationRight() {
        LiquidatedDamages clause = clause(List.of("DELIVERY-1"), Optional.of(VALUE), HALF_PERCENT, Optional.empty(),
                OptionalLong.empty());

        assertThat(clause.givesTerminationRight(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void percentageRateWithoutValueIsRefusedAtValue() {
        refusedAt(() -> clause(List.of("DELIVERY-1"), Optional.empty(), HALF_PERCENT, Optional.empty(),
                OptionalLong.empty()), "value");
    }

    @Test
    void percentageCapWithoutValueIsRefusedAtValue() {
        refusedAt(() -> clause(List.of("DELIVERY-1"), Optional.empty(), Amount.of(Money.parse("750.00 EUR")),
                Optional.of(TEN_PERCENT), OptionalLong.empty()), "value");
    }

    @Test
    void negativeValueIsRefusedAtValue() {
        refusedAt(() -> clause(List.of("DELIVERY-1"), Optional.of(Money.parse("-1.00 EUR")), HALF_PERCENT,
                Optional.empty(), OptionalLong.empty()), "value");
    }

    @Test
    void clauseOnNoObligationIsRefused() {
        refusedAt(() -> clause(List.of(), Optional.of(VALUE), HALF_PERCENT, Optional.empty(), OptionalLong.empty()),
                "obligations");
    }

    @Test
    void negativeTerminationThresholdIsRefused() {
        refusedAt(() -> clause(List.of("DELIVERY-1"), Optional.of(VALUE), HALF_PERCENT, Optional.empty(),
                OptionalLong.of(-1)), "terminationAfter");
    }

    @Test
    void blankDebtorIsRefused() {
        refusedAt(() -> new LiquidatedDamages("12.1", "", " ", "CUSTOMER", List.of("DELIVERY-1"), Optional.of(VALUE),
                HALF_PERCENT, DelayUnit.DAYS, DelayRounding.UP, Optional.empty(), OptionalLong.empty()), "debtor");
    }

    @Test
    void missingUnitIsRefusedAtRatePer() {
        refusedAt(() -> new LiquidatedDamages("12.1", "", "VENDOR", "CUSTOMER", List.of("DELIVERY-1"),
                Optional.of(VALUE), HALF_PERCENT, null, DelayRounding.UP, Optional.empty(), OptionalLong.empty()),
                "rate.per");
    }

    @Test
    void missingTitleIsEmpty() {
        LiquidatedDamages clause = new LiquidatedDamages("12.1", null, "VENDOR", "CUSTOMER", List.of("DELIVERY-1"),
                Optional.of(VALUE), HALF_PERCENT, DelayUnit.DAYS, DelayRounding.UP, Optional.empty(),
                OptionalLong.empty());

        assertThat(clause.title()).isEmpty();
    }
}
