package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.internal.calc.DelayCount;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.ExchangeRate;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Timeline;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The terms of issue 13 (points 5-7) in the model: their arithmetic, and their refusals with paths. */
class MoneyTermsModelTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private static LiquidatedDamages.Builder clause() {
        return LiquidatedDamages.builder("W1").debtor("vendor").creditor("buyer").obligations("W1-DELIVERY")
                .rate(Amount.of(Money.of("1600.00", "EUR")));
    }

    private static void refusedAt(ThrowingCallable create, String... paths) {
        assertThatThrownBy(create).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly(paths));
    }

    static Stream<Arguments> units() {
        return Stream.of(
                arguments(Duration.ofDays(7), DelayUnit.DAYS, 7L, "week", "weeks"),
                arguments(Duration.ofDays(2), DelayUnit.DAYS, 2L, "period of 2 days", "periods of 2 days"),
                arguments(Duration.ofHours(4), DelayUnit.HOURS, 4L, "period of 4 hours", "periods of 4 hours"),
                arguments(Duration.ofHours(36), DelayUnit.HOURS, 36L, "period of 36 hours", "periods of 36 hours"),
                arguments(Duration.ofDays(1), DelayUnit.DAYS, 1L, "day", "days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void aUnitIsAWholeNumberOfDaysOrHours(Duration per, DelayUnit unit, long multiple, String one, String many) {
        LiquidatedDamages clause = clause().per(per).build();

        assertThat(clause.unit()).isEqualTo(unit);
        assertThat(clause.unitMultiple()).isEqualTo(multiple);
        assertThat(clause.unitLength()).isEqualTo(per);
        assertThat(clause.unitLabel(1)).isEqualTo(one);
        assertThat(clause.unitLabel(2)).isEqualTo(many);
    }

    @Test
    void aUnitOfMinutesOrNothingIsRefusedAtRatePer() {
        refusedAt(() -> clause().per(Duration.ofMinutes(30)), "rate.per");
        refusedAt(() -> clause().per(Duration.ZERO), "rate.per");
        refusedAt(() -> new LiquidatedDamages("W1", "", "vendor", "buyer", List.of("W1-DELIVERY"),
                java.util.Optional.empty(), Amount.of(Money.of("1.00", "EUR")), DelayUnit.DAYS, DelayRounding.UP,
                java.util.Optional.empty(), java.util.OptionalLong.empty(), List.of(), 0,
                LiquidatedDamages.TerminationBasis.COUNTED_UNITS, java.util.Optional.empty(), List.of()), "rate.per");
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                // 10 days per week: 2 started, 1 whole, 2 (started) for pro rata, 1 once
                arguments(Duration.ofDays(10), DelayRounding.UP, 2L),
                arguments(Duration.ofDays(10), DelayRounding.DOWN, 1L),
                arguments(Duration.ofDays(10), DelayRounding.PRO_RATA, 2L),
                arguments(Duration.ofDays(10), DelayRounding.ONCE, 1L),
                arguments(Duration.ofDays(14), DelayRounding.PRO_RATA, 2L),
                arguments(Duration.ofMinutes(1), DelayRounding.ONCE, 1L),
                arguments(Duration.ofDays(400), DelayRounding.ONCE, 1L),
                arguments(Duration.ZERO, DelayRounding.ONCE, 0L));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("counts")
    void aDelayIsCountedInTheClausesUnitsAsItSays(Duration delay, DelayRounding counting, long expected) {
        assertThat(DelayCount.units(delay, clause().per(Duration.ofDays(7)).rounding(counting).build()))
                .isEqualTo(expected);
    }

    @Test
    void proRataIsTheExactFractionRoundedOnce() {
        Money rate = Money.of("1600.00", "EUR");
        // W1: 10/7 x 1,600.00 = 2,285.714285... -> 2,285.71
        Money priced = DelayCount.proRata(rate, Duration.ofDays(10), Duration.ofDays(7));
        assertThat(priced.rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("2285.71", "EUR"));
        assertThat(priced.amount()).isBetween(new BigDecimal("2285.714285714285714285714"),
                new BigDecimal("2285.714285714285714285715"));
        // an exact quotient stays exact: 14/7 x 1,600.00 = 3,200.00; 12 hours of a day at 0.01 = 0.005
        assertThat(DelayCount.proRata(rate, Duration.ofDays(14), Duration.ofDays(7))).isEqualTo(Money.of("3200.00", "EUR"));
        assertThat(DelayCount.proRata(Money.of("0.01", "EUR"), Duration.ofHours(12), Duration.ofDays(1)).amount())
                .isEqualByComparingTo("0.005");
        // a quotient that does not end is never taken for a tie: 1/3 x 0.015 = 0.005 exactly, 1/3 x 0.01505 is above
        Money third = DelayCount.proRata(Money.of("0.01505", "EUR"), Duration.ofHours(8), Duration.ofDays(1));
        assertThat(third.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.01", "EUR"));
        assertThat(third.rounded(RoundingMode.HALF_DOWN)).isEqualTo(Money.of("0.01", "EUR"));
        Money tieAbove = DelayCount.proRata(Money.of("0.0150000000000000000000003", "EUR"), Duration.ofHours(24),
                Duration.ofHours(72));
        assertThat(tieAbove.rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.01", "EUR"));
    }

    @Test
    void theTerminationThresholdIsComparedOnTheCountedUnitsByDefaultOrExactly() {
        // W4: 15 days 12 hours against 15 days
        Duration late = Duration.ofDays(15).plusHours(12);
        LiquidatedDamages counted = clause().rounding(DelayRounding.DOWN).terminationAfter(15).build();
        LiquidatedDamages exact = clause().rounding(DelayRounding.DOWN).terminationAfter(15)
                .terminationBasis(LiquidatedDamages.TerminationBasis.EXACT_DURATION).build();

        assertThat(counted.givesTerminationRight(late, DelayCount.units(late, counted))).isFalse();
        assertThat(exact.givesTerminationRight(late, DelayCount.units(late, exact))).isTrue();
        assertThat(exact.givesTerminationRight(Duration.ofDays(15), 15)).isFalse();   // strictly more
    }

    @Test
    void aRateOfExchangeAppliesFromItsDateUntilALaterOne() {
        var early = new ExchangeRate("R-1", EUR, USD, new BigDecimal("1.0200"), LocalDate.of(2026, 1, 1));
        var april = new ExchangeRate("R-2", EUR, USD, new BigDecimal("1.0850"), LocalDate.of(2026, 4, 1));
        List<ExchangeRate> rates = List.of(april, early);

        assertThat(ExchangeRate.applying(rates, EUR, USD, LocalDate.of(2026, 4, 24))).contains(april);
        assertThat(ExchangeRate.applying(rates, EUR, USD, LocalDate.of(2026, 3, 31))).contains(early);
        assertThat(ExchangeRate.applying(rates, EUR, USD, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(ExchangeRate.applying(rates, USD, EUR, LocalDate.of(2026, 4, 24))).isEmpty();
        // of two rates of one date, the smaller id
        var twin = new ExchangeRate("R-0", EUR, USD, new BigDecimal("1.0900"), LocalDate.of(2026, 4, 1));
        assertThat(ExchangeRate.applying(List.of(april, twin), EUR, USD, LocalDate.of(2026, 4, 24))).contains(twin);
        // X1: 4,000.00 EUR x 1.0850 = 4,340.00 USD
        assertThat(april.convert(Money.of("4000.00", "EUR")).rounded(RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("4340.00", "USD"));
    }

    @Test
    void aBrokenRateOfExchangeIsRefusedAtItsField() {
        refusedAt(() -> new ExchangeRate("R-1", EUR, USD, BigDecimal.ZERO, LocalDate.of(2026, 1, 1)), "rate");
        refusedAt(() -> new ExchangeRate("R-1", EUR, EUR, BigDecimal.ONE, LocalDate.of(2026, 1, 1)), "to");
        refusedAt(() -> clause().exchangeRates(new ExchangeRate("R-1", EUR, USD, BigDecimal.ONE,
                LocalDate.of(2026, 1, 1))).build(), "exchangeRates");
    }

    private static Agreement.Builder agreement(LiquidatedDamages clause) {
        return Agreement.builder("V-W").zone(ZoneId.of("UTC")).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("vendor", "Vendor V", PartyRole.PROVIDER), Party.of("buyer", "Buyer W", PartyRole.CUSTOMER))
                .obligations(Obligation.builder("W1-DELIVERY").owner("vendor").beneficiary("buyer")
                        .due(LocalDate.of(2026, 5, 4)).build())
                .penalties(clause);
    }

    @Test
    void anAgreementListsEveryProblemOfItsPaymentAndForceMajeureTerms() {
        LiquidatedDamages clause = clause().payIn(EUR).exchangeRates(
                new ExchangeRate("R-1", USD, EUR, BigDecimal.ONE, LocalDate.of(2026, 1, 1))).build();

        refusedAt(() -> agreement(clause).forceMajeureClauses(
                        new ForceMajeure.Termination("W1", "", 60, List.of("nobody"))).build(),
                "penalties[0].payIn", "penalties[0].exchangeRates[0]", "forceMajeure[0].id",
                "forceMajeure[0].mayTerminate[0]");
    }

    @Test
    void aForceMajeureClauseGivesEveryPartyTheRightUnlessItNamesSome() {
        Agreement either = agreement(clause().build())
                .forceMajeureClauses(ForceMajeure.Termination.eitherPartyAfter("19.2", 60)).build();
        Agreement buyer = either.withForceMajeureClauses(List.of(
                new ForceMajeure.Termination("19.2", "", 60, List.of("buyer"))));

        assertThat(either.forceMajeureClauses().get(0).parties(either)).containsExactly("vendor", "buyer");
        assertThat(buyer.forceMajeureClauses().get(0).parties(buyer)).containsExactly("buyer");
        refusedAt(() -> new ForceMajeure.Termination("19.2", "", -1, List.of()), "forceMajeure.terminationAfterDays");
    }

    @Test
    void aForceMajeureRightArisesOnceTheEventHasLastedItsDaysAndGoesOn() {
        ZoneId zone = ZoneId.of("UTC");
        ForceMajeure.Termination clause = ForceMajeure.Termination.eitherPartyAfter("19.2", 60);
        Interval flood = Interval.of(LocalDate.of(2026, 2, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(2026, 4, 15).atStartOfDay(zone).toInstant());   // 73 days
        Interval sixty = Interval.of(flood.startInclusive(), LocalDate.of(2026, 4, 2).atStartOfDay(zone).toInstant());

        assertThat(clause.arisesAt(flood, zone)).contains(LocalDate.of(2026, 4, 2).atStartOfDay(zone).toInstant());
        assertThat(clause.arisesAt(sixty, zone)).isEmpty();
        assertThat(clause.arisesIn(flood, zone, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)).toInterval(zone)))
                .isTrue();
        assertThat(clause.arisesIn(flood, zone, DateRange.ofMonth(java.time.YearMonth.of(2026, 3)).toInterval(zone)))
                .isFalse();
    }

    @Test
    void aTimelineRecordsRatesOfExchangeWhateverTheirDate() {
        ExchangeRate published = ExchangeRate.of("ECB-2026-04-01", "EUR", "USD", "1.0850", LocalDate.of(2026, 4, 1));
        ExchangeRate old = ExchangeRate.of("ECB-2020-01-02", "EUR", "USD", "1.1200", LocalDate.of(2020, 1, 2));
        Timeline timeline = Timeline.of(published, old);

        assertThat(timeline.exchangeRates()).containsExactly(old, published);
        assertThat(timeline.events()).contains(published);
        // a rate published before the agreement began is no typing error
        assertThat(timeline.eventsOutsideEffectiveDates(DateRange.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1)), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void aForceMajeureEventAffectsTheObligationsItNamesOrAll() {
        Interval when = Interval.of(LocalDate.of(2026, 2, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(),
                LocalDate.of(2026, 2, 2).atStartOfDay(ZoneId.of("UTC")).toInstant());
        ForceMajeure all = ForceMajeure.of("FM-1", when, "flood");

        assertThat(all.affects("OB-1")).isTrue();
        assertThat(all.affecting("OB-2").affects("OB-1")).isFalse();
        assertThat(all.affecting("OB-2").affects("OB-2")).isTrue();
        refusedAt(() -> new ForceMajeure("FM-1", when, "", List.of("not an id!")), "affects");
    }
}
