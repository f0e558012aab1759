package io.slarules.model.servicelevels;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps.RollingCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CreditCapsTest {

    @ParameterizedTest(name = "a rolling cap over {0} months is accepted")
    @ValueSource(ints = {2, 3, 12, 35, 36})
    void aRollingCapSpansTwoToThirtySixMonths(int months) {
        assertThat(new RollingCap(months, BigDecimal.TEN).months()).isEqualTo(months);
    }

    @ParameterizedTest(name = "a rolling cap over {0} months is refused")
    @ValueSource(ints = {-1, 0, 1, 37, 120})
    void aRollingCapOutsideTwoToThirtySixMonthsIsRefused(int months) {
        assertThatThrownBy(() -> new RollingCap(months, BigDecimal.TEN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("months", "a rolling cap spans 2 to 36 months, was " + months)));
    }

    @ParameterizedTest(name = "a rolling cap of {0} % is accepted")
    @ValueSource(strings = {"0", "100"})
    void aRollingCapsPercentageMayBeZeroOrAHundred(String percent) {
        assertThat(new RollingCap(12, new BigDecimal(percent)).percent()).isEqualByComparingTo(percent);
    }

    @ParameterizedTest(name = "a rolling cap of {0} % is refused")
    @ValueSource(strings = {"-0.01", "100.01"})
    void aRollingCapsPercentageMustBeAPercentage(String percent) {
        assertThatThrownBy(() -> new RollingCap(12, new BigDecimal(percent)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("percent"));
    }

    @ParameterizedTest(name = "a monthly cap of {0} % of the fees is refused")
    @ValueSource(strings = {"100.0000000001", "101"})
    void aMonthlyCapAsAPercentageMustBeAPercentage(String percent) {
        assertThatThrownBy(() -> new CreditCaps(Optional.of(Amount.percentOfValue(new BigDecimal(percent))), Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("perMonth"));
    }

    @Test
    void aMonthlyCapOfAHundredPercentOrAnAmountIsAccepted() {
        CreditCaps hundred = new CreditCaps(Optional.of(Amount.percentOfValue(new BigDecimal("100"))), Optional.empty());
        CreditCaps amount = new CreditCaps(Optional.of(Amount.of(Money.parse("5000.00 EUR"))), Optional.empty());

        assertThat(hundred.perMonth()).contains(Amount.percentOfValue(new BigDecimal("100")));
        assertThat(amount.perMonth()).contains(Amount.of(Money.parse("5000.00 EUR")));
    }

    @Test
    void missingCapsAreNone() {
        assertThat(new CreditCaps(null, null)).isEqualTo(CreditCaps.NONE);
    }
}
