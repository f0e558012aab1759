package io.slarules.report.friction;

import io.slarules.model.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @ParameterizedTest
    @CsvSource({"PT504H, 21d, 21d, 21", "PT170H, 7d 2h, 7.1d, 7.083333", "PT11H50M, 11h 50m, 12h, 0.493056",
            "PT50M, 50m, 50m, 0.034722", "PT20S, 20s, 1m, 0.000231", "PT0S, 0, 1m, 0"})
    void lengthsAreWrittenForPeopleForChartsAndInDays(Duration length, String forPeople, String inACell, String days) {
        assertThat(Figures.length(length)).isEqualTo(forPeople);
        assertThat(Figures.shortLength(length)).isEqualTo(inACell);
        assertThat(Figures.days(length)).isEqualTo(days);
    }

    @Test
    void moneyKeepsTheCurrencysMinorDigits() {
        assertThat(Figures.money(List.of(Money.of("4000", "EUR"), Money.of("20.5", "USD"))))
                .isEqualTo("4000.00 EUR; 20.50 USD");
        assertThat(Figures.money(List.of(Money.of("100", "JPY")))).isEqualTo("100 JPY");
        assertThat(Figures.money(List.of())).isEqualTo("-");
    }
}
