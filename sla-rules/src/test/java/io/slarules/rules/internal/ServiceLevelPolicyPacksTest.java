package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.UnitShare;
import io.slarules.calendar.TimeRange;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The service-level policy choices a pack replaces by rule name: whether a window is met, which breaches repeat,
 * which windows earn a credit back. Each test evaluates the same agreement with the default rules and with a
 * pack. The fee is 1,000.00 USD a month, the target 99.95 % with G's bands (below 99.95 -> 10 % = 100.00).
 * One provider outage of 60 minutes: February (40,320 min) 99.851190 %, March (44,640 min) 99.865591 %,
 * April (43,200 min) 99.861111 %, each below 99.95: a 100.00 credit.
 */
class ServiceLevelPolicyPacksTest {

    static final String DEFAULT_VERDICT = DefaultRules.WINDOW_MET;
    static final String DEFAULT_REPEAT = DefaultRules.REPEATED_BREACH;
    static final String DEFAULT_ANNOUNCED = DefaultRules.ANNOUNCED_IN_TIME;
    static final String DEFAULT_UPSTREAM =
            DefaultRules.UPSTREAM_SHORTFALL;
    static final String DEFAULT_EARN_BACK = DefaultRules.EARN_BACK_ELIGIBLE;

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Money FEE = Money.of("1000.00", "USD");
    private static final SlaEngine DEFAULT = SlaEngine.builder().build();
    private static final DateRange FEBRUARY_TO_APRIL = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1));

    private static Agreement agreement(ServiceCredit.Builder credit) {
        return Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1)))
                .serviceLevels(Hosting.levels(FEE, List.of(Hosting.availability("99.95")),
                        List.of(credit.build()), CreditCaps.NONE, List.of()))
                .build();
    }

    private static Outage hour(String id, String day) {
        return Outage.fault(id, "web", between(UTC, day + "T10:00", day + "T11:00"), PROVIDER, "bug");
    }

    private static SlaEngine with(String name, String drl, String replaces) {
        return SlaEngine.builder().rulePack(RulePack.builder(name).version("1.0.0").drl(drl).replaces(replaces)
                .build()).build();
    }

    private static DateRange month(int month) {
        return DateRange.ofMonth(YearMonth.of(2026, month));
    }

    // Repeat term: 1 window, 5 % of the fee = 50.00. March and April each lose 60 minutes.
    // Default: March 99.865591 % < 99.95 is breached, so April's breach repeats it: 100.00 + 100.00 + 50.00.
    // The pack meets a window within one point of its target (>= 98.95 %): March and April are met, nothing
    // repeats: 100.00 + 100.00 (the band credits look at the level, not at the verdict).
    @Test
    void aPackThatJudgesMetWithinAGraceMarginStopsTheRepeatOffence() {
        Agreement agreement = agreement(Hosting.credit("AVAIL").bands(Hosting.gBands())
                .repeat(new ServiceCredit.RepeatOffence(1, Amount.percentOfValue(new BigDecimal("5")))));
        Timeline timeline = Timeline.of(hour("O-1", "2026-03-08"), hour("O-2", "2026-04-08"));
        DateRange marchToApril = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
        SlaEngine grace = with("grace", "packs/verdict/grace.drl", DEFAULT_VERDICT);

        Evaluation byDefault = DEFAULT.evaluate(agreement, marchToApril, timeline, History.empty());
        Evaluation withPack = grace.evaluate(agreement, marchToApril, timeline, History.empty());

        assertThat(byDefault.credits()).extracting(CreditDecision::kind, CreditDecision::amount).containsExactly(
                tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")),
                tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")),
                tuple(CreditKind.REPEAT_OFFENCE, Money.of("50.00", "USD")));
        assertThat(byDefault.objective("AVAIL")).extracting(ObjectiveResult::met).containsExactly(false, false);
        // a verdict that agrees with the figure is not cited: the results cite what they always did
        assertThat(byDefault.objective("AVAIL").get(0).rules()).doesNotContain(DEFAULT_VERDICT);

        assertThat(withPack.credits()).extracting(CreditDecision::kind, CreditDecision::amount).containsExactly(
                tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")),
                tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")));
        assertThat(withPack.objective("AVAIL")).extracting(ObjectiveResult::met).containsExactly(true, true);
        assertThat(withPack.objective("AVAIL").get(0).rules()).endsWith("measure: window met within one point of the target");
        assertThat(withPack.history().window("AVAIL", month(3)).orElseThrow().met()).isTrue();
    }

    // Repeat term: 2 windows, 5 % = 50.00. February breached, March met, April breached.
    // Default: of April's two previous windows March was met, so no repeat: 100.00 (Feb) + 100.00 (Apr).
    // The pack repeats when any earlier window was breached: February was, so April adds 50.00.
    @Test
    void aPackThatRepeatsOnAnyEarlierBreachAddsTheExtraCredit() {
        Agreement agreement = agreement(Hosting.credit("AVAIL").bands(Hosting.gBands())
                .repeat(new ServiceCredit.RepeatOffence(2, Amount.percentOfValue(new BigDecimal("5")))));
        Timeline timeline = Timeline.of(hour("O-1", "2026-02-10"), hour("O-2", "2026-04-08"));
        SlaEngine anyBreach = with("any-breach", "packs/verdict/any-breach-repeats.drl", DEFAULT_REPEAT);

        Evaluation byDefault = DEFAULT.evaluate(agreement, FEBRUARY_TO_APRIL, timeline, History.empty());
        Evaluation withPack = anyBreach.evaluate(agreement, FEBRUARY_TO_APRIL, timeline, History.empty());

        assertThat(byDefault.credits()).extracting(CreditDecision::kind, CreditDecision::window, CreditDecision::amount)
                .containsExactly(tuple(CreditKind.SERVICE_CREDIT, month(2), Money.of("100.00", "USD")),
                        tuple(CreditKind.SERVICE_CREDIT, month(4), Money.of("100.00", "USD")));
        assertThat(withPack.credits()).extracting(CreditDecision::kind, CreditDecision::window, CreditDecision::amount)
                .containsExactly(tuple(CreditKind.SERVICE_CREDIT, month(2), Money.of("100.00", "USD")),
                        tuple(CreditKind.SERVICE_CREDIT, month(4), Money.of("100.00", "USD")),
                        tuple(CreditKind.REPEAT_OFFENCE, month(4), Money.of("50.00", "USD")));
        // the credit cites the pack's rule that found the repeat, before the default rule that priced it
        assertThat(withPack.credits().get(2).rules()).containsSubsequence(
                "assess: repeat offence when any previous window was breached", DefaultRules.REPEAT_OFFENCE)
                .doesNotContain(DEFAULT_REPEAT);
    }

    // Earn-back term: 2 windows. February breached (100.00), March and April met.
    // Default: April looks back 2 windows, February (credited) and March (met since): February's 100.00 is paid
    // back in April. March looks back to January, which the history does not record: nothing.
    // The pack earns back as soon as a window is met right after a credited one: in March, and not again in April.
    @Test
    void aPackThatEarnsBackAtOnceMovesTheEarnBackToTheFirstGoodWindow() {
        Agreement agreement = agreement(Hosting.credit("AVAIL").bands(Hosting.gBands()).earnBack(2));
        Timeline timeline = Timeline.of(hour("O-1", "2026-02-10"));
        SlaEngine atOnce = with("at-once", "packs/verdict/earn-back-at-once.drl", DEFAULT_EARN_BACK);

        Evaluation byDefault = DEFAULT.evaluate(agreement, FEBRUARY_TO_APRIL, timeline, History.empty());
        Evaluation withPack = atOnce.evaluate(agreement, FEBRUARY_TO_APRIL, timeline, History.empty());

        String february = byDefault.credits().get(0).id();
        assertThat(byDefault.credits()).extracting(CreditDecision::kind, CreditDecision::window, CreditDecision::subject,
                        CreditDecision::debtor, CreditDecision::amount)
                .containsExactly(tuple(CreditKind.SERVICE_CREDIT, month(2), "AVAIL", PROVIDER, Money.of("100.00", "USD")),
                        tuple(CreditKind.EARN_BACK, month(4), february, CUSTOMER, Money.of("100.00", "USD")));
        assertThat(withPack.credits()).extracting(CreditDecision::kind, CreditDecision::window, CreditDecision::subject,
                        CreditDecision::debtor, CreditDecision::amount)
                .containsExactly(tuple(CreditKind.SERVICE_CREDIT, month(2), "AVAIL", PROVIDER, Money.of("100.00", "USD")),
                        tuple(CreditKind.EARN_BACK, month(3), february, CUSTOMER, Money.of("100.00", "USD")));
        assertThat(byDefault.credits().get(1).rules()).containsSubsequence(DEFAULT_EARN_BACK,
                DefaultRules.EARN_BACK);
        assertThat(withPack.credits().get(1).rules()).contains("assess: earn-back as soon as the objective is met again")
                .doesNotContain(DEFAULT_EARN_BACK);
    }

    // Two days' notice; Wednesday 2026-04-08 10:00-12:00 maintenance (outside the Sunday window) announced three
    // days ahead. Default: in time, excused: 100 %, no credit. The pack asks for twice the notice (4 days): not in
    // time, the 120 minutes count against the provider: 43,080 / 43,200 = 99.7222222222 % -> 10 % = 100.00.
    @Test
    void aPackThatAsksForMoreNoticeCountsTheMaintenance() {
        Agreement agreement = Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web", FEE)), List.of(),
                        List.of(new MaintenanceWindow(DayOfWeek.SUNDAY, TimeRange.parse("02:00-04:00"))),
                        Optional.of(Duration.ofDays(2)), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()), CreditCaps.NONE))
                .build();
        Timeline timeline = Timeline.of(Outage.maintenance("M-1", "web",
                between(UTC, "2026-04-08T10:00", "2026-04-08T12:00"), Optional.of(Hosting.at(UTC, "2026-04-05T10:00"))));
        SlaEngine doubleNotice = with("double-notice", "packs/verdict/double-notice.drl", DEFAULT_ANNOUNCED);

        Evaluation byDefault = DEFAULT.evaluate(agreement, YearMonth.of(2026, 4), timeline);
        Evaluation withPack = doubleNotice.evaluate(agreement, YearMonth.of(2026, 4), timeline);

        assertThat(byDefault.credits()).isEmpty();
        assertThat(byDefault.objective("AVAIL").get(0).lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofMinutes(120));
        assertThat(withPack.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.7222222222");
        assertThat(withPack.objective("AVAIL").get(0).lostTimeOf(Responsible.party(PROVIDER)))
                .isEqualTo(Duration.ofMinutes(120));
        assertThat(withPack.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    // Marketing owes Sales 200 leads (20.00 per lead short) and delivers 150; Sales owes 50 customers scaled by
    // Marketing's delivery (50 x 150 / 200 = 37.5, down to 37; 100.00 per customer short on its own account) and
    // closes 36: 14 short. Default: 50 - 37 = 13 count against Marketing, 1 against Sales: 1 x 100.00 = 100.00.
    // The pack lets the upstream answer for none: Sales 14 x 100.00 = 1,400.00. Marketing's 50 x 20.00 = 1,000.00
    // either way.
    @Test
    void aPackThatGivesTheUpstreamNoneOfTheShortfallChargesTheDependentPartyForAll() {
        QuotaObjective leads = new QuotaObjective("LEADS", "", "leads", "marketing", "sales", MeasurementWindow.month(),
                200);
        QuotaObjective customers = new QuotaObjective("CUSTOMERS", "", "customers", "sales", "company",
                MeasurementWindow.month(), 50, Optional.of("LEADS"), java.math.RoundingMode.DOWN);
        Agreement agreement = Agreement.builder("COMPANY-X").kind(AgreementKind.INTERNAL).currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("company", "Company X", PartyRole.INTERNAL_UNIT),
                        Party.of("marketing", "Marketing", PartyRole.INTERNAL_UNIT),
                        Party.of("sales", "Sales", PartyRole.INTERNAL_UNIT))
                .serviceLevels(new ServiceLevels(List.of(), List.of(), List.of(), Optional.empty(),
                        List.of(leads, customers), List.of(
                        ServiceCredit.builder("2.1", "LEADS").payable("marketing", "sales")
                                .perUnitShort(Money.of("20.00", "EUR")).build(),
                        ServiceCredit.builder("3.1", "CUSTOMERS").payable("sales", "company")
                                .perUnitShort(Money.of("100.00", "EUR")).build()), CreditCaps.NONE))
                .build();
        Timeline timeline = Timeline.of(new Count("L-1", "leads", Hosting.at(UTC, "2026-03-15T12:00"), 150),
                new Count("K-1", "customers", Hosting.at(UTC, "2026-03-20T12:00"), 36));
        SlaEngine dependentBearsAll = with("dependent-bears-all", "packs/verdict/dependent-bears-all.drl",
                DEFAULT_UPSTREAM);

        Evaluation byDefault = DEFAULT.evaluate(agreement, YearMonth.of(2026, 3), timeline);
        Evaluation withPack = dependentBearsAll.evaluate(agreement, YearMonth.of(2026, 3), timeline);

        assertThat(byDefault.objective("CUSTOMERS").get(0).shortfallBy()).containsExactlyInAnyOrder(
                new UnitShare(Responsible.party("sales"), 1), new UnitShare(Responsible.party("marketing"), 13));
        assertThat(byDefault.credits()).extracting(CreditDecision::clause, CreditDecision::amount).containsExactly(
                tuple("2.1", Money.of("1000.00", "EUR")), tuple("3.1", Money.of("100.00", "EUR")));
        assertThat(withPack.objective("CUSTOMERS").get(0).shortfallBy()).containsExactly(
                new UnitShare(Responsible.party("sales"), 14));
        assertThat(withPack.credits()).extracting(CreditDecision::clause, CreditDecision::amount).containsExactly(
                tuple("2.1", Money.of("1000.00", "EUR")), tuple("3.1", Money.of("1400.00", "EUR")));
    }
}
