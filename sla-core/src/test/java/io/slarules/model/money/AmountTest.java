package io.slarules.model.money;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountTest {

    private static final Money VALUE = Money.parse("200000.00 EUR");

    @Test
    void percentOfValueResolvesAgainstTheValue() {
        // 0.5 % of 200000.00 = 1000
        assertThat(Amount.percentOfValue(new BigDecimal("0.5")).resolve(Optional.of(VALUE)))
                .isEqualTo(Money.parse("1000.00 EUR"));
    }

    @Test
    void percentOfValueWithoutAValueIsOurBug() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Amount.percentOfValue(BigDecimal.ONE).resolve(Optional.empty()));
    }

    @Test
    void fixedAmountIgnoresTheValue() {
        Money perDay = Money.parse("750.00 EUR");

        assertThat(Amount.of(perDay).resolve(Optional.of(VALUE))).isEqualTo(perDay);
        assertThat(Amount.of(perDay).resolve(Optional.empty())).isEqualTo(perDay);
    }

    @Test
    void zeroIsAllowed() {
        assertThat(Amount.percentOfValue(BigDecimal.ZERO).resolve(Optional.of(VALUE)).isZero()).isTrue();
        assertThat(Amount.of(Money.parse("0.00 EUR")).resolve(Optional.empty()).isZero()).isTrue();
    }

    @Test
    void negativePercentIsRefusedAtPercentOfValue() {
        assertThatThrownBy(() -> Amount.percentOfValue(new BigDecimal("-0.5")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("percentOfValue");
                    assertThat(e.problems().get(0).message()).contains("-0.5");
                });
    }

    @Test
    void missingPercentIsRefusedAtPercentOfValue() {
        assertThatThrownBy(() -> Amount.percentOfValue(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(Problem::path).containsExactly("percentOfValue"));
    }

    @Test
    void negativeMoneyIsRefusedAtAmount() {
        assertThatThrownBy(() -> Amount.of(Money.parse("-0.01 EUR")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("amount");
                    assertThat(e.problems().get(0).message()).contains("-0.01 EUR");
                });
    }

    @Test
    void missingMoneyIsRefusedAtAmount() {
        assertThatThrownBy(() -> Amount.of(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(Problem::path).containsExactly("amount"));
    }

    @Test
    void printsWhatTheClauseSays() {
        assertThat(Amount.percentOfValue(new BigDecimal("0.5"))).hasToString("0.5 % of the value");
        assertThat(Amount.of(Money.parse("750.00 EUR"))).hasToString("750.00 EUR");
    }
}
