package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.LevelRounding;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, point 4: a level reported by a monitoring tool, and the contract's rounding of levels
 * (examples V1 and V2), through the Java API.
 */
class ReportedLevelTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));
    private static final String REPORTED_RULE = DefaultRules.REPORTED_LEVEL;

    /**
     * Availability 99.9 % over April, a fee of 1,500.00 EUR; below 99.9 but at least 99.0 gives 10 %
     * (below 99.0, 25 %: the library wants every level below the target priced).
     */
    private static Agreement agreement(LevelRounding rounding) {
        AvailabilityObjective availability = AvailabilityObjective.builder("AVAIL").title("Availability").service("web")
                .obligated(PROVIDER).beneficiary(CUSTOMER).target(new BigDecimal("99.9")).levelRounding(rounding).build();
        return Hosting.agreement("EUR", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("1500.00", "EUR"), List.of(availability),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.band("99.0", "99.9", "10"),
                                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99.0")),
                                        Amount.percentOfValue(new BigDecimal("25")))).build()),
                        CreditCaps.NONE, List.of()))
                .build();
    }

    private static Evaluation reported(LevelRounding rounding, String level) {
        Agreement agreement = agreement(rounding);
        Timeline timeline = Timeline.builder(agreement).levelReported("AVAIL", APRIL, new BigDecimal(level), "Pingdom")
                .build();
        return ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline);
    }

    // V1: reported 99.42 % for April, below 99.9 and not below 99.0: 10 % of 1,500.00 EUR = 150.00 EUR.
    @Test
    void exampleV1AReportedLevelIsPricedByTheBands() {
        Evaluation evaluation = reported(LevelRounding.truncated(), "99.42");

        ObjectiveResult april = evaluation.objective("AVAIL").get(0);
        assertThat(april.achieved()).isEqualByComparingTo("99.42");
        assertThat(april.met()).isFalse();
        assertThat(april.lostTime()).isEmpty();
        assertThat(april.rules()).containsExactly(REPORTED_RULE);
        assertThat(april.notes()).containsExactly("reported 99.42 % by Pingdom (L-1)", "level truncated at 10 decimals");
        CreditDecision credit = evaluation.credits().get(0);
        assertThat(evaluation.credits()).hasSize(1);
        assertThat(credit.amount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(credit.debtor()).isEqualTo(PROVIDER);
        assertThat(credit.explanation()).startsWith("AVAIL achieved 99.42 % (reported 99.42 % by Pingdom (L-1);"
                + " level truncated at 10 decimals) against 99.9 %");
        assertThat(credit.rules()).contains(REPORTED_RULE);
    }

    // V2: reported 99.8999 %. Rounded to 1 decimal HALF_UP it is 99.9 %: met, no credit.
    @Test
    void exampleV2RoundedToOneDecimalHalfUpTheLevelMeetsTheTarget() {
        Evaluation evaluation = reported(LevelRounding.of(1, RoundingMode.HALF_UP), "99.8999");

        ObjectiveResult april = evaluation.objective("AVAIL").get(0);
        assertThat(april.achieved()).isEqualByComparingTo("99.9");
        assertThat(april.met()).isTrue();
        assertThat(april.notes()).contains("level rounded to 1 decimal, HALF_UP");
        assertThat(evaluation.credits()).isEmpty();
    }

    // V2 with the default: 99.8999 % stays 99.8999 %, below 99.9: 10 % of 1,500.00 EUR = 150.00 EUR.
    @Test
    void exampleV2TruncatedByDefaultTheSameLevelIsBreached() {
        Evaluation evaluation = reported(LevelRounding.truncated(), "99.8999");

        assertThat(evaluation.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.8999");
        assertThat(evaluation.objective("AVAIL").get(0).met()).isFalse();
        assertThat(evaluation.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("150.00", "EUR"));
    }

    // The contract's rounding applies to a measured level too, once, to the exact fraction: 44 minutes down in
    // April's 43,200: (43,200 - 44) / 43,200 = 99.89814814...%; truncated it misses 99.9 (150.00 EUR); rounded to
    // one decimal HALF_UP it is 99.9 and met.
    @Test
    void theContractsRoundingAppliesToAMeasuredLevelToo() {
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T10:44"), PROVIDER, "disk"));

        Evaluation truncated = ENGINE.evaluate(agreement(LevelRounding.truncated()), YearMonth.of(2026, 4), timeline);
        Evaluation rounded = ENGINE.evaluate(agreement(LevelRounding.of(1, RoundingMode.HALF_UP)), YearMonth.of(2026, 4),
                timeline);

        assertThat(truncated.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.8981481481");
        assertThat(truncated.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("150.00", "EUR"));
        assertThat(rounded.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.9");
        assertThat(rounded.objective("AVAIL").get(0).met()).isTrue();
        assertThat(rounded.credits()).isEmpty();
    }

    @Test
    void aWindowReportedAndMeasuredIsRefused() {
        Agreement agreement = agreement(LevelRounding.truncated());

        assertThatThrownBy(() -> Timeline.builder(agreement).levelReported("AVAIL", APRIL, new BigDecimal("99.5"), "Pingdom")
                .event(Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T10:44"), PROVIDER, "disk"))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("levels[L-1]");
                            assertThat(p.message()).contains("reported and measured from outage O-1");
                        }));
    }

    @Test
    void aReportedLevelMustNameAWindowOfItsObjective() {
        Agreement agreement = agreement(LevelRounding.truncated());

        assertThatThrownBy(() -> Timeline.builder(agreement)
                .levelReported("AVAIL", DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15)),
                        new BigDecimal("99.5"), "Pingdom")
                .levelReported("NOPE", APRIL, new BigDecimal("99.5"), "Pingdom")
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + ": " + p.message())
                        .containsExactlyInAnyOrder(
                                "levels[L-1].from: the dates 2026-04-01..2026-04-15 are not a window of AVAIL, which is"
                                        + " measured by calendar month",
                                "levels[L-2].objective: level of unknown objective NOPE"));
    }

    @Test
    void aLevelOutsideZeroToAHundredIsRefused() {
        assertThatThrownBy(() -> new io.slarules.model.timeline.LevelReport("L-1", "AVAIL", APRIL, new BigDecimal("100.5"), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("level")));
        assertThatThrownBy(() -> LevelRounding.of(11, RoundingMode.HALF_UP)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> LevelRounding.of(1, RoundingMode.UNNECESSARY)).isInstanceOf(InvalidInputException.class);
    }
}
