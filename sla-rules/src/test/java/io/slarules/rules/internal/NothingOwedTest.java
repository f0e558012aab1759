package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 9: one way to report "nothing owed". A credit that a limit leaves nothing of (an exhausted
 * rolling cap) and a credit below the minimum credit are treated alike: no decision, the window's result notes
 * why, and the month's history records nothing credited. A credit of exactly the minimum is issued: the minimum
 * is "at least".
 */
class NothingOwedTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    /**
     * Example K with the last eleven months having credited 1,200.00 USD: the rolling cap allows 10 % of
     * 12 x 1,000.00 = 1,200.00 less 1,200.00 = nothing; April's 100.00 (250.00 held to the monthly cap) is held to
     * 0.00 and not issued. Before issue 13 this gave a 0.00 USD decision.
     */
    private static Evaluation rollingCapExhausted() {
        Agreement agreement = Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2027, 5, 1)))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()),
                        new CreditCaps(Optional.of(io.slarules.model.money.Amount.percentOfValue(BigDecimal.TEN)),
                                Optional.of(new CreditCaps.RollingCap(12, BigDecimal.TEN))), List.of()))
                .build();
        List<History.MonthRecord> months = new ArrayList<>();
        for (int back = 11; back >= 1; back--) {
            // ten months of 100.00 and one of 200.00: 1,200.00
            months.add(new History.MonthRecord(APRIL.minusMonths(back), Money.of("1000.00", "USD"),
                    Money.of(back == 1 ? "200.00" : "100.00", "USD")));
        }
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-07T00:00", "2026-04-07T14:24"), PROVIDER, "outage"));
        return ENGINE.evaluate(agreement, DateRange.ofMonth(APRIL), timeline, new History(months, List.of()));
    }

    /** Example L: a 10 % credit on a 9.00 USD fee is 0.90 USD, below the 1.00 USD minimum. */
    private static Evaluation belowTheMinimum() {
        return minimumCredit("9.00");
    }

    private static Evaluation minimumCredit(String fee) {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of(fee, "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).minimum(Money.of("1.00", "USD")).build()),
                        CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-03T10:00", "2026-04-03T11:00"), PROVIDER, "disk"));
        return ENGINE.evaluate(agreement, APRIL, timeline);
    }

    static Stream<Arguments> nothingOwed() {
        return Stream.of(
                Arguments.of("an exhausted rolling cap", (Supplier<Evaluation>) NothingOwedTest::rollingCapExhausted,
                        "the credit of 250.00 USD is held to the monthly cap of 100.00 USD (0.00 USD used before), then"
                                + " held to the 0.00 USD the rolling cap leaves this month (0.00 USD used before),"
                                + " which leaves nothing, and is not issued"),
                Arguments.of("the minimum credit", (Supplier<Evaluation>) NothingOwedTest::belowTheMinimum,
                        "the credit of 0.90 USD is below the minimum credit of 1.00 USD and is not issued"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingOwed")
    void aCreditALimitLeavesNothingOfIsNoDecisionButANote(String limit, Supplier<Evaluation> evaluate, String note) {
        Evaluation evaluation = evaluate.get();

        assertThat(evaluation.objective("AVAIL").get(0).met()).isFalse();
        assertThat(evaluation.credits()).isEmpty();
        assertThat(evaluation.decisions()).isEmpty();
        assertThat(evaluation.objective("AVAIL").get(0).notes()).anyMatch(n -> n.contains(note));
        assertThat(evaluation.explain()).contains(note);
        assertThat(evaluation.history().month(APRIL)).hasValueSatisfying(m ->
                assertThat(m.credited().isZero()).isTrue());
    }

    @Test
    void aCreditOfExactlyTheMinimumIsIssued() {
        // 10 % of 10.00 USD = 1.00 USD, the minimum itself: "at least" the minimum is issued
        Evaluation evaluation = minimumCredit("10.00");

        assertThat(evaluation.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("1.00", "USD"));
    }
}
