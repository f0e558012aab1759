package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The limits of issue 11 (points 5, 6, 7, 10, 12) on values built in code, not read from a file. */
class InputLimitsTest {

    private static Problem onlyProblem(Runnable construction) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, construction::run);
        assertThat(e).as("refused with InvalidInputException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void partyIdWithCyrillicLookAlikeIsRefused() {
        Problem p = onlyProblem(() -> Party.of("\u0441lient", "Client", PartyRole.CUSTOMER));

        assertThat(p.path()).isEqualTo("id");
        assertThat(p.message()).contains("U+0441", "position 1", "ASCII");
    }

    @Test
    void partyNameWithTerminalEscapeIsRefusedWithoutEchoingIt() {
        Problem p = onlyProblem(() -> Party.of("client", "Client\u001b[2J", PartyRole.CUSTOMER));

        assertThat(p.path()).isEqualTo("name");
        assertThat(p.message()).contains("control character U+001B").doesNotContain("\u001b");
    }

    @Test
    void partyNameInAnyScriptIsAccepted() {
        assertThat(Party.of("client", "Клиент 客户", PartyRole.CUSTOMER).name()).isEqualTo("Клиент 客户");
    }

    @Test
    void hugeExponentPercentageIsRefusedBeforeAnyArithmetic() {
        Problem p = onlyProblem(() -> Amount.percentOfValue(new BigDecimal("1e100000000")));

        assertThat(p.message()).contains("too large").hasSizeLessThan(100);
        assertThat(InputLimits.numberProblem(new BigDecimal("1e-100000000"))).hasValueSatisfying(m ->
                assertThat(m).contains("too many decimals"));
        assertThat(InputLimits.numberProblem(new BigDecimal("99.950000000000000000"))).isEmpty();
    }

    @Test
    void moneyFinerThanTheMinorUnitIsAProblemOfAContract() {
        assertThat(InputLimits.moneyProblem(Money.parse("1000.005 USD"))).hasValueSatisfying(m ->
                assertThat(m).contains("finer than USD allows", "2 decimals"));
        assertThat(InputLimits.moneyProblem(Money.parse("200000.50 JPY"))).hasValueSatisfying(m ->
                assertThat(m).contains("finer than JPY allows", "no decimals"));
        assertThat(InputLimits.moneyProblem(Money.parse("1000.50 USD"))).isEmpty();
    }

    @Test
    void historyMonthBuiltInCodeWithNegativeCreditIsRefused() {
        Problem p = onlyProblem(() -> new History.MonthRecord(YearMonth.of(2026, 3), Money.parse("1000.00 USD"),
                Money.parse("-150000.00 USD")));

        assertThat(p.path()).isEqualTo("credited");
        assertThat(p.message()).contains("must not be negative, was -150000.00 USD");
    }

    @Test
    void historyBuiltInCodeIsCheckedAgainstTheAgreementAndPeriod() {
        Agreement agreement = Agreement.builder("A-1").currency("USD")
                .effective(DateRange.of(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 1, 1)))
                .parties(Party.of("p", "P", PartyRole.PROVIDER), Party.of("c", "C", PartyRole.CUSTOMER)).build();
        History history = new History(List.of(
                new History.MonthRecord(YearMonth.of(2026, 2), Money.parse("1000.00 EUR"), Money.parse("0.00 EUR")),
                new History.MonthRecord(YearMonth.of(2026, 4), Money.parse("1000.00 EUR"), Money.parse("0.00 EUR"))),
                List.of());

        List<Problem> problems = history.problems(agreement, java.util.Optional.of(DateRange.ofMonth(YearMonth.of(2026, 3))));

        assertThat(problems).extracting(Problem::path)
                .containsExactly("months[2026-02].charged", "months[2026-04].charged", "months[2026-04]");
        assertThat(problems.get(2).message()).contains("lies after the period evaluated, 2026-03");
    }

    @Test
    void periodBeyondTheYear9999IsAnInvalidInputNotADateTimeException() {
        assertThatThrownBy(() -> DateRange.ofMonth(YearMonth.of(999_999_999, 12)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the years 1900 to 9999");
        assertThatThrownBy(() -> DateRange.parse("+999999999-12"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a period");
        assertThat(DateRange.parse("2026-03")).isEqualTo(DateRange.ofMonth(YearMonth.of(2026, 3)));
        assertThat(DateRange.parse("2026-03-01..2026-04-15").endExclusive()).isEqualTo("2026-04-15");
        assertThatThrownBy(() -> DateRange.parse("2026-02-30..2026-03-01"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such month or day");
    }
}
