package io.slarules.internal.calc;

import io.slarules.internal.calc.CreditLimits.Item;
import io.slarules.internal.calc.CreditLimits.Outcome;
import io.slarules.model.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CreditLimitsTest {

    private static final Money NONE_USED = eur("0");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Optional<Money> cap(String amount) {
        return Optional.of(eur(amount));
    }

    /** A credit of the clause "5.1" in the window "w1" for the service "web", with no cap or minimum. */
    private static Item credit(String priced) {
        return new Item("5.1/w1", eur(priced), Optional.empty(), Optional.empty(), true, "web", Optional.empty());
    }

    private static Item withClauseCap(String capKey, String priced, String clauseCap) {
        return new Item(capKey, eur(priced), cap(clauseCap), Optional.empty(), true, "web", Optional.empty());
    }

    private static Item withMinimum(String priced, String minimum) {
        return new Item("5.1/w1", eur(priced), Optional.empty(), cap(minimum), true, "web", Optional.empty());
    }

    private static Item forService(String service, String priced, String serviceCap) {
        return new Item("5.1/" + service, eur(priced), Optional.empty(), Optional.empty(), true, service, cap(serviceCap));
    }

    private static List<Outcome> apply(List<Item> items) {
        return CreditLimits.apply(items, Optional.empty(), Optional.empty(), RoundingMode.HALF_EVEN, NONE_USED, Map.of());
    }

    private static List<String> amounts(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.amount().toString()).toList();
    }

    @Test
    void aCreditUnderNoLimitIsRoundedOnceWithTheAgreementsRounding() {
        // 10.005 is a tie: HALF_EVEN -> 10.00, HALF_UP -> 10.01
        Item item = credit("10.005");
        Outcome even = CreditLimits.apply(List.of(item), Optional.empty(), Optional.empty(), RoundingMode.HALF_EVEN,
                NONE_USED, Map.of()).get(0);
        Outcome up = CreditLimits.apply(List.of(item), Optional.empty(), Optional.empty(), RoundingMode.HALF_UP,
                NONE_USED, Map.of()).get(0);

        assertThat(even).isEqualTo(new Outcome(eur("10.00"), false, Optional.empty(), List.of()));
        assertThat(up.amount()).hasToString("10.01 EUR");
    }

    static Stream<Arguments> clauseCaps() {
        return Stream.of(
                // exactly at the cap: not capped, no note
                arguments("100.00", "100.00", "100.00", false),
                // a cent over: held to 100.00
                arguments("100.01", "100.00", "100.00", true),
                // the cap is rounded down first: 100.009 lets 100.00 through; 100.004 priced rounds to 100.00 and fits
                arguments("100.004", "100.009", "100.00", false),
                arguments("100.01", "100.009", "100.00", true));
    }

    @ParameterizedTest(name = "{0} under a clause cap of {1} is {2}")
    @MethodSource("clauseCaps")
    void aCreditIsHeldToItsClausesCapForTheWindow(String priced, String clauseCap, String expected, boolean capped) {
        Outcome outcome = apply(List.of(withClauseCap("5.1/w1", priced, clauseCap))).get(0);

        assertThat(outcome.amount()).hasToString(expected + " EUR");
        assertThat(outcome.capped()).isEqualTo(capped);
        assertThat(outcome.notes()).hasSize(capped ? 1 : 0);
    }

    @Test
    void creditsUnderOneClauseCapShareItAndOtherWindowsHaveTheirOwn() {
        // cap 100.00 per window: w1 gives 70.00, then 30.00 (100.00 - 70.00 used); w2 starts afresh at 70.00
        List<Outcome> outcomes = apply(List.of(withClauseCap("5.1/w1", "70.00", "100.00"),
                withClauseCap("5.1/w1", "70.00", "100.00"), withClauseCap("5.1/w2", "70.00", "100.00")));

        assertThat(amounts(outcomes)).containsExactly("70.00 EUR", "30.00 EUR", "70.00 EUR");
        assertThat(outcomes).extracting(Outcome::capped).containsExactly(false, true, false);
        assertThat(outcomes.get(1).notes())
                .containsExactly("held to the clause's cap of 100.00 EUR for the window (70.00 EUR used before)");
    }

    static Stream<Arguments> minimums() {
        return Stream.of(
                // exactly the minimum credit is issued
                arguments("25.00", "25.00", "25.00", Optional.empty()),
                // above it too
                arguments("25.01", "25.00", "25.01", Optional.empty()),
                // a cent below it is withheld
                arguments("24.99", "25.00", "0", Optional.of("the credit of 24.99 EUR is below the minimum credit of 25.00 EUR and is not issued")),
                // compared after rounding: 24.995 rounds HALF_EVEN to 25.00 and is issued
                arguments("24.995", "25.00", "25.00", Optional.empty()),
                // nothing due is nothing, not a withheld credit
                arguments("0.00", "25.00", "0.00", Optional.empty()));
    }

    @ParameterizedTest(name = "{0} against a minimum credit of {1} gives {2}")
    @MethodSource("minimums")
    void aCreditBelowTheMinimumCreditIsWithheld(String priced, String minimum, String expected, Optional<String> withheld) {
        Outcome outcome = apply(List.of(withMinimum(priced, minimum))).get(0);

        assertThat(outcome.amount()).isEqualTo(eur(expected));
        assertThat(outcome.withheld()).isEqualTo(withheld);
        assertThat(outcome.capped()).isFalse();
    }

    @Test
    void aWithheldCreditUsesNoCap() {
        // 10.00 is withheld (minimum 25.00); the next credit still has the whole monthly cap of 50.00
        List<Outcome> outcomes = CreditLimits.apply(List.of(withMinimum("10.00", "25.00"), credit("80.00")),
                cap("50.00"), Optional.empty(), RoundingMode.HALF_EVEN, NONE_USED, Map.of());

        assertThat(amounts(outcomes)).containsExactly("0 EUR", "50.00 EUR");
    }

    @Test
    void theMinimumIsCheckedAfterTheClauseCap() {
        // clause cap 100.00: 80.00 first, then 60.00 is held to 20.00, which is below the minimum of 25.00
        Item first = new Item("5.1/w1", eur("80.00"), cap("100.00"), cap("25.00"), true, "web", Optional.empty());
        Item second = new Item("5.1/w1", eur("60.00"), cap("100.00"), cap("25.00"), true, "web", Optional.empty());

        List<Outcome> outcomes = apply(List.of(first, second));

        assertThat(outcomes.get(1).amount().isZero()).isTrue();
        assertThat(outcomes.get(1).capped()).isTrue();
        assertThat(outcomes.get(1).withheld()).contains("the credit of 20.00 EUR is below the minimum credit of 25.00 EUR and is not issued");
        assertThat(outcomes.get(1).notes()).containsExactly("held to the clause's cap of 100.00 EUR for the window (80.00 EUR used before)");
    }

    @Test
    void eachServiceHasItsOwnMonthlyCapCountingWhatEarlierWindowsUsed() {
        // web: cap 100.00, 60.00 used by an earlier window -> 40.00 left, 50.00 held to 40.00;
        // mail: cap 100.00, nothing used -> 50.00 in full; web again: nothing left
        List<Outcome> outcomes = CreditLimits.apply(
                List.of(forService("web", "50.00", "100.00"), forService("mail", "50.00", "100.00"),
                        forService("web", "5.00", "100.00")),
                Optional.empty(), Optional.empty(), RoundingMode.HALF_EVEN, NONE_USED, Map.of("web", eur("60.00")));

        assertThat(amounts(outcomes)).containsExactly("40.00 EUR", "50.00 EUR", "0.00 EUR");
        assertThat(outcomes.get(0).notes()).containsExactly("held to the service web's monthly cap of 100.00 EUR (60.00 EUR used before)");
        assertThat(outcomes.get(1).capped()).isFalse();
        assertThat(outcomes.get(2).capped()).isTrue();
    }

    @Test
    void aCreditExactlyAtTheServiceCapIsNotCapped() {
        Outcome outcome = apply(List.of(forService("web", "100.00", "100.00"))).get(0);

        assertThat(outcome.amount()).isEqualTo(eur("100.00"));
        assertThat(outcome.capped()).isFalse();
        assertThat(outcome.notes()).isEmpty();
    }

    static Stream<Arguments> monthCaps() {
        return Stream.of(
                // 1000.00 cap, 900.00 used before: 150.00 is held to 100.00
                arguments("150.00", "900.00", "100.00", true),
                // exactly what is left: not capped
                arguments("100.00", "900.00", "100.00", false),
                arguments("99.99", "900.00", "99.99", false),
                // the cap used up
                arguments("1.00", "1000.00", "0.00", true));
    }

    @ParameterizedTest(name = "{0} with {1} used under a monthly cap of 1000.00 is {2}")
    @MethodSource("monthCaps")
    void aCreditIsHeldToTheAgreementsMonthlyCap(String priced, String usedBefore, String expected, boolean capped) {
        Outcome outcome = CreditLimits.apply(List.of(credit(priced)), cap("1000.00"), Optional.empty(),
                RoundingMode.HALF_EVEN, eur(usedBefore), Map.of()).get(0);

        assertThat(outcome.amount()).isEqualTo(eur(expected));
        assertThat(outcome.capped()).isEqualTo(capped);
        if (capped) {
            assertThat(outcome.notes()).containsExactly(
                    "held to the monthly cap of 1,000.00 EUR (" + eur(usedBefore).toDisplayString() + " used before)");
        }
    }

    @Test
    void creditsOfOneMonthConsumeTheMonthlyCapInOrder() {
        // cap 100.00: 60.00, then 60.00 held to 40.00, then nothing
        List<Outcome> outcomes = CreditLimits.apply(List.of(credit("60.00"), credit("60.00"), credit("1.00")),
                cap("100.00"), Optional.empty(), RoundingMode.HALF_EVEN, NONE_USED, Map.of());

        assertThat(amounts(outcomes)).containsExactly("60.00 EUR", "40.00 EUR", "0.00 EUR");
    }

    static Stream<Arguments> rollingRooms() {
        return Stream.of(
                // 300.00 room, 200.00 used earlier this month: 150.00 is held to 100.00
                arguments("150.00", "300.00", "200.00", "100.00", true),
                // exactly the room left
                arguments("100.00", "300.00", "200.00", "100.00", false),
                // no room at all
                arguments("10.00", "0", "0", "0.00", true),
                // earlier months over-used the rolling cap: the room is negative, and counts as none
                arguments("10.00", "-50.00", "0", "0.00", true));
    }

    @ParameterizedTest(name = "{0} with a rolling room of {1} and {2} used gives {3}")
    @MethodSource("rollingRooms")
    void aCreditIsHeldToTheRoomTheRollingCapLeaves(String priced, String room, String usedBefore, String expected,
                                                  boolean capped) {
        Outcome outcome = CreditLimits.apply(List.of(credit(priced)), Optional.empty(), cap(room),
                RoundingMode.HALF_EVEN, eur(usedBefore), Map.of()).get(0);

        assertThat(outcome.amount()).isEqualTo(eur(expected));
        assertThat(outcome.amount().isNegative()).isFalse();
        assertThat(outcome.capped()).isEqualTo(capped);
    }

    @Test
    void theRollingCapNoteSaysWhatItLeaves() {
        Outcome outcome = CreditLimits.apply(List.of(credit("150.00")), Optional.empty(), cap("300.00"),
                RoundingMode.HALF_EVEN, eur("200.00"), Map.of()).get(0);

        assertThat(outcome.notes()).containsExactly("held to the 300.00 EUR the rolling cap leaves this month (200.00 EUR used before)");
    }

    @Test
    void theTightestOfSeveralCapsWinsAndEachThatBitesIsNoted() {
        // clause cap 500.00 -> 500.00; service cap 400.00 -> 400.00; monthly cap 300.00 -> 300.00; rolling room 350.00: no cut
        Item item = new Item("5.1/w1", eur("800.00"), cap("500.00"), Optional.empty(), true, "web", cap("400.00"));

        Outcome outcome = CreditLimits.apply(List.of(item), cap("300.00"), cap("350.00"), RoundingMode.HALF_EVEN,
                NONE_USED, Map.of()).get(0);

        assertThat(outcome.amount()).isEqualTo(eur("300.00"));
        assertThat(outcome.capped()).isTrue();
        assertThat(outcome.notes()).hasSize(3);
        assertThat(outcome.notes().get(0)).startsWith("held to the clause's cap");
        assertThat(outcome.notes().get(1)).startsWith("held to the service web's monthly cap");
        assertThat(outcome.notes().get(2)).startsWith("held to the monthly cap");
    }

    @Test
    void bonusesAndEarnBacksIgnoreEveryCapAndUseNone() {
        // not limited: 12.345 -> 12.34 (HALF_EVEN) though the monthly cap is 5.00; the credit after it
        // still has the whole 5.00
        Item bonus = new Item("7.1/w1", eur("12.345"), cap("1.00"), cap("100.00"), false, "web", cap("1.00"));

        List<Outcome> outcomes = CreditLimits.apply(List.of(bonus, credit("8.00")), cap("5.00"), cap("5.00"),
                RoundingMode.HALF_EVEN, NONE_USED, Map.of());

        assertThat(outcomes.get(0)).isEqualTo(new Outcome(eur("12.34"), false, Optional.empty(), List.of()));
        assertThat(outcomes.get(1).amount()).isEqualTo(eur("5.00"));
    }

    @Test
    void noItemsGiveNoOutcomes() {
        assertThat(apply(List.of())).isEmpty();
    }

    // The steps the rules call one at a time: a credit withheld below the minimum passes every later limit
    // unchanged, whatever order a pack puts them in, and is not withheld again when settled.
    @Test
    void aWithheldCreditPassesEveryLaterStepUnchanged() {
        CreditLimits.Limited withheld = CreditLimits.minimum(CreditLimits.Limited.of(eur("10.00"), RoundingMode.HALF_EVEN),
                cap("25.00"));

        assertThat(withheld.withheld()).contains("the credit of 10.00 EUR is below the minimum credit of 25.00 EUR and is not issued");
        assertThat(CreditLimits.clauseCap(withheld, cap("1.00"), NONE_USED, RoundingMode.HALF_EVEN)).isEqualTo(withheld);
        assertThat(CreditLimits.serviceCap(withheld, "web", cap("1.00"), NONE_USED, RoundingMode.HALF_EVEN)).isEqualTo(withheld);
        assertThat(CreditLimits.monthCap(withheld, cap("1.00"), NONE_USED, RoundingMode.HALF_EVEN)).isEqualTo(withheld);
        assertThat(CreditLimits.rollingRoom(withheld, cap("1.00"), NONE_USED, RoundingMode.HALF_EVEN)).isEqualTo(withheld);
        assertThat(CreditLimits.settled(withheld, RoundingMode.HALF_EVEN)).isEqualTo(withheld);
    }
}
