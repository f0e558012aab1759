package io.slarules;

import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencyMismatchExceptionTest {

    @Test
    void carriesBothCurrenciesAndNamesThem() {
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");

        CurrencyMismatchException e = new CurrencyMismatchException(eur, usd);

        assertThat(e.expected()).isEqualTo(eur);
        assertThat(e.actual()).isEqualTo(usd);
        assertThat(e).isInstanceOf(SlaException.class).hasMessage("currency mismatch: expected EUR, got USD");
    }
}
