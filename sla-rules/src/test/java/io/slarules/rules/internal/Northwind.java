package io.slarules.rules.internal;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The worked examples' contract: Northwind IT provides, Client B buys, contract value 200,000.00
 * EUR, liquidated damages 0.5 % of the value per started day of Northwind's delay, capped at 10 %.
 */
final class Northwind {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String NORTHWIND = "northwind";
    static final String CLIENT_B = "client-b";
    static final Money VALUE = Money.of("200000.00", "EUR");

    private Northwind() {
    }

    static Agreement.Builder agreement(Obligation... obligations) {
        return Agreement.builder("NW-CB-2026")
                .zone(ZONE)
                .currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1)))
                .parties(Party.of(NORTHWIND, "Northwind IT", PartyRole.PROVIDER),
                        Party.of(CLIENT_B, "Client B", PartyRole.CUSTOMER))
                .obligations(obligations);
    }

    /** 0.5 % of 200,000.00 per started day of Northwind's delay on the given obligations, capped at 10 %. */
    static LiquidatedDamages delayDamages(String... obligations) {
        return damages(DelayRounding.UP, OptionalLong.empty(), obligations);
    }

    static LiquidatedDamages damages(DelayRounding rounding, OptionalLong terminationAfter, String... obligations) {
        return new LiquidatedDamages("12.1", "Delay in delivery", NORTHWIND, CLIENT_B, List.of(obligations),
                Optional.of(VALUE), Amount.percentOfValue(new BigDecimal("0.5")), DelayUnit.DAYS, rounding,
                Optional.of(Amount.percentOfValue(BigDecimal.TEN)), terminationAfter);
    }

    static Obligation northwind(String id, LocalDate due, String... dependsOn) {
        return Obligation.of(id, NORTHWIND, CLIENT_B, "", Due.onDate(due)).withDependsOn(dependsOn);
    }

    static Obligation clientB(String id, LocalDate due, String... dependsOn) {
        return Obligation.of(id, CLIENT_B, NORTHWIND, "", Due.onDate(due)).withDependsOn(dependsOn);
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** The start of a date in the zone, as interval bounds are read. */
    static java.time.Instant startOf(int month, int day) {
        return date(month, day).atStartOfDay(ZONE).toInstant();
    }

    /** The end of a date in the zone, as date-only fulfilments are read. */
    static java.time.Instant endOf(int month, int day) {
        return date(month, day).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    static Interval days(int fromMonth, int fromDay, int toMonth, int toDay) {
        return Interval.of(startOf(fromMonth, fromDay), startOf(toMonth, toDay));
    }
}
