package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.SlaEngine;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.AgreementLevel;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Example O of issue 4: a corporate level (UK office calendar, availability at least 99.5 % as a
 * minimum, credits capped at 15 % of the fee), a customer level (availability 99.9 %, its own bands)
 * and the "Payments API" service level (P1 response within 1 business hour).
 */
class MultiLevelAgreementTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static AvailabilityObjective availability(String target) {
        return new AvailabilityObjective("AVAIL", "Availability", "payments", "acme", "bank", MeasurementWindow.month(),
                CalendarSpec.ALWAYS, new BigDecimal(target), Denominator.WHOLE_WINDOW, null, Optional.empty());
    }

    private static ServiceLevels terms(List<Service> services, List<CalendarSpec> calendars, List<Objective> objectives,
                                       List<ServiceCredit> credits, CreditCaps caps) {
        return new ServiceLevels(services, calendars, List.of(), Optional.empty(), objectives, credits, caps);
    }

    private static CreditBand below(String below, String atLeast, String percent) {
        return new CreditBand(atLeast == null ? Optional.empty() : Optional.of(Bound.inclusive(new BigDecimal(atLeast))),
                Bound.exclusive(new BigDecimal(below)), Amount.percentOfValue(new BigDecimal(percent)));
    }

    static LevelledAgreement group(String serviceLevelTarget) {
        AgreementLevel corporate = new AgreementLevel("corporate", "corporate", Optional.empty(), terms(
                List.of(new Service("payments", "Payments API", Money.of("2000.00", "GBP"))),
                List.of(new CalendarSpec("uk-office", Optional.empty(), WeeklyHours.mondayToFriday(TimeRange.parse("08:00-18:00")),
                        List.of(), Optional.of("GB"), Optional.empty())),
                List.of(availability("99.5")),
                List.of(ServiceCredit.builder("4.2", "AVAIL").payable("acme", "bank").bands(below("99.5", null, "10")).build()),
                new CreditCaps(Optional.of(Amount.percentOfValue(new BigDecimal("15"))), Optional.empty())), Set.of("AVAIL"));
        AgreementLevel customer = new AgreementLevel("customer", "customer", Optional.of("corporate"), terms(List.of(),
                List.of(), List.of(availability("99.9")),
                List.of(ServiceCredit.builder("4.2", "AVAIL").payable("acme", "bank")
                        .bands(below("99.9", "99.5", "10"), below("99.5", null, "25")).build()), CreditCaps.NONE), Set.of());
        List<Objective> own = serviceLevelTarget == null ? List.of() : List.of(availability(serviceLevelTarget));
        AgreementLevel payments = new AgreementLevel("payments", "Payments API", Optional.of("customer"), terms(List.of(),
                List.of(), java.util.stream.Stream.concat(own.stream(), java.util.stream.Stream.of(
                        new TimeToObjective("P1-RESPONSE", "P1 response", "payments", "acme", "bank", MeasurementWindow.month(),
                                "uk-office", CaseEventKind.RESPONDED, Map.of(),
                                List.of(new CaseTarget("P1", Duration.ofHours(1), Optional.empty()))))).toList(),
                List.of(ServiceCredit.builder("4.3", "P1-RESPONSE").payable("acme", "bank")
                        .perBreach(Optional.empty(), Money.of("50.00", "GBP")).build()), CreditCaps.NONE), Set.of());
        Agreement base = Agreement.builder("ACME-GROUP").kind(AgreementKind.MULTI_LEVEL).currency("GBP").zone(LONDON)
                .effective(Hosting.year(2026))
                .parties(Party.of("acme", "Acme Payments", PartyRole.PROVIDER), Party.of("bank", "Bank", PartyRole.CUSTOMER))
                .build();
        return new LevelledAgreement(base, List.of(corporate, customer, payments));
    }

    @Test
    void everyTermOfTheEffectiveAgreementRecordsTheLevelItCameFrom() {
        Agreement effective = group(null).resolve("payments");

        assertThat(effective.id()).isEqualTo("ACME-GROUP/payments");
        assertThat(effective.serviceLevels().sources()).containsEntry("calendar uk-office", "corporate")
                .containsEntry("objective AVAIL", "corporate")
                .containsEntry("objective AVAIL target", "customer")
                .containsEntry("credit 4.2", "corporate")
                .containsEntry("credit 4.2 bands", "customer")
                .containsEntry("caps", "corporate")
                .containsEntry("objective P1-RESPONSE", "Payments API")
                .containsEntry("credit 4.3", "Payments API");
        assertThat(effective.serviceLevels().objective("AVAIL").map(o -> ((AvailabilityObjective) o).target()))
                .contains(new BigDecimal("99.9"));
        assertThat(group(null).explain("payments")).contains("objective AVAIL target: from the customer level");
    }

    // April 2026 (43,200 min), 60 provider minutes: 99.861111 %, below the customer level's 99.9 and not below
    // 99.5: 10 % of 2,000.00 = 200.00, under the corporate cap of 15 % (300.00).
    @Test
    void decisionsCiteTheLevelsTheirTermsCameFrom() {
        Evaluation april = ENGINE.evaluate(group(null).resolve("payments"), YearMonth.of(2026, 4), Timeline.of(
                Outage.fault("O-1", "payments", between(LONDON, "2026-04-08T10:00", "2026-04-08T11:00"), "acme", "bug")));

        assertThat(april.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("200.00", "GBP"));
            assertThat(c.explanation()).startsWith("per corporate clause 4.2, bands from the customer level, "
                    + "target from the customer level: AVAIL achieved 99.861111 %");
        });
        assertThat(april.credits()).extracting(CreditDecision::clause).containsExactly("4.2");
    }

    @Test
    void aLevelThatWeakensAMinimumIsRefusedNamingBothLevels() {
        assertThatThrownBy(() -> group("99.0"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("levels[payments].objectives[AVAIL].target");
                            assertThat(p.message()).isEqualTo("the Payments API level sets 99.0 %, below the minimum 99.5 %"
                                    + " the corporate level set for AVAIL");
                        }));
    }

    @Test
    void anUnknownParentAndACycleAreRefused() {
        LevelledAgreement ok = group(null);
        AgreementLevel orphan = new AgreementLevel("x", "x", Optional.of("nowhere"), ServiceLevels.NONE, Set.of());
        AgreementLevel a = new AgreementLevel("a", "a", Optional.of("b"), ServiceLevels.NONE, Set.of());
        AgreementLevel b = new AgreementLevel("b", "b", Optional.of("a"), ServiceLevels.NONE, Set.of());

        assertThatThrownBy(() -> new LevelledAgreement(ok.base(), List.of(orphan, a, b)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + ": " + p.message()).containsExactly(
                                "levels[x].parent: unknown parent level nowhere",
                                "levels[a].parent: inheritance cycle through level a",
                                "levels[b].parent: inheritance cycle through level b"));
    }
}
