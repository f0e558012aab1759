package io.slarules.rules.properties;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.Subscriber;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.Subscription;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Compensation shares and service-based agreements: the parts make the whole, the whole is its parts. */
class AgreementStructuresPropertiesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateRange MARCH = DateRange.ofMonth(YearMonth.of(2026, 3));
    private static final List<String> UNITS = List.of("sales", "service", "finance", "legal", "company");

    /** A quota of 1 with nothing counted: the credit is exactly {@code rate}, split by the shares. */
    record Split(Money rate, List<CreditShare> shares, String creditor) {
    }

    @Provide
    Arbitrary<Split> splits() {
        Arbitrary<Money> rates = Arbitraries.longs().between(1, 10_000_000)
                .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR")));
        // 2-5 shares in hundredths of a percent adding up to exactly 100 %
        Arbitrary<List<CreditShare>> shares = Arbitraries.integers().between(2, 5).flatMap(n ->
                Arbitraries.integers().between(1, 9_999).list().ofSize(n - 1).uniqueElements().map(cuts -> {
                    List<Integer> points = new ArrayList<>(cuts);
                    points.add(0);
                    points.add(10_000);
                    points.sort(null);
                    List<CreditShare> result = new ArrayList<>();
                    for (int i = 1; i < points.size(); i++) {
                        result.add(new CreditShare(UNITS.get(i - 1),
                                BigDecimal.valueOf(points.get(i) - points.get(i - 1), 2)));
                    }
                    return result;
                }));
        return Combinators.combine(rates, shares, Arbitraries.of(UNITS)).as(Split::new)
                .filter(s -> !s.shares().isEmpty());
    }

    /**
     * The parts of a shared credit add up to the whole to the cent; each party other than the
     * creditor gets its share rounded down to the cent, and the creditor its share plus the cents
     * left over (less than one cent per share).
     */
    @Property
    void compensationPartsAddUpToTheWholeToTheCent(@ForAll("splits") Split split) {
        List<Party> parties = new ArrayList<>(List.of(Party.of("marketing", "Marketing", PartyRole.INTERNAL_UNIT)));
        UNITS.forEach(u -> parties.add(Party.of(u, u, PartyRole.INTERNAL_UNIT)));
        Agreement agreement = Agreement.builder("SPLIT").kind(AgreementKind.INTERNAL).currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(parties.toArray(Party[]::new))
                .serviceLevels(new ServiceLevels(List.of(), List.of(), List.of(), Optional.empty(),
                        List.of(new QuotaObjective("LEADS", "", "leads", "marketing", "sales", MeasurementWindow.month(), 1)),
                        List.of(ServiceCredit.builder("1", "LEADS").payable("marketing", split.creditor())
                                .perUnitShort(split.rate()).shares(split.shares().toArray(CreditShare[]::new)).build()),
                        CreditCaps.NONE))
                .build();

        Evaluation evaluation = ENGINE.evaluate(agreement, MARCH, Timeline.empty());

        List<CreditDecision> parts = evaluation.credits();
        assertThat(Money.total(split.rate().currency(), parts.stream().map(CreditDecision::amount).toList()))
                .isEqualTo(split.rate());
        for (CreditShare share : split.shares()) {
            Money exact = split.rate().percent(share.percent());
            Money part = parts.stream().filter(p -> p.creditor().equals(share.party())).map(CreditDecision::amount)
                    .findFirst().orElseThrow();
            if (share.party().equals(split.creditor())) {
                assertThat(part.amount()).isGreaterThanOrEqualTo(exact.amount().setScale(2, RoundingMode.DOWN))
                        .isLessThan(exact.amount().add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(split.shares().size()))));
            } else {
                assertThat(part).isEqualTo(exact.rounded(RoundingMode.DOWN));
            }
        }
        assertThat(parts).extracting(CreditDecision::id).doesNotHaveDuplicates();
    }

    /** Subscribers with random fees and random provider outages in March. */
    record Portfolio(List<Subscriber> subscribers) {
    }

    @Provide
    Arbitrary<Portfolio> portfolios() {
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        Arbitrary<Outage> outages = Combinators.combine(Arbitraries.integers().between(0, 44_000),
                Arbitraries.integers().between(1, 3_000), Arbitraries.of("hostco", "customer"))
                .as((start, minutes, who) -> new Outage("O-" + start + "-" + minutes, "hosting",
                        Interval.of(march.plusSeconds(60L * start), march.plusSeconds(60L * (start + minutes))),
                        io.slarules.model.timeline.OutageKind.FAULT, Optional.of(who), Optional.empty(), "fault"));
        Arbitrary<Subscriber> subscriber = Combinators.combine(Arbitraries.integers().between(1, 1_000),
                Arbitraries.longs().between(0, 500_000), outages.list().ofMaxSize(4).uniqueElements(Outage::id))
                .as((n, cents, down) -> {
                    String id = "c" + n;
                    List<Outage> own = down.stream().map(o -> o.responsible().filter("customer"::equals).isPresent()
                            ? new Outage(o.id(), o.service(), o.interval(), o.kind(), Optional.of(id), o.announced(), o.cause())
                            : o).toList();
                    return Subscriber.of(new Subscription("S-" + n, Party.of(id, "Customer " + n, PartyRole.CUSTOMER),
                            "hosting", Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR")),
                            LocalDate.of(2026, 1, 1)), Timeline.of(own));
                });
        return subscriber.list().ofMinSize(1).ofMaxSize(6).uniqueElements(s -> s.subscription().id()).map(Portfolio::new);
    }

    /** Evaluating a service-based agreement for N subscribers equals N evaluations of their own agreements. */
    @Property(tries = 200)
    void nSubscribersAreNSingleEvaluations(@ForAll("portfolios") Portfolio portfolio) {
        Agreement offering = Agreement.builder("STD").kind(AgreementKind.SERVICE_BASED).currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("hostco", "HostCo", PartyRole.PROVIDER), Party.of("customer", "Any", PartyRole.CUSTOMER))
                .serviceLevels(new ServiceLevels(List.of(new Service("hosting", "Hosting", Money.of("0.00", "EUR"))),
                        List.of(), List.of(), Optional.empty(), List.of(new AvailabilityObjective("AVAIL", "", "hosting",
                        "hostco", "customer", MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.9"), null,
                        null, Optional.empty())), List.of(ServiceCredit.builder("5.1", "AVAIL").payable("hostco", "customer")
                        .bands(new CreditBand(Optional.of(Bound.inclusive(new BigDecimal("99"))), Bound.exclusive(new BigDecimal("99.9")),
                                        Amount.percentOfValue(BigDecimal.TEN)),
                                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99")),
                                        Amount.percentOfValue(new BigDecimal("25")))).build()), CreditCaps.NONE))
                .build();

        List<Evaluation> all = ENGINE.evaluate(offering, MARCH, portfolio.subscribers());

        assertThat(all).hasSize(portfolio.subscribers().size());
        for (int i = 0; i < all.size(); i++) {
            Subscriber s = portfolio.subscribers().get(i);
            Evaluation single = ENGINE.evaluate(offering.forSubscription(s.subscription()), MARCH, s.timeline());
            assertThat(all.get(i)).isEqualTo(single);
            // a subscriber's credit is a percentage of its own fee, paid to it
            all.get(i).credits().forEach(c -> {
                assertThat(c.creditor()).isEqualTo(s.subscription().customer().id());
                assertThat(c.amount()).isLessThanOrEqualTo(s.subscription().fee().percent(new BigDecimal("25")).rounded(RoundingMode.HALF_EVEN));
            });
        }
    }
}
