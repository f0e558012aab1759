package io.slarules.model.servicelevels;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CreditBandTest {

    private static final Amount TEN_PERCENT = Amount.percentOfValue(BigDecimal.TEN);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** The band "at least 99 % and below 99.9 %". */
    private static CreditBand band() {
        return new CreditBand(Optional.of(Bound.inclusive(d("99"))), Bound.exclusive(d("99.9")), TEN_PERCENT);
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                arguments("98.9999999999", false),
                // the lower end is inclusive: 99 itself is in
                arguments("99", true),
                arguments("99.5", true),
                arguments("99.8999999999", true),
                // the upper end is exclusive: 99.9 itself is out
                arguments("99.9", false),
                arguments("100", false));
    }

    @ParameterizedTest(name = "{0} % in [99, 99.9): {1}")
    @MethodSource("levels")
    void aLevelIsInTheBandBetweenItsBounds(String level, boolean contained) {
        assertThat(band().contains(d(level))).isEqualTo(contained);
    }

    @Test
    void aBandWithoutALowerEndReachesDownToZero() {
        CreditBand lowest = new CreditBand(Optional.empty(), Bound.exclusive(d("95")), TEN_PERCENT);

        assertThat(lowest.contains(BigDecimal.ZERO)).isTrue();
        assertThat(lowest.contains(d("94.9999999999"))).isTrue();
        assertThat(lowest.contains(d("95"))).isFalse();
        assertThat(lowest.lower()).isEmpty();
    }

    @Test
    void aBandReadsAsTheContractWritesIt() {
        assertThat(band()).hasToString("at least 99 % and below 99.9 %: " + TEN_PERCENT);
        assertThat(new CreditBand(null, Bound.inclusive(d("95")), TEN_PERCENT)).hasToString("at or below 95 %: " + TEN_PERCENT);
    }

    static Stream<Arguments> emptyBands() {
        return Stream.of(
                // a band that ends where it starts holds at most one level: refused
                arguments("99.9", "99.9"),
                arguments("99.9", "99"));
    }

    @ParameterizedTest(name = "a band from {0} to {1} is refused")
    @MethodSource("emptyBands")
    void aBandMustEndAboveWhereItStarts(String lower, String upper) {
        assertThatThrownBy(() -> new CreditBand(Optional.of(Bound.inclusive(d(lower))), Bound.inclusive(d(upper)), TEN_PERCENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("below"));
    }

    @Test
    void aBandEndingJustAboveItsStartIsAccepted() {
        CreditBand thin = new CreditBand(Optional.of(Bound.inclusive(d("99.9"))), Bound.inclusive(d("99.9000000001")), TEN_PERCENT);

        assertThat(thin.contains(d("99.9"))).isTrue();
    }

    @Test
    void aCreditOfMoreThanAHundredPercentOfTheFeeIsRefused() {
        assertThatThrownBy(() -> new CreditBand(Optional.empty(), Bound.exclusive(d("95")), Amount.percentOfValue(d("100.01"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("credit"));
        assertThat(new CreditBand(Optional.empty(), Bound.exclusive(d("95")), Amount.percentOfValue(d("100"))).credit())
                .isEqualTo(Amount.percentOfValue(d("100")));
    }

    @Test
    void aBandNeedsAnUpperEndAndACredit() {
        assertThatThrownBy(() -> new CreditBand(Optional.empty(), null, TEN_PERCENT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("below"));
        assertThatThrownBy(() -> new CreditBand(Optional.empty(), Bound.exclusive(d("95")), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("credit"));
    }
}
