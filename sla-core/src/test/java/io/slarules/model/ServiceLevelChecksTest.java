package io.slarules.model;

import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.CreditCaps.RollingCap;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceCredit.Bonus;
import io.slarules.model.servicelevels.ServiceCredit.RepeatOffence;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.timeline.CaseEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The cross-checks of service levels at their boundaries: bands against the target, currencies, parties. */
class ServiceLevelChecksTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Set<String> PARTIES = Set.of("acme", "customer");
    private static final Amount TEN_PERCENT = Amount.percentOfValue(BigDecimal.TEN);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static AvailabilityObjective uptime(String target) {
        return new AvailabilityObjective("uptime", "", "web", "acme", "customer", MeasurementWindow.month(), null,
                d(target), null, null, null);
    }

    private static ServiceCredit.Builder credit(String objective) {
        return ServiceCredit.builder("5.1", objective).payable("acme", "customer");
    }

    private static List<Problem> check(Objective objective, ServiceCredit credit, Service service, CreditCaps caps) {
        ServiceLevels levels = new ServiceLevels(List.of(service), List.of(), List.of(), Optional.empty(), List.of(objective),
                List.of(credit), caps);
        List<Problem> problems = new ArrayList<>();
        ServiceLevelChecks.check(levels, PARTIES, EUR, Set.of(), AgreementDraft.Unread.NONE, problems);
        return problems;
    }

    private static List<Problem> check(Objective objective, ServiceCredit credit) {
        return check(objective, credit, new Service("web", "Web", eur("10000.00")), CreditCaps.NONE);
    }

    private static CreditBand band(Optional<Bound> lower, Bound upper) {
        return new CreditBand(lower, upper, TEN_PERCENT);
    }

    static Stream<Arguments> bandsAgainstTheTarget() {
        return Stream.of(
                // below 99.9 against a target of 99.9: the bands end where the objective is met
                arguments(Bound.exclusive(d("99.9")), List.of()),
                // at or below 99.9 reaches the target itself, where the objective is met
                arguments(Bound.inclusive(d("99.9")), List.of("the band at or below 99.9 % reaches the target 99.9 %, where the objective is met")),
                // above the target, whether inclusive or not
                arguments(Bound.exclusive(d("99.95")), List.of("the band below 99.95 % reaches the target 99.9 %, where the objective is met")),
                arguments(Bound.inclusive(d("99.8")), List.of()));
    }

    @ParameterizedTest(name = "a top band {0} against a target of 99.9")
    @MethodSource("bandsAgainstTheTarget")
    void theBandsStayBelowTheTarget(Bound top, List<String> messages) {
        ServiceCredit c = credit("uptime").bands(band(Optional.empty(), top)).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::path, Problem::message)
                .containsExactlyElementsOf(messages.stream().map(m -> tuple("credits[0].bands", m)).toList());
    }

    static Stream<Arguments> bandsMeeting() {
        return Stream.of(
                // 0..99 then 99..99.5: exactly one of the two holds 99
                arguments(Bound.exclusive(d("99")), Bound.inclusive(d("99")), List.of()),
                arguments(Bound.inclusive(d("99")), Bound.exclusive(d("99")), List.of()),
                // both hold 99: an overlap
                arguments(Bound.inclusive(d("99")), Bound.inclusive(d("99")),
                        List.of("overlap: at or below 99 %: 10 % of the value and at least 99 % and below 99.5 %: 10 % of the value")),
                // neither holds 99: a gap
                arguments(Bound.exclusive(d("99")), Bound.exclusive(d("99")), List.of("gap: between below 99 % and above 99 %")),
                // 0..98 then 99..99.5: a gap between
                arguments(Bound.exclusive(d("98")), Bound.inclusive(d("99")), List.of("gap: between below 98 % and at least 99 %")),
                // 0..99.2 then 99..99.5: an overlap
                arguments(Bound.exclusive(d("99.2")), Bound.inclusive(d("99")),
                        List.of("overlap: below 99.2 %: 10 % of the value and at least 99 % and below 99.5 %: 10 % of the value")));
    }

    @ParameterizedTest(name = "a band ending {0} and the next starting {1}")
    @MethodSource("bandsMeeting")
    void bandsMeetEndToEndWithoutOverlapOrGap(Bound firstUpper, Bound secondLower, List<String> messages) {
        // given highest first: the check sorts them
        ServiceCredit c = credit("uptime").bands(band(Optional.of(secondLower), Bound.exclusive(d("99.5"))),
                band(Optional.empty(), firstUpper)).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::message).containsExactlyElementsOf(messages);
    }

    static Stream<Arguments> lowestBands() {
        return Stream.of(
                // at least 0 %: from the bottom
                arguments(Bound.inclusive(BigDecimal.ZERO), List.of()),
                // above 0 %: 0 itself is not covered
                arguments(Bound.exclusive(BigDecimal.ZERO), List.of("gap: no band covers levels below 0 %")),
                arguments(Bound.inclusive(d("50")), List.of("gap: no band covers levels below 50 %")));
    }

    @ParameterizedTest(name = "a lowest band starting {0}")
    @MethodSource("lowestBands")
    void theLowestBandStartsAtZero(Bound lower, List<String> messages) {
        ServiceCredit c = credit("uptime").bands(band(Optional.of(lower), Bound.exclusive(d("99")))).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::message).containsExactlyElementsOf(messages);
    }

    @Test
    void twoBandsFromZeroOverlap() {
        ServiceCredit c = credit("uptime").bands(band(Optional.empty(), Bound.exclusive(d("99"))),
                band(Optional.empty(), Bound.exclusive(d("99.5")))).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::message).singleElement().asString()
                .startsWith("overlap: the bands ").endsWith(" both start at 0 %");
    }

    @Test
    void everyAmountOfACreditIsInTheAgreementsCurrency() {
        // each of these is in USD where the agreement is in EUR
        ServiceCredit c = credit("uptime").bands(new CreditBand(Optional.empty(), Bound.exclusive(d("99")), Amount.of(usd("100.00"))))
                .cap(Amount.of(usd("500.00"))).minimum(usd("10.00"))
                .repeat(new RepeatOffence(2, Amount.of(usd("50.00"))))
                .bonus(new Bonus(Bound.inclusive(d("99.95")), Amount.of(usd("20.00")))).build();
        Service service = new Service("web", "Web", usd("10000.00"), Optional.of(Amount.of(usd("1000.00"))));
        CreditCaps caps = new CreditCaps(Optional.of(Amount.of(usd("2000.00"))), Optional.of(new RollingCap(12, BigDecimal.TEN)));

        assertThat(check(uptime("99.9"), c, service, caps)).extracting(Problem::path).containsExactlyInAnyOrder(
                "services[0].monthlyFee", "credits[0].bands", "credits[0].cap", "credits[0].minimum",
                "credits[0].repeat.extra", "credits[0].bonus.amount", "caps.perMonth", "services.cap");
    }

    @Test
    void amountsPerBreachAndPerUnitShortAreInTheAgreementsCurrency() {
        TimeToObjective resolution = new TimeToObjective("resolution", "", "web", "acme", "customer", MeasurementWindow.month(),
                null, CaseEventKind.RESOLVED, Map.of("waiting-on-customer", "nobody"),
                List.of(new CaseTarget("P1", Duration.ofHours(4), Optional.empty())));
        ServiceCredit perBreach = credit("resolution").perBreach(Optional.of("P1"), usd("100.00")).build();

        assertThat(check(resolution, perBreach)).extracting(Problem::path)
                .containsExactlyInAnyOrder("credits[0].perBreach[0].amount", "objectives[0].pausing.waiting-on-customer");
    }

    @Test
    void aCreditsPartiesMustBeTheAgreements() {
        ServiceCredit c = ServiceCredit.builder("5.1", "uptime").payable("vendor", "client")
                .bands(band(Optional.empty(), Bound.exclusive(d("99")))).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("credits[0].debtor", "unknown party vendor"), tuple("credits[0].creditor", "unknown party client"));
    }

    static Stream<Arguments> bonuses() {
        return Stream.of(
                // from the target itself, or above it: a reward for doing better
                arguments(Bound.inclusive(d("99.9")), List.of()),
                arguments(Bound.exclusive(d("99.9")), List.of()),
                arguments(Bound.inclusive(d("99.95")), List.of()),
                // from below the target would reward missing it
                arguments(Bound.inclusive(d("99.8")), List.of("a bonus from at least 99.8 % would reward missing the target 99.9 %")));
    }

    @ParameterizedTest(name = "a bonus {0} against a target of 99.9")
    @MethodSource("bonuses")
    void aBonusStartsAtTheTargetOrAbove(Bound from, List<String> messages) {
        ServiceCredit c = credit("uptime").bonus(new Bonus(from, Amount.of(eur("100.00")))).build();

        assertThat(check(uptime("99.9"), c)).extracting(Problem::message).containsExactlyElementsOf(messages);
    }

    @Test
    void aTimeToObjectivesBandsStayBelowItsLowestShareTarget() {
        // targets 90 % of P1 and 80 % of P2 within their times: bands are compared with 80
        TimeToObjective resolution = new TimeToObjective("resolution", "", "web", "acme", "customer", MeasurementWindow.month(),
                null, CaseEventKind.RESOLVED, Map.of(),
                List.of(new CaseTarget("P1", Duration.ofHours(4), Optional.of(d("90"))),
                        new CaseTarget("P2", Duration.ofHours(8), Optional.of(d("80")))));
        ServiceCredit below = credit("resolution").bands(band(Optional.empty(), Bound.exclusive(d("80")))).build();
        ServiceCredit reaching = credit("resolution").bands(band(Optional.empty(), Bound.exclusive(d("85")))).build();

        assertThat(check(resolution, below)).isEmpty();
        assertThat(check(resolution, reaching)).extracting(Problem::message)
                .containsExactly("the band below 85 % reaches the target 80 %, where the objective is met");
    }

    @Test
    void aRatiosBandsStayBelowItsTarget() {
        RatioObjective success = new RatioObjective("success", "", "web", "ok", "all", "acme", "customer",
                MeasurementWindow.month(), d("99"));
        ServiceCredit reaching = credit("success").bands(band(Optional.empty(), Bound.inclusive(d("99")))).build();

        assertThat(check(success, reaching)).extracting(Problem::message)
                .containsExactly("the band at or below 99 % reaches the target 99 %, where the objective is met");
    }
}
