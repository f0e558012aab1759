package io.slarules.rules.internal;

import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Fixtures of the service-level examples G-M: a provider, a customer, one service. */
final class Hosting {

    static final String PROVIDER = "acme";
    static final String CUSTOMER = "client";

    private Hosting() {
    }

    static Agreement.Builder agreement(String currency, ZoneId zone, DateRange effective) {
        return Agreement.builder("HOSTING-1").currency(currency).zone(zone).effective(effective)
                .parties(Party.of(PROVIDER, "Acme Hosting", PartyRole.PROVIDER),
                        Party.of(CUSTOMER, "Client", PartyRole.CUSTOMER),
                        Party.subcontractor("dc", "Datacentre Ltd", PROVIDER));
    }

    static ServiceLevels levels(Money fee, List<Objective> objectives, List<ServiceCredit> credits, CreditCaps caps,
                                List<CalendarSpec> calendars) {
        return new ServiceLevels(List.of(new Service("web", "Web hosting", fee)), calendars,
                List.of(new MaintenanceWindow(DayOfWeek.SUNDAY, TimeRange.parse("02:00-04:00"))), Optional.empty(),
                objectives, credits, caps);
    }

    static AvailabilityObjective availability(String target) {
        return new AvailabilityObjective("AVAIL", "Availability", "web", PROVIDER, CUSTOMER, MeasurementWindow.month(),
                CalendarSpec.ALWAYS, new BigDecimal(target), Denominator.WHOLE_WINDOW, null, Optional.empty());
    }

    /** G's bands: below 99.95 -> 10 %, below 99.0 -> 25 %, below 95.0 -> 100 %. */
    static CreditBand[] gBands() {
        return new CreditBand[] {
            band("99.0", "99.95", "10"), band("95.0", "99.0", "25"),
            new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("95.0")), io.slarules.model.money.Amount.percentOfValue(new BigDecimal("100")))};
    }

    static CreditBand band(String atLeast, String below, String percent) {
        return new CreditBand(Optional.of(Bound.inclusive(new BigDecimal(atLeast))), Bound.exclusive(new BigDecimal(below)),
                io.slarules.model.money.Amount.percentOfValue(new BigDecimal(percent)));
    }

    static ServiceCredit.Builder credit(String objective) {
        return ServiceCredit.builder("7.1", objective).payable(PROVIDER, CUSTOMER);
    }

    static CalendarSpec office(String id, String hours, ZoneId zone, String country) {
        return new CalendarSpec(id, Optional.of(zone), WeeklyHours.mondayToFriday(TimeRange.parse(hours)), List.of(),
                Optional.ofNullable(country), Optional.empty());
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Interval between(ZoneId zone, String from, String to) {
        return Interval.of(at(zone, from), at(zone, to));
    }

    static DateRange year(int year) {
        return DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
