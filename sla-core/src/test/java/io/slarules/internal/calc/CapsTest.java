package io.slarules.internal.calc;

import io.slarules.CurrencyMismatchException;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CapsTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                // a limit never lets a fraction of a cent more through: 100.005 -> 100.00
                arguments("100.005 EUR", "100.00 EUR"),
                arguments("100.009 EUR", "100.00 EUR"),
                // 10 % of 200000.00 = 20000.000 -> 20000.00
                arguments("20000.000 EUR", "20000.00 EUR"),
                arguments("20000 EUR", "20000.00 EUR"),
                // JPY has no minor unit
                arguments("1234.9 JPY", "1234 JPY"));
    }

    @ParameterizedTest(name = "a cap of {0} is a limit of {1}")
    @MethodSource("limits")
    void limitIsTheCapRoundedDown(String cap, String limit) {
        assertThat(Caps.limit(Money.parse(cap))).hasToString(limit);
    }

    static Stream<Arguments> applications() {
        return Stream.of(
                // under the cap: just rounded; 0.5 % of 1234.56 = 6.1728 -> 6.17
                arguments("6.1728", "100.00", "0", RoundingMode.HALF_EVEN, "6.17"),
                // HALF_EVEN vs HALF_UP on a tie: 2.345 -> 2.34 / 2.35
                arguments("2.345", "100.00", "0", RoundingMode.HALF_EVEN, "2.34"),
                arguments("2.345", "100.00", "0", RoundingMode.HALF_UP, "2.35"),
                // 1500.00 priced, 20000.00 cap, 19000.00 used: 1000.00 left
                arguments("1500.00", "20000.00", "19000.00", RoundingMode.HALF_EVEN, "1000.00"),
                // exactly what is left
                arguments("1000.00", "20000.00", "19000.00", RoundingMode.HALF_EVEN, "1000.00"),
                // 99.995 rounds HALF_EVEN to 100.00, the whole cap: still allowed
                arguments("99.995", "100.00", "0", RoundingMode.HALF_EVEN, "100.00"),
                // 100.004 rounds to 100.00 and fits a 100.00 cap; 100.005 rounds HALF_UP to 100.01 and does not
                arguments("100.004", "100.00", "0", RoundingMode.HALF_UP, "100.00"),
                arguments("100.005", "100.00", "0", RoundingMode.HALF_UP, "100.00"),
                // cap used up
                arguments("500.00", "20000.00", "20000.00", RoundingMode.HALF_EVEN, "0.00"),
                // more used than the cap (an earlier period's decisions): nothing, never negative
                arguments("500.00", "20000.00", "20500.00", RoundingMode.HALF_EVEN, "0.00"));
    }

    @ParameterizedTest(name = "{0} under a cap of {1} with {2} used ({3}) is {4}")
    @MethodSource("applications")
    void applyRoundsOnceAndNeverExceedsWhatIsLeft(String priced, String limit, String used, RoundingMode rounding,
                                                 String expected) {
        Money amount = Caps.apply(eur(priced), eur(limit), eur(used), rounding);

        assertThat(amount).isEqualTo(eur(expected));
        assertThat(amount.isRounded()).isTrue();
        assertThat(amount.isNegative()).isFalse();
    }

    @Test
    void applyRefusesAPriceInAnotherCurrency() {
        assertThatThrownBy(() -> Caps.apply(Money.of("5.00", "USD"), eur("100.00"), eur("0"), RoundingMode.HALF_EVEN))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Property
    void decisionsUnderOneCapNeverAddUpToMoreThanIt(
            @ForAll @Scale(4) @BigRange(min = "0", max = "10000") BigDecimal cap,
            @ForAll @Size(max = 12) List<@Scale(4) @BigRange(min = "0", max = "3000") BigDecimal> prices) {
        Money limit = Caps.limit(Money.of(cap, java.util.Currency.getInstance("EUR")));
        Money used = eur("0");
        for (BigDecimal price : prices) {
            Money amount = Caps.apply(eur(price.toPlainString()), limit, used, RoundingMode.HALF_UP);
            assertThat(amount.isRounded()).isTrue();
            assertThat(amount.isNegative()).isFalse();
            // never more than the price rounded
            assertThat(amount).isLessThanOrEqualTo(eur(price.toPlainString()).rounded(RoundingMode.HALF_UP));
            used = used.plus(amount);
        }
        assertThat(used).isLessThanOrEqualTo(limit);
        assertThat(used).isLessThanOrEqualTo(Money.of(cap, java.util.Currency.getInstance("EUR")));
    }

    // a rolling cap of 10 % over 3 months, March charging 1,000.00: February (1,000.00 charged, 100.00 credited)
    // is in the history, January is not (before the agreement): 10 % of 2,000.00 - 100.00 = 100.00
    @Test
    void theRollingRoomCountsTheMonthsTheHistoryHolds() {
        History history = History.empty().plus(List.of(new History.MonthRecord(YearMonth.of(2026, 2), eur("1000.00"),
                eur("100.00"))), List.of());

        Money room = Caps.rollingRoom(new CreditCaps.RollingCap(3, BigDecimal.TEN), YearMonth.of(2026, 3),
                eur("1000.00"), history);

        assertThat(room.compareTo(eur("100.00"))).isZero();
    }

    // 10 % of 3,000.00 = 300.00, less 300.00 + 200.00 credited before: -200.00, exact; the rule decides what it means
    @Test
    void theRollingRoomIsNegativeWhenEarlierMonthsCreditedMore() {
        History history = History.empty().plus(List.of(
                new History.MonthRecord(YearMonth.of(2026, 1), eur("1000.00"), eur("300.00")),
                new History.MonthRecord(YearMonth.of(2026, 2), eur("1000.00"), eur("200.00"))), List.of());

        Money room = Caps.rollingRoom(new CreditCaps.RollingCap(3, BigDecimal.TEN), YearMonth.of(2026, 3),
                eur("1000.00"), history);

        assertThat(room.compareTo(eur("-200.00"))).isZero();
    }
}
