package io.slarules.rules.properties;

import io.slarules.CreditDecision;
import io.slarules.Decision;
import io.slarules.Evaluation;
import io.slarules.Statement;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.Price;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.SlaInvariants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings objectives and the statement (issue 13 point 8), through the engine: for any readings, range and rate,
 * the deduction equals the count of readings outside (counted here, independently of the model) times the rate,
 * rounded once to the cent, when uncapped; it never exceeds its cap when capped; and the statement's net between
 * buyer and carrier equals the price less the decisions, per currency. The test kit's invariants hold throughout.
 */
class ReadingsPropertiesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    @Property(tries = 100)
    void theDeductionIsTheCountOutsideTimesTheRateAndNeverMoreThanItsCap(
            @ForAll @Size(max = 40) List<@IntRange(min = -300, max = 300) Integer> tenths,
            @ForAll @IntRange(min = -100, max = 100) int lowTenths, @ForAll @IntRange(min = 0, max = 150) int widthTenths,
            @ForAll boolean lowIncluded, @ForAll boolean highIncluded, @ForAll boolean percent,
            @ForAll @IntRange(min = 0, max = 2_000) int rateHundredths,
            @ForAll @IntRange(min = 1, max = 5_000_000) int valueCents,
            @ForAll boolean capped, @ForAll @IntRange(min = 0, max = 3_000) int capHundredths,
            @ForAll @IntRange(min = 0, max = 5_000_000) int priceCents) {
        BigDecimal low = BigDecimal.valueOf(lowTenths, 1);
        BigDecimal high = BigDecimal.valueOf(lowTenths + widthTenths, 1);
        // equal ends admit their value only when both are included
        boolean bothIncluded = widthTenths > 0 || lowIncluded && highIncluded;
        ReadingsObjective.Limit lower = new ReadingsObjective.Limit(low, bothIncluded ? lowIncluded : true);
        ReadingsObjective.Limit upper = new ReadingsObjective.Limit(high, bothIncluded ? highIncluded : true);
        Money value = Money.of(BigDecimal.valueOf(valueCents, 2), EUR);
        BigDecimal rate = BigDecimal.valueOf(rateHundredths, 2);
        ServiceCredit.PerReading perReading = percent ? ServiceCredit.PerReading.percentOf(rate, value)
                : new ServiceCredit.PerReading(Amount.of(Money.of(rate, EUR)), Optional.of(value));
        ServiceCredit.Builder credit = ServiceCredit.builder("9.1", "TEMP").payable("carrier", "buyer")
                .perReading(perReading);
        BigDecimal capPercent = BigDecimal.valueOf(capHundredths, 2);
        if (capped) {
            credit.cap(Amount.percentOfValue(capPercent));
        }
        Money price = Money.of(BigDecimal.valueOf(priceCents, 2), EUR);
        Agreement agreement = Agreement.builder("READINGS-P").currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("carrier", "Carrier", PartyRole.PROVIDER), Party.of("buyer", "Buyer", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder().objectives(new ReadingsObjective("TEMP", "", "carrier", "buyer",
                        MeasurementWindow.month(), Optional.of(lower), Optional.of(upper), "°C")).credits(credit.build())
                        .build())
                .prices(new Price("PRICE", "", "buyer", "carrier", price, LocalDate.of(2026, 3, 15)))
                .build();
        Timeline.Builder timeline = Timeline.builder(agreement);
        long outside = 0;
        for (int i = 0; i < tenths.size(); i++) {
            BigDecimal v = BigDecimal.valueOf(tenths.get(i), 1);
            timeline.reading("TEMP", MARCH.plusSeconds(3_600L * i), v);
            // the reference range check: below the low end (or on it, excluded), above the high end (or on it, excluded)
            int cl = v.compareTo(lower.value());
            int ch = v.compareTo(upper.value());
            if (cl < 0 || cl == 0 && !lower.inclusive() || ch > 0 || ch == 0 && !upper.inclusive()) {
                outside++;
            }
        }

        Evaluation evaluation = SlaInvariants.evaluateAndCheck(ENGINE, agreement, DateRange.ofMonth(YearMonth.of(2026, 3)),
                timeline.build());

        String about = tenths + " against " + lower + ".." + upper + " at " + perReading + (capped ? " cap " + capPercent + " %" : "");
        assertThat(evaluation.objective("TEMP").get(0).achieved()).as(about).isEqualByComparingTo(BigDecimal.valueOf(outside));
        BigDecimal each = percent ? value.amount().multiply(rate).movePointLeft(2) : rate;
        BigDecimal exact = each.multiply(BigDecimal.valueOf(outside));
        BigDecimal issued = evaluation.credits().stream().map(CreditDecision::amount).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (outside == 0) {
            assertThat(evaluation.credits()).as(about).isEmpty();
        } else if (!capped) {
            assertThat(issued).as("uncapped: count x rate, " + about).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_EVEN));
        } else {
            BigDecimal cap = value.amount().multiply(capPercent).movePointLeft(2);
            assertThat(issued).as("capped, " + about).isLessThanOrEqualTo(cap)
                    .isLessThanOrEqualTo(exact.setScale(2, RoundingMode.HALF_EVEN));
        }

        // the statement: the price the buyer owes, less what the decisions make the carrier owe it
        Statement statement = Statement.of(agreement, evaluation);
        BigDecimal net = price.amount();
        for (Decision d : evaluation.decisions()) {
            net = d.debtor().equals("buyer") ? net.add(d.amount().amount()) : net.subtract(d.amount().amount());
        }
        assertThat(statement.net("buyer", "carrier", EUR).amount()).as("net, " + about).isEqualByComparingTo(net);
        assertThat(statement.nets()).as(about).hasSize(1);
        assertThat(statement.nets().get(0).amount().isNegative()).isFalse();
    }
}
