package io.slarules.bench;

import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.TimelineEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The service-level part of an agreement of the standard month: a hosted service ({@code web}) on a
 * 99.5 % monthly availability objective with tiered credits, a service desk ({@code desk}) whose
 * cases are resolved within business hours on an office calendar with public holidays (waiting on
 * the customer pauses the clock), per-breach credits, clause caps, a monthly cap and a rolling cap
 * over three months whose history (January and February) comes with the request.
 *
 * <p>The timeline of March: about five outages of {@code web} (faults of the provider, of its
 * subcontractor or of the customer; announced maintenance on Sunday nights, some overrunning the
 * maintenance window) and twenty cases of {@code desk}, half of them waiting on the customer for a
 * while. Drawn from a random source of its own, so the deadline part of the month is what it was.
 */
final class ServiceLevelWorkload {

    static final String WEB = "web";
    static final String DESK = "desk";
    static final String AVAILABILITY = "AVAIL";
    static final String RESOLUTION = "RESOLVE";
    static final String OFFICE = "office";
    /** Public holidays in March (St Patrick's Day, St Joseph's Day) on top of the agreement's year. */
    static final List<LocalDate> MARCH_HOLIDAYS = List.of(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 19));
    static final int CASES = 20;

    private ServiceLevelWorkload() {
    }

    /** What the generator adds to an agreement of the standard month. */
    record Part(ServiceLevels levels, List<TimelineEvent> events, History history) {
    }

    /**
     * The service levels, the March events and the history of one agreement.
     *
     * @param random        the agreement's own random source for service levels
     * @param zone          the agreement's zone
     * @param currency      the agreement's currency
     * @param valueScale    how many units of the currency make a euro, roughly (150 for yen)
     * @param holidays      the agreement's holidays, which the office calendar keeps too
     * @param provider      the provider's id
     * @param customer      the customer's id
     * @param subcontractor the subcontractor's id, when the provider engaged one
     */
    static Part generate(SplittableRandom random, ZoneId zone, String currency, long valueScale,
                         List<LocalDate> holidays, String provider, String customer, Optional<String> subcontractor) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        Money webFee = money(List.of(1500, 2000, 3000, 4500).get(random.nextInt(4)) * valueScale, digits, currency);
        Money deskFee = money(800 * valueScale, digits, currency);

        List<LocalDate> office = new ArrayList<>(holidays);
        office.addAll(MARCH_HOLIDAYS);
        CalendarSpec calendar = new CalendarSpec(OFFICE, Optional.empty(),
                WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00")), office, Optional.empty(), Optional.empty());

        AvailabilityObjective availability = new AvailabilityObjective(AVAILABILITY, "Availability of the web service",
                WEB, provider, customer, MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.5"),
                Denominator.WHOLE_WINDOW, null, Optional.empty());
        TimeToObjective.Builder resolution = TimeToObjective.builder(RESOLUTION).title("Resolution of desk cases")
                .service(DESK).obligated(provider).beneficiary(customer).calendar(OFFICE).stop(CaseEventKind.RESOLVED)
                .pausing("waiting", customer)
                .targets(new CaseTarget("P1", Duration.ofHours(4), Optional.empty()),
                        new CaseTarget("P2", Duration.ofHours(8), Optional.empty()),
                        new CaseTarget("P3", Duration.ofHours(24), Optional.empty()));
        // waiting on the provider's own subcontractor is no reason to stop its clock
        subcontractor.ifPresent(s -> resolution.pausing("supplier", s));

        ServiceCredit tiered = ServiceCredit.builder("7.1", AVAILABILITY).title("Availability credits")
                .payable(provider, customer)
                .bands(band("99.0", "99.5", "5"), band("97.0", "99.0", "10"),
                        new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("97.0")),
                                Amount.percentOfValue(new BigDecimal("25"))))
                .cap(Amount.percentOfValue(new BigDecimal("20")))
                .build();
        ServiceCredit perBreach = ServiceCredit.builder("7.2", RESOLUTION).title("Late resolutions")
                .payable(provider, customer)
                .perBreach(Optional.of("P1"), money(100 * valueScale, digits, currency))
                .perBreach(Optional.of("P2"), money(50 * valueScale, digits, currency))
                .perBreach(Optional.empty(), money(20 * valueScale, digits, currency))
                .cap(Amount.of(money(400 * valueScale, digits, currency)))
                .build();
        CreditCaps caps = new CreditCaps(Optional.of(Amount.percentOfValue(new BigDecimal("15"))),
                Optional.of(new CreditCaps.RollingCap(3, BigDecimal.TEN)));
        ServiceLevels levels = ServiceLevels.builder()
                .services(new Service(WEB, "Web hosting", webFee), new Service(DESK, "Service desk", deskFee))
                .calendars(calendar)
                .maintenance(new MaintenanceWindow(DayOfWeek.SUNDAY, TimeRange.parse("02:00-06:00")))
                .objectives(availability, resolution.build())
                .credits(tiered, perBreach)
                .caps(caps)
                .build();

        List<TimelineEvent> events = new ArrayList<>();
        outages(random, zone, provider, customer, subcontractor, events);
        cases(random, zone, subcontractor.isPresent(), events);

        // what January and February charged and credited: the rolling cap looks back at them
        Money charged = webFee.plus(deskFee);
        History.Builder history = History.builder();
        for (YearMonth month : List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2))) {
            BigDecimal percent = new BigDecimal(List.of("0", "3", "8", "12").get(random.nextInt(4)));
            history.month(month, charged, charged.percent(percent).rounded(RoundingMode.HALF_EVEN));
        }
        return new Part(levels, events, history.build());
    }

    private static void outages(SplittableRandom random, ZoneId zone, String provider, String customer,
                                Optional<String> subcontractor, List<TimelineEvent> events) {
        int count = 4 + random.nextInt(3);
        for (int i = 1; i <= count; i++) {
            String id = "O-" + i;
            double kind = random.nextDouble();
            if (kind < 0.25) {
                // announced maintenance on a Sunday night, from 02:00 (the window) for 1 to 5 hours: some overrun
                LocalDate sunday = LocalDate.of(2026, 3, 1).plusWeeks(random.nextInt(4));
                Instant start = sunday.atTime(2, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(
                        30L * random.nextInt(4)));
                Interval interval = Interval.of(start, start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(9))));
                events.add(Outage.maintenance(id, WEB, interval, Optional.of(start.minus(Duration.ofDays(7)))));
                continue;
            }
            String responsible = kind < 0.65 ? provider
                    : kind < 0.80 ? subcontractor.orElse(provider) : customer;
            LocalDateTime local = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(29))
                    .atTime(random.nextInt(24), 5 * random.nextInt(12));
            Instant start = local.atZone(zone).toInstant();
            Interval interval = Interval.of(start, start.plus(Duration.ofMinutes(5 + 5L * random.nextInt(19))));
            events.add(Outage.fault(id, WEB, interval, responsible,
                    responsible.equals(customer) ? "customer's misconfiguration" : "hardware fault"));
        }
    }

    private static void cases(SplittableRandom random, ZoneId zone, boolean subcontracted, List<TimelineEvent> events) {
        for (int c = 1; c <= CASES; c++) {
            String caseId = String.format(java.util.Locale.ROOT, "C-%02d", c);
            double p = random.nextDouble();
            String priority = p < 0.2 ? "P1" : p < 0.6 ? "P2" : "P3";
            Instant at = LocalDate.of(2026, 3, 2).plusDays(random.nextInt(23))
                    .atTime(7 + random.nextInt(12), 15 * random.nextInt(4)).atZone(zone).toInstant();
            int n = 0;
            events.add(CaseEvent.opened(caseId + "-" + ++n, caseId, DESK, at, priority));
            at = at.plus(Duration.ofMinutes(30 + 30L * random.nextInt(8)));
            double wait = random.nextDouble();
            if (wait < 0.5 || subcontracted && wait < 0.65) {
                events.add(CaseEvent.status(caseId + "-" + ++n, caseId, DESK, at, wait < 0.5 ? "waiting" : "supplier"));
                at = at.plus(Duration.ofHours(2 + random.nextInt(47)));
                events.add(CaseEvent.status(caseId + "-" + ++n, caseId, DESK, at, "working"));
            }
            at = at.plus(Duration.ofMinutes(30 + 30L * random.nextInt(60)));
            events.add(CaseEvent.of(caseId + "-" + ++n, caseId, DESK, at, CaseEventKind.RESOLVED));
        }
    }

    private static CreditBand band(String atLeast, String below, String percent) {
        return new CreditBand(Optional.of(Bound.inclusive(new BigDecimal(atLeast))),
                Bound.exclusive(new BigDecimal(below)), Amount.percentOfValue(new BigDecimal(percent)));
    }

    private static Money money(long units, int digits, String currency) {
        return Money.of(BigDecimal.valueOf(units).setScale(digits).toPlainString(), currency);
    }
}
