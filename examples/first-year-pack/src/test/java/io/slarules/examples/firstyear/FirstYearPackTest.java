package io.slarules.examples.firstyear;

import io.slarules.CreditDecision;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.InvariantViolation;
import io.slarules.testkit.SlaInvariants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the first-year pack decides against the default rules (issue 14). The agreement starts on 2026-01-01:
 * availability 99.9 % a month of one 1,000.00 EUR service; below 99.0 % -> 25 % of the fee, from 99.0 % and
 * below 99.9 % -> 10 %; a rolling cap of 10 % of the last 3 months' charges, less the credits of the 2 months
 * before. No other cap, no minimum credit.
 */
class FirstYearPackTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SlaEngine WITH_PACK = SlaEngine.builder().rulePack(FirstYearPack.descriptor()).build();
    private static final SlaEngine DEFAULT_RULES = SlaEngine.builder().build();
    private static final DateRange FIRST_QUARTER = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

    private static Agreement agreement() {
        AvailabilityObjective availability = new AvailabilityObjective("AVAIL", "Shop availability", "web", "hostco",
                "shop", MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.9"), Denominator.WHOLE_WINDOW,
                null, Optional.empty());
        ServiceCredit credit = ServiceCredit.builder("7.1", "AVAIL").payable("hostco", "shop").bands(
                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99.0")),
                        Amount.percentOfValue(new BigDecimal("25"))),
                new CreditBand(Optional.of(Bound.inclusive(new BigDecimal("99.0"))), Bound.exclusive(new BigDecimal("99.9")),
                        Amount.percentOfValue(BigDecimal.TEN))).build();
        return Agreement.builder("SHOP-FY").currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)))
                .parties(Party.of("hostco", "HostCo", PartyRole.PROVIDER), Party.of("shop", "Shop", PartyRole.CUSTOMER))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web shop", Money.of("1000.00", "EUR"))),
                        List.of(), List.of(), Optional.empty(), List.of(availability), List.of(credit),
                        CreditCaps.NONE.withRolling(3, BigDecimal.TEN)))
                .build();
    }

    private static Outage fault(String id, String from, Duration length) {
        Instant start = Instant.parse(from);
        return Outage.fault(id, "web", Interval.of(start, start.plus(length)), "hostco", "fault");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static History.MonthRecord month(String month, String credited) {
        return new History.MonthRecord(YearMonth.parse(month), eur("1000.00"), eur(credited));
    }

    // February 2026 (28 days, 40,320 min) down 1 h: 40,260 / 40,320 = 99.8511904761 % -> 10 % = 100.00.
    // March 2026 (31 days, 44,640 min) down 8 h = 480 min: 44,160 / 44,640 = 98.9247311827 % -> 25 % = 250.00.
    // Default rules, rolling cap 10 % of 3 months:
    //   January: no credit (room 10 % of 1,000.00 = 100.00, nothing used);
    //   February: room 10 % of (1,000.00 + 1,000.00) - 0.00 credited in January = 200.00; 100.00 fits: 100.00;
    //   March (the agreement's 3rd month): room 10 % of 3,000.00 - (0.00 + 100.00) = 200.00; 250.00 held to 200.00.
    // The pack: March starts before 2027-01-01, the first anniversary: not held to the rolling cap, 250.00.
    @Test
    void theRollingCapDoesNotHoldTheThirdMonthsCreditInTheFirstYear() {
        Timeline timeline = Timeline.of(fault("O-1", "2026-02-10T10:00:00Z", Duration.ofHours(1)),
                fault("O-2", "2026-03-10T08:00:00Z", Duration.ofHours(8)));

        Evaluation defaults = DEFAULT_RULES.evaluate(agreement(), FIRST_QUARTER, timeline, History.empty());
        Evaluation pack = WITH_PACK.evaluate(agreement(), FIRST_QUARTER, timeline, History.empty());

        assertThat(defaults.credits()).extracting(CreditDecision::amount).containsExactly(eur("100.00"), eur("200.00"));
        CreditDecision march = defaults.credits().get(1);
        assertThat(march.priced()).isEqualTo(eur("250.00"));
        assertThat(march.capped()).isTrue();
        assertThat(march.explanation().toString())
                .contains("; held to the 200.00 EUR the rolling cap leaves this month (0.00 EUR used before) -> 200.00 EUR");
        assertThat(march.rules()).containsSubsequence(FirstYearPack.REPLACED,
                DefaultRules.SERVICE_CREDIT_CAPS);

        assertThat(pack.credits()).extracting(CreditDecision::amount).containsExactly(eur("100.00"), eur("250.00"));
        assertThat(pack.credits()).noneMatch(CreditDecision::capped);
        assertThat(pack.credits().get(1).rules()).doesNotContain(FirstYearPack.REPLACED, FirstYearPack.LATER_RULE);
        assertThat(pack.credits().get(1).id()).isEqualTo(march.id());
        assertThat(pack.history().month(YearMonth.of(2026, 3)).orElseThrow().credited()).isEqualTo(eur("250.00"));

        SlaInvariants.check(agreement(), defaults);
        allButTheRollingCap(pack);
        // the library's invariant holds credits to the default policy's rolling cap; the pack lifts it on purpose
        assertThatThrownBy(() -> SlaInvariants.creditsRespectCaps(agreement(), pack))
                .isInstanceOfSatisfying(InvariantViolation.class, v ->
                        assertThat(v.invariant()).isEqualTo(SlaInvariants.Invariant.CREDITS_RESPECT_CAPS));
    }

    // The month starting on the anniversary is the first held again. December 2026 and January 2027 are each down
    // 8 h (31 days: 98.9247311827 % -> 25 % = 250.00), with the two months before crediting 0.00 and 100.00:
    // room 10 % of 3,000.00 - 100.00 = 200.00 under the default rules.
    // December 2026 starts before 2027-01-01: the pack issues 250.00, the default rules 200.00.
    // January 2027 starts on 2027-01-01: both issue 200.00, noted alike.
    @Test
    void fromTheFirstAnniversaryTheRollingCapHoldsAsUnderTheDefaultRules() {
        DateRange december = DateRange.ofMonth(YearMonth.of(2026, 12));
        History beforeDecember = History.empty().plus(List.of(month("2026-10", "0.00"), month("2026-11", "100.00")), List.of());
        Timeline decemberOutage = Timeline.of(fault("O-12", "2026-12-10T08:00:00Z", Duration.ofHours(8)));
        DateRange january = DateRange.ofMonth(YearMonth.of(2027, 1));
        History beforeJanuary = History.empty().plus(List.of(month("2026-11", "0.00"), month("2026-12", "100.00")), List.of());
        Timeline januaryOutage = Timeline.of(fault("O-13", "2027-01-12T08:00:00Z", Duration.ofHours(8)));

        assertThat(DEFAULT_RULES.evaluate(agreement(), december, decemberOutage, beforeDecember).credits())
                .extracting(CreditDecision::amount).containsExactly(eur("200.00"));
        assertThat(WITH_PACK.evaluate(agreement(), december, decemberOutage, beforeDecember).credits())
                .extracting(CreditDecision::amount).containsExactly(eur("250.00"));

        Evaluation defaults = DEFAULT_RULES.evaluate(agreement(), january, januaryOutage, beforeJanuary);
        Evaluation pack = WITH_PACK.evaluate(agreement(), january, januaryOutage, beforeJanuary);
        assertThat(pack.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(eur("200.00"));
            assertThat(c.capped()).isTrue();
            assertThat(c.rules()).contains(FirstYearPack.LATER_RULE).doesNotContain(FirstYearPack.REPLACED);
            assertThat(c.explanation().toString()).isEqualTo(defaults.credits().get(0).explanation().toString());
        });
        assertThat(defaults.credits()).extracting(CreditDecision::amount).containsExactly(eur("200.00"));
        SlaInvariants.check(agreement(), pack);
        SlaInvariants.check(agreement(), defaults);
    }

    // Whatever February's and March's downtime: in the first year the pack issues every credit at its priced amount
    // (there is no other cap), the default rules never more, and at least every credit they issue; every invariant
    // but the default rolling cap holds.
    @Property(tries = 15)
    void inTheFirstYearCreditsArePricedInFullAndNeverLessThanUnderTheDefaultRules(
            @ForAll @IntRange(min = 0, max = 900) int februaryMinutes, @ForAll @IntRange(min = 0, max = 900) int marchMinutes) {
        Timeline timeline = Timeline.of(fault("O-1", "2026-02-03T00:00:00Z", Duration.ofMinutes(februaryMinutes + 1)),
                fault("O-2", "2026-03-03T00:00:00Z", Duration.ofMinutes(marchMinutes + 1)));

        Evaluation pack = WITH_PACK.evaluate(agreement(), FIRST_QUARTER, timeline, History.empty());
        Evaluation defaults = DEFAULT_RULES.evaluate(agreement(), FIRST_QUARTER, timeline, History.empty());

        assertThat(pack.credits()).allSatisfy(c -> {
            assertThat(c.amount()).isEqualTo(c.priced().rounded(RoundingMode.HALF_EVEN));
            assertThat(c.capped()).isFalse();
        });
        Map<String, Money> full = pack.credits().stream().collect(Collectors.toMap(CreditDecision::id, CreditDecision::amount));
        Map<String, CreditDecision> held = defaults.credits().stream()
                .collect(Collectors.toMap(CreditDecision::id, Function.identity()));
        assertThat(full.keySet()).containsAll(held.keySet());
        held.forEach((id, c) -> assertThat(c.amount()).isLessThanOrEqualTo(full.get(id)));
        allButTheRollingCap(pack);
        SlaInvariants.check(agreement(), defaults);
    }

    /** The library's invariants, less the one that holds credits to the default rolling cap. */
    private static void allButTheRollingCap(Evaluation evaluation) {
        Agreement agreement = agreement();
        SlaInvariants.sharesAddUp(agreement, evaluation);
        SlaInvariants.onlyAttributedTimeIsPriced(agreement, evaluation);
        SlaInvariants.capsHold(agreement, evaluation);
        SlaInvariants.decisionIdsAreUnique(evaluation);
        SlaInvariants.oneDecisionEach(evaluation);
        SlaInvariants.objectiveResultsAreConsistent(agreement, evaluation);
        SlaInvariants.creditsRestOnTheirClause(agreement, evaluation);
    }
}
