package io.slarules.rules.facts;

import io.slarules.model.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class DerivationLineTest {

    @ParameterizedTest(name = "{0} {1} is written {2}")
    @CsvSource(delimiter = '|', value = {
            // at least the minor unit, thousands grouped
            "1250      | EUR | 1,250.00 EUR",
            "0         | EUR | 0.00 EUR",
            "-1234567.5| EUR | -1,234,567.50 EUR",
            "999.999   | EUR | 999.999 EUR",
            "100.500   | EUR | 100.50 EUR",
            "1E+6      | JPY | 1,000,000 JPY",
            "-100      | JPY | -100 JPY",
            "12.3456789| BHD | 12.3456789 BHD",
            "0.5       | BHD | 0.500 BHD"})
    void moneyIsWrittenGroupedWithEverySignificantDigit(String amount, String currency, String expected) {
        assertThat(DerivationLine.money(Money.of(new BigDecimal(amount.strip()), Currency.getInstance(currency.strip()))))
                .isEqualTo(expected);
    }

    @Test
    void moneyIsWrittenAsMoneyWritesItForDisplay() {
        // one display form for all text: MoneyTest holds it to String.format's "%,.Nf" on 50,000 amounts
        Money odd = Money.of(new BigDecimal("-1234567.123456789"), Currency.getInstance("JPY"));
        assertThat(DerivationLine.money(odd)).isEqualTo(odd.toDisplayString()).isEqualTo("-1,234,567.123456789 JPY");
    }
}
