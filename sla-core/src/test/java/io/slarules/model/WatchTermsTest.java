package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link WatchTerms}: the thresholds a monitor warns at, a term of the agreement. */
class WatchTermsTest {

    private static Agreement.Builder agreement() {
        return Agreement.builder("W-1")
                .parties(Party.of("acme", "Acme", PartyRole.PROVIDER), Party.of("client", "Client", PartyRole.CUSTOMER))
                .zone(ZoneOffset.UTC).currency("EUR")
                .effective(DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")));
    }

    @Test
    void theDefaultsAreTheServiceDesks() {
        assertThat(WatchTerms.defaults().caseShares()).containsExactly(BigDecimal.valueOf(50), BigDecimal.valueOf(75));
        assertThat(WatchTerms.defaults().allowanceShare()).isEqualByComparingTo("75");
        assertThat(WatchTerms.defaults().dueWithinBusinessDays()).isEqualTo(2);
    }

    @Test
    void anAllowanceShareOfAHundredIsTheBreachAloneAndAllowed() {
        assertThat(WatchTerms.defaults().withAllowanceShare(new BigDecimal("100")).allowanceShare())
                .isEqualByComparingTo("100");
        InvalidInputException e = catchThrowableOfType(() -> WatchTerms.defaults()
                .withAllowanceShare(new BigDecimal("100.01")), InvalidInputException.class);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("allowanceShare");
        assertThat(e.problems().get(0).message()).contains("at most 100");
    }

    @Test
    void missingFieldsAreProblemsNotNullPointers() {
        InvalidInputException e = catchThrowableOfType(() -> new WatchTerms(java.util.Arrays.asList(
                new BigDecimal("50"), null), null, 2), InvalidInputException.class);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("caseShares[1]", "allowanceShare");
    }

    @Test
    void anAgreementCarriesItsTermsAndDefaultsToTheDefaults() {
        WatchTerms terms = WatchTerms.defaults().withCaseShares(new BigDecimal("80")).withDueWithinBusinessDays(0);

        assertThat(agreement().build().watchTerms()).isEqualTo(WatchTerms.defaults());
        Agreement watched = agreement().watchTerms(terms).build();
        assertThat(watched.watchTerms()).isEqualTo(terms);
        // the other withers keep the terms
        assertThat(watched.withConcurrentDelay(ConcurrentDelay.excuseOverlap()).watchTerms()).isEqualTo(terms);
        assertThat(watched.withForceMajeureClauses(List.of()).watchTerms()).isEqualTo(terms);
        assertThat(watched.withWatchTerms(WatchTerms.defaults())).isNotEqualTo(watched);
        assertThatThrownBy(() -> agreement().watchTerms(null)).isInstanceOf(InvalidInputException.class);
    }
}
