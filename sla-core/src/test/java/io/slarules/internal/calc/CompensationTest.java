package io.slarules.internal.calc;

import io.slarules.internal.calc.Compensation.Part;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CompensationTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static CreditShare share(String party, String percent) {
        return new CreditShare(party, new BigDecimal(percent));
    }

    private static Part part(String party, String amount, String percent, boolean leftOver) {
        return new Part(party, eur(amount), new BigDecimal(percent), leftOver);
    }

    static Stream<Arguments> splits() {
        return Stream.of(
                // 70 % of 1000.00 = 700.00, 30 % = 300.00: nothing left over, nobody marked
                arguments("1000.00", List.of(share("sales", "70"), share("service", "30")), "sales",
                        List.of(part("sales", "700.00", "70", false), part("service", "300.00", "30", false))),
                // a third each of 100.00 = 33.333.. -> 33.33 three times = 99.99; the cent left over goes to
                // the stated party, the second one here
                arguments("100.00", List.of(share("a", "33.3333333333"), share("b", "33.3333333333"), share("c", "33.3333333334")), "b",
                        List.of(part("a", "33.33", "33.3333333333", false), part("b", "33.34", "33.3333333333", true),
                                part("c", "33.33", "33.3333333334", false))),
                // 50 % of 0.05 = 0.025 -> 0.02 twice = 0.04: the stated party, first, takes 0.01
                arguments("0.05", List.of(share("a", "50"), share("b", "50")), "a",
                        List.of(part("a", "0.03", "50", true), part("b", "0.02", "50", false))),
                // the stated party has no share: it takes the cent as a new part of 0 %
                arguments("0.05", List.of(share("a", "50"), share("b", "50")), "provider",
                        List.of(part("a", "0.02", "50", false), part("b", "0.02", "50", false), part("provider", "0.01", "0", true))),
                // rounding is DOWN, never to nearest: 66.67 % of 10.00 = 6.667 -> 6.66 (nearest would give 6.67)
                arguments("10.00", List.of(share("a", "66.67"), share("b", "33.33")), "b",
                        List.of(part("a", "6.66", "66.67", false), part("b", "3.34", "33.33", true))),
                // nothing to split: every part zero, nobody takes anything left over
                arguments("0.00", List.of(share("a", "60"), share("b", "40")), "a",
                        List.of(part("a", "0.00", "60", false), part("b", "0.00", "40", false))));
    }

    @ParameterizedTest(name = "{0} EUR split {1}, left over to {2}")
    @MethodSource("splits")
    void partsAreRoundedDownAndTheCentsLeftOverGoToTheStatedParty(String amount, List<CreditShare> shares, String leftOver,
                                                                  List<Part> expected) {
        List<Part> parts = Compensation.split(eur(amount), shares, leftOver);

        assertThat(parts).containsExactlyElementsOf(expected);
        assertThat(Money.total(eur(amount).currency(), parts.stream().map(Part::amount).toList())).isEqualTo(eur(amount));
        assertThat(parts).allSatisfy(p -> assertThat(p.amount().isRounded()).isTrue());
    }

    @Test
    void noSharesGiveTheWholeToTheStatedParty() {
        // a clause without shares: the whole 12.34 is left over, a new part for the stated party
        assertThat(Compensation.split(eur("12.34"), List.of(), "customer"))
                .containsExactly(part("customer", "12.34", "0", true));
    }

    @Test
    void aWholeCurrencyRoundsDownToWholeUnits() {
        // JPY has no minor unit: 50 % of 1001 = 500.5 -> 500 each, 1 yen left over to b
        List<Part> parts = Compensation.split(Money.of("1001", "JPY"),
                List.of(share("a", "50"), share("b", "50")), "b");

        assertThat(parts).extracting(p -> p.amount().toString()).containsExactly("500 JPY", "501 JPY");
    }

    @Test
    void splitRefusesMissingArguments() {
        assertThatThrownBy(() -> Compensation.split(null, List.of(), "a")).hasMessage("amount");
        assertThatThrownBy(() -> Compensation.split(eur("1.00"), List.of(), null)).hasMessage("leftOver");
    }
}
