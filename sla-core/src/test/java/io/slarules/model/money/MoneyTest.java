package io.slarules.model.money;

import io.slarules.CurrencyMismatchException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // --- exact arithmetic -------------------------------------------------------------------

    @Test
    void plusKeepsEveryDigitBelowTheMinorUnit() {
        // 1250.10 + 0.005 = 1250.105, nothing rounded in between
        Money sum = eur("1250.10").plus(eur("0.005"));

        assertThat(sum.amount()).isEqualByComparingTo("1250.105");
        assertThat(sum.currency()).isEqualTo(EUR);
        assertThat(sum.isRounded()).isFalse();
    }

    @Test
    void minusCanGoBelowZero() {
        // 100.00 - 100.005 = -0.005
        Money difference = eur("100.00").minus(eur("100.005"));

        assertThat(difference.amount()).isEqualByComparingTo("-0.005");
        assertThat(difference.isNegative()).isTrue();
        assertThat(difference.isPositive()).isFalse();
        assertThat(difference.isZero()).isFalse();
    }

    @Test
    void timesMultipliesExactly() {
        // 1000.00 * 6 = 6000.00 ; 1000.00 * 0.333 = 333.00000
        assertThat(eur("1000.00").times(6)).isEqualTo(eur("6000"));
        assertThat(eur("1000.00").times(new BigDecimal("0.333")).amount()).isEqualByComparingTo("333");
        // 0.01 * 3 = 0.03, not a binary-floating 0.030000000000000002
        assertThat(eur("0.01").times(3).amount()).isEqualByComparingTo("0.03");
    }

    static Stream<Arguments> percentages() {
        return Stream.of(
                // 0.5 % of 200000.00 = 200000.00 * 0.5 / 100 = 1000
                arguments("200000.00", "0.5", "1000"),
                // 10 % of 200000.00 = 20000
                arguments("200000.00", "10", "20000"),
                // 0.5 % of 1234.56 = 617.28 / 100 = 6.1728, kept exact
                arguments("1234.56", "0.5", "6.1728"),
                // 0 % of anything is 0
                arguments("1234.56", "0", "0"),
                // 150 % of 2.00 = 3.00
                arguments("2.00", "150", "3"));
    }

    @ParameterizedTest(name = "{1} % of {0} EUR is {2} EUR")
    @MethodSource("percentages")
    void percentIsExact(String amount, String percent, String expected) {
        Money result = eur(amount).percent(new BigDecimal(percent));

        assertThat(result.amount()).isEqualByComparingTo(expected);
        assertThat(result.currency()).isEqualTo(EUR);
    }

    // --- rounding -------------------------------------------------------------------------

    static Stream<Arguments> roundings() {
        return Stream.of(
                // x.xx5: HALF_EVEN goes to the even cent, HALF_UP away from zero
                arguments("2.345 EUR", RoundingMode.HALF_EVEN, "2.34 EUR"),
                arguments("2.345 EUR", RoundingMode.HALF_UP, "2.35 EUR"),
                arguments("2.355 EUR", RoundingMode.HALF_EVEN, "2.36 EUR"),
                arguments("2.355 EUR", RoundingMode.HALF_UP, "2.36 EUR"),
                arguments("-2.345 EUR", RoundingMode.HALF_EVEN, "-2.34 EUR"),
                arguments("-2.345 EUR", RoundingMode.HALF_UP, "-2.35 EUR"),
                // not a tie: both modes agree
                arguments("2.3451 EUR", RoundingMode.HALF_EVEN, "2.35 EUR"),
                // 6.1728 (0.5 % of 1234.56): DOWN drops, UP raises
                arguments("6.1728 EUR", RoundingMode.DOWN, "6.17 EUR"),
                arguments("6.1728 EUR", RoundingMode.UP, "6.18 EUR"),
                // fewer digits than the minor unit: padded to cents
                arguments("1.5 EUR", RoundingMode.HALF_EVEN, "1.50 EUR"),
                arguments("1000 EUR", RoundingMode.HALF_EVEN, "1000.00 EUR"),
                // JPY has no minor unit: to whole yen
                arguments("1234.5 JPY", RoundingMode.HALF_EVEN, "1234 JPY"),
                arguments("1234.5 JPY", RoundingMode.HALF_UP, "1235 JPY"),
                arguments("1235.5 JPY", RoundingMode.HALF_EVEN, "1236 JPY"),
                arguments("1234.00 JPY", RoundingMode.HALF_EVEN, "1234 JPY"),
                // BHD has three minor digits
                arguments("1.2345 BHD", RoundingMode.HALF_EVEN, "1.234 BHD"),
                arguments("1.2345 BHD", RoundingMode.HALF_UP, "1.235 BHD"));
    }

    @ParameterizedTest(name = "{0} rounded {1} is {2}")
    @MethodSource("roundings")
    void roundedGoesToTheCurrencysMinorUnit(String amount, RoundingMode mode, String expected) {
        Money rounded = Money.parse(amount).rounded(mode);

        // toString shows the scale exactly, so this also checks the number of digits
        assertThat(rounded).hasToString(expected);
        assertThat(rounded.isRounded()).isTrue();
    }

    @Test
    void roundedRefusesUnnecessaryWhenDigitsWouldBeLost() {
        assertThatThrownBy(() -> eur("2.345").rounded(RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    static Stream<Arguments> roundedness() {
        return Stream.of(
                arguments("1.230 EUR", true),   // trailing zero is not a digit below the cent
                arguments("1.235 EUR", false),
                arguments("1000 EUR", true),
                arguments("100 JPY", true),
                arguments("100.5 JPY", false),
                arguments("0.000 EUR", true));
    }

    @ParameterizedTest(name = "{0} rounded: {1}")
    @MethodSource("roundedness")
    void isRoundedIgnoresTrailingZeros(String amount, boolean rounded) {
        assertThat(Money.parse(amount).isRounded()).isEqualTo(rounded);
    }

    // --- parse ----------------------------------------------------------------------------

    @Test
    void parseReadsTheFileForm() {
        Money value = Money.parse("200000.00 EUR");

        assertThat(value.amount()).isEqualTo(new BigDecimal("200000.00")); // scale kept: 2
        assertThat(value.currency()).isEqualTo(EUR);
        assertThat(value).hasToString("200000.00 EUR");
    }

    @Test
    void parseReadsNegativeAndWholeAmounts() {
        assertThat(Money.parse("-12.5 USD")).isEqualTo(Money.of(new BigDecimal("-12.5"), USD));
        assertThat(Money.parse("1250 JPY")).isEqualTo(Money.of(new BigDecimal("1250"), JPY));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "", "200000.00", "EUR", "EUR 200000.00", "200,000.00 EUR", "200000,00 EUR", "200000.00 eur",
            "200000.00  EUR", " 200000.00 EUR", "200000.00 EUR ", "200000.00EUR", "1e5 EUR", ".5 EUR",
            "5. EUR", "+5 EUR", "5 EURO", "200000.00 XYZ"})
    void parseRefusesAnythingButDecimalSpaceCode(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text));
    }

    @Test
    void toStringParsesBack() {
        Money value = eur("1250.105");

        assertThat(Money.parse(value.toString())).isEqualTo(value);
        assertThat(value).hasToString("1250.105 EUR");
    }

    // --- currency mismatch -----------------------------------------------------------------

    @Test
    void plusOfAnotherCurrencyNamesBothCurrencies() {
        assertThatThrownBy(() -> eur("1.00").plus(Money.of("1.00", "USD")))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(EUR);
                    assertThat(e.actual()).isEqualTo(USD);
                });
    }

    @Test
    void compareToOfAnotherCurrencyNamesBothCurrencies() {
        assertThatThrownBy(() -> Money.of("1.00", "USD").compareTo(eur("1.00")))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(USD);
                    assertThat(e.actual()).isEqualTo(EUR);
                });
    }

    @Test
    void minusMinAndMaxRefuseAnotherCurrency() {
        Money dollar = Money.of("1.00", "USD");

        assertThatThrownBy(() -> eur("1.00").minus(dollar)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur("1.00").min(dollar)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> eur("1.00").max(dollar)).isInstanceOf(CurrencyMismatchException.class);
    }

    // --- equality and order ------------------------------------------------------------------

    @Test
    void equalsIgnoresScale() {
        assertThat(eur("1.0")).isEqualTo(eur("1.00")).hasSameHashCodeAs(eur("1.00"));
        assertThat(eur("100")).isEqualTo(eur("100.000")).hasSameHashCodeAs(eur("100.000"));
        assertThat(eur("0")).isEqualTo(eur("0.00")).hasSameHashCodeAs(eur("0.00"));
    }

    @Test
    void equalsRespectsValueAndCurrency() {
        assertThat(eur("1.00")).isNotEqualTo(eur("1.01"));
        assertThat(eur("1.00")).isNotEqualTo(Money.of("1.00", "USD"));
        assertThat(eur("1.00")).isNotEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void compareToOrdersByValue() {
        assertThat(eur("2.00")).isGreaterThan(eur("1.999"));
        assertThat(eur("1.0").compareTo(eur("1.00"))).isZero();
    }

    @Test
    void minAndMaxKeepThisOneWhenEqual() {
        Money one = eur("1.0");
        Money alsoOne = eur("1.00");

        assertThat(one.min(alsoOne)).isSameAs(one);
        assertThat(one.max(alsoOne)).isSameAs(one);
        assertThat(one.min(eur("0.5"))).isEqualTo(eur("0.5"));
        assertThat(one.max(eur("0.5"))).isSameAs(one);
    }

    // --- total -------------------------------------------------------------------------------

    @Test
    void totalAddsExactly() {
        // 1000.00 + 250.005 + 0.995 = 1251.000
        Money sum = Money.total(EUR, List.of(eur("1000.00"), eur("250.005"), eur("0.995")));

        assertThat(sum).isEqualTo(eur("1251"));
    }

    @Test
    void totalOfNothingIsZeroInTheCurrency() {
        Money sum = Money.total(JPY, List.of());

        assertThat(sum.isZero()).isTrue();
        assertThat(sum.currency()).isEqualTo(JPY);
    }

    @Test
    void totalRefusesAnAmountInAnotherCurrency() {
        assertThatThrownBy(() -> Money.total(EUR, List.of(eur("1.00"), Money.of("2.00", "USD"))))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(EUR);
                    assertThat(e.actual()).isEqualTo(USD);
                });
    }

    // --- properties ----------------------------------------------------------------------------

    @Property
    void plusThenMinusGivesBackTheAmountExactly(@ForAll @Scale(4) @BigRange(min = "-1000000", max = "1000000") BigDecimal a,
                                                 @ForAll @Scale(6) @BigRange(min = "-1000000", max = "1000000") BigDecimal b) {
        Money x = Money.of(a, EUR);
        Money y = Money.of(b, EUR);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }

    @Property
    void halfEvenRoundingMovesByAtMostHalfACent(@ForAll @Scale(6) @BigRange(min = "-1000000", max = "1000000") BigDecimal a) {
        Money exact = Money.of(a, EUR);
        Money rounded = exact.rounded(RoundingMode.HALF_EVEN);

        assertThat(rounded.isRounded()).isTrue();
        assertThat(rounded.minus(exact).amount().abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Test
    void displayFormIsWhatFormatWritesGroupedToEverySignificantDigit() {
        // explanations must not change by a byte: the reference is String.format(Locale.ROOT, "%,.Nf"), which
        // toDisplayString wrote with before it built the text itself (issue 15), N being the larger of the minor
        // unit and the amount's significant scale
        java.util.Random random = new java.util.Random(15);
        List<Currency> currencies = List.of(EUR, JPY, Currency.getInstance("BHD"), Currency.getInstance("XXX"));
        for (int i = 0; i < 50_000; i++) {
            java.math.BigInteger unscaled = new java.math.BigInteger(1 + random.nextInt(80), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            Money money = Money.of(new BigDecimal(unscaled, random.nextInt(30) - 8),
                    currencies.get(random.nextInt(currencies.size())));
            int digits = Math.max(money.currency().getDefaultFractionDigits(),
                    Math.max(0, money.amount().stripTrailingZeros().scale()));
            String formatted = String.format(java.util.Locale.ROOT, "%,." + digits + "f", money.amount()) + " "
                    + money.currency().getCurrencyCode();
            assertThat(money.toDisplayString()).as("%s", money).isEqualTo(formatted);
        }
    }
}
