package io.slarules.testkit.scenario;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Example A's agreement built in Java, for the scenario {@code supplied/a-built-in-java.yaml} that
 * names it instead of retyping it.
 */
public class NorthwindInJava implements Supplier<Agreement> {

    @Override
    public Agreement get() {
        return Agreement.builder("NW-CB-2026")
                .zone(ZoneId.of("Europe/Berlin"))
                .currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(
                        Obligation.builder("SPEC-1").owner("client-b").beneficiary("northwind")
                                .due(LocalDate.of(2026, 3, 2)).build(),
                        Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                                .due(LocalDate.of(2026, 3, 30)).dependsOn("SPEC-1").build())
                .penalties(LiquidatedDamages.builder("12.1").debtor("northwind").creditor("client-b")
                        .obligations("DELIVERY-1").value(Money.parse("200000.00 EUR"))
                        .rate(Amount.percentOfValue(new BigDecimal("0.5"))).cap(Amount.percentOfValue(BigDecimal.TEN))
                        .build())
                .build();
    }

    /** A supplier whose agreement is refused: its clause prices an obligation it does not have. */
    public static class Refused implements Supplier<Agreement> {
        @Override
        public Agreement get() {
            return Agreement.builder("NW-CB-2026").currency("EUR")
                    .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                    .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                            Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                    .penalties(LiquidatedDamages.builder("12.1").debtor("northwind").creditor("client-b")
                            .obligations("DELIVERY-9").rate(Amount.of(Money.parse("100.00 EUR"))).build())
                    .build();
        }
    }
}
