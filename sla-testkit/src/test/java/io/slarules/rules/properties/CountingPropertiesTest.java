package io.slarules.rules.properties;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting modes of issue 13 against each other, through the engine: for one delay and one rate per unit
 * (any whole number of days or hours), pro rata never costs more than started units and whole units never more
 * than pro rata; a flat sum once late is the rate whatever the delay; an exact termination threshold is crossed
 * no later than one compared on whole units counted.
 */
class CountingPropertiesTest {

    // UTC: no daylight saving, so the delay on the wall clock is the time elapsed the reference computes with
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final Instant DUE = LocalDate.of(2026, 3, 2).atStartOfDay(ZONE).toInstant();

    private static LiquidatedDamages clause(String id, DelayRounding counting, Duration unit, BigDecimal rate,
                                            long threshold, LiquidatedDamages.TerminationBasis basis) {
        return LiquidatedDamages.builder(id).debtor("vendor").creditor("buyer").obligations("DELIVERY")
                .rate(Amount.of(Money.of(rate, java.util.Currency.getInstance("EUR")))).per(unit).rounding(counting)
                .terminationAfter(threshold).terminationBasis(basis).build();
    }

    @Property(tries = 150)
    void wholeUnitsNeverCostMoreThanProRataNorProRataMoreThanStartedUnits(
            @ForAll @LongRange(min = 1, max = 90L * 24 * 60) long lateMinutes,
            @ForAll @IntRange(min = 1, max = 14) int unitCount, @ForAll boolean inDays,
            @ForAll @LongRange(min = 1, max = 10_000_000) long rateCents,
            @ForAll @IntRange(min = 0, max = 40) int threshold) {
        Duration unit = inDays ? Duration.ofDays(unitCount) : Duration.ofHours(unitCount);
        BigDecimal rate = BigDecimal.valueOf(rateCents, 2);
        Agreement agreement = Agreement.builder("COUNTING").zone(ZONE).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("vendor", "Vendor", PartyRole.PROVIDER), Party.of("buyer", "Buyer", PartyRole.CUSTOMER))
                .obligations(Obligation.builder("DELIVERY").owner("vendor").beneficiary("buyer").due(io.slarules.model.obligations.Due.at(DUE)).build())
                .penalties(
                        clause("STARTED", DelayRounding.UP, unit, rate, threshold,
                                LiquidatedDamages.TerminationBasis.COUNTED_UNITS),
                        clause("PRO-RATA", DelayRounding.PRO_RATA, unit, rate, threshold,
                                LiquidatedDamages.TerminationBasis.COUNTED_UNITS),
                        clause("WHOLE", DelayRounding.DOWN, unit, rate, threshold,
                                LiquidatedDamages.TerminationBasis.COUNTED_UNITS),
                        clause("WHOLE-EXACT", DelayRounding.DOWN, unit, rate, threshold,
                                LiquidatedDamages.TerminationBasis.EXACT_DURATION),
                        clause("ONCE", DelayRounding.ONCE, unit, rate, threshold,
                                LiquidatedDamages.TerminationBasis.COUNTED_UNITS))
                .build();
        Duration late = Duration.ofMinutes(lateMinutes);
        Timeline timeline = Timeline.builder(agreement).fulfilled("DELIVERY", DUE.plus(late)).build();

        Evaluation evaluation = ENGINE.evaluate(agreement, agreement.effective(), timeline);
        Map<String, PenaltyDecision> by = evaluation.penalties().stream()
                .collect(Collectors.toMap(PenaltyDecision::clause, d -> d));
        BigDecimal started = by.get("STARTED").amount().amount();
        BigDecimal proRata = by.get("PRO-RATA").amount().amount();
        BigDecimal whole = by.containsKey("WHOLE") ? by.get("WHOLE").amount().amount() : BigDecimal.ZERO;
        String about = late + " late at " + rate + " EUR per " + unit;

        assertThat(proRata).as("pro rata <= started units, " + about).isLessThanOrEqualTo(started);
        assertThat(whole).as("whole units <= pro rata, " + about).isLessThanOrEqualTo(proRata);
        assertThat(by.get("ONCE").amount().amount()).as("once, " + about).isEqualByComparingTo(rate);
        // pro rata's exact price: rate x late / unit, rounded once (half even) to the cent
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(late.toMinutes()))
                .divide(BigDecimal.valueOf(unit.toMinutes()), 2, java.math.RoundingMode.HALF_EVEN);
        assertThat(proRata).as("pro rata rounded once, " + about).isEqualByComparingTo(exact);
        // compared exactly, the threshold is crossed whenever it is on whole units counted, and sometimes sooner
        boolean exactRight = late.compareTo(unit.multipliedBy(threshold)) > 0;
        // (a termination right is a flag of a decision: none when whole units count nothing, under one unit late)
        if (by.containsKey("WHOLE-EXACT")) {
            assertThat(by.get("WHOLE-EXACT").terminationRight()).as("exact threshold, " + about).isEqualTo(exactRight);
        } else {
            assertThat(late).as("no whole unit, " + about).isLessThan(unit);
        }
        if (by.containsKey("WHOLE")) {
            assertThat(!by.get("WHOLE").terminationRight() || exactRight).as("counted implies exact, " + about).isTrue();
        }
        assertThat(by.get("PRO-RATA").terminationRight()).as("pro rata counted = exact, " + about).isEqualTo(exactRight);
    }
}
