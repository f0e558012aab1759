package io.slarules.testkit.properties;

import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.Agreement;
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
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
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
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A generated service-level agreement, the months to evaluate, what happened and what earlier
 * evaluations decided. Built from {@link ServiceLevelSpecs.InputSpec}; {@link #toString()} writes it
 * out for a failing property's report.
 *
 * <p>The agreement (id {@code SL-GEN}, USD, effective October 2025 to the end of 2026) has a
 * provider {@value #PROVIDER}, its subcontractor {@value #SUBCONTRACTOR} and a customer
 * {@value #CUSTOMER}; services {@code web} (availability {@code AVAIL}, clause {@code 7.1}) and
 * {@code support} (time-to {@code RES}, clause {@code 8.1}), a quota {@code LEADS} (clause
 * {@code 9.1}); maintenance windows on Sundays 02:00-04:00, maintenance notice 7 days.
 *
 * @param spec      what it was built from
 * @param agreement the agreement
 * @param period    the whole months evaluated
 * @param events    the timeline's events
 * @param history   the months before the period, as earlier evaluations would have recorded them
 */
public record ServiceLevelInput(ServiceLevelSpecs.InputSpec spec, Agreement agreement, DateRange period,
                                List<TimelineEvent> events, History history) {

    /** The provider. */
    public static final String PROVIDER = "acme";
    /** The provider's subcontractor. */
    public static final String SUBCONTRACTOR = "dc";
    /** The customer. */
    public static final String CUSTOMER = "client";
    /** The agreement's first month. */
    public static final YearMonth FIRST = YearMonth.of(2025, 10);
    /** The zones generated. */
    public static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"));
    /** The availability targets generated. */
    public static final List<BigDecimal> TARGETS = List.of(new BigDecimal("99.0"), new BigDecimal("99.5"),
            new BigDecimal("99.9"), new BigDecimal("99.95"));

    private static final String USD = "USD";

    /**
     * Validates the fields.
     *
     * @param spec what it was built from
     * @param agreement the agreement
     * @param period the whole months evaluated
     * @param events the timeline's events
     * @param history the months before the period, as earlier evaluations would have recorded them
     */
    public ServiceLevelInput {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        events = List.copyOf(events);
        Objects.requireNonNull(history, "history");
    }

    /** {@return the timeline of the events} */
    public Timeline timeline() {
        return Timeline.of(events);
    }

    /** {@return the agreement's zone} */
    public ZoneId zone() {
        return agreement.zone();
    }

    /** {@return the months evaluated, in order} */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.startInclusive()); m.atDay(1).isBefore(period.endExclusive());
             m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * {@return the same input with other events}
     *
     * @param other the events
     */
    public ServiceLevelInput withEvents(List<? extends TimelineEvent> other) {
        return new ServiceLevelInput(spec, agreement, period, List.copyOf(other), history);
    }

    /**
     * Builds the input.
     *
     * @param spec what it was built from
     * @return the input
     */
    public static ServiceLevelInput of(ServiceLevelSpecs.InputSpec spec) {
        ServiceLevelSpecs.Terms t = spec.terms();
        ZoneId zone = ZONES.get(t.zone());
        YearMonth first = YearMonth.of(2026, 1).plusMonths(t.firstMonth());
        DateRange period = DateRange.of(first.atDay(1), first.plusMonths(t.months()).atDay(1));
        Agreement agreement = agreement(t, zone);
        Instant base = first.atDay(1).atStartOfDay(zone).toInstant();
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < spec.outages().size(); i++) {
            events.add(outage("O-" + (i + 1), spec.outages().get(i), base, zone));
        }
        if (t.timeTo().isPresent()) {
            for (int i = 0; i < spec.cases().size(); i++) {
                events.addAll(kase("C-" + (i + 1), spec.cases().get(i), base));
            }
        }
        if (t.quota().isPresent()) {
            for (int i = 0; i < spec.counts().size(); i++) {
                ServiceLevelSpecs.CountSpec c = spec.counts().get(i);
                events.add(new Count("N-" + (i + 1), "leads", base.plus(Duration.ofMinutes(c.at())), c.quantity()));
            }
        }
        return new ServiceLevelInput(spec, agreement, period, events, history(t, spec.history(), first, agreement));
    }

    private static Agreement agreement(ServiceLevelSpecs.Terms t, ZoneId zone) {
        List<Objective> objectives = new ArrayList<>();
        List<ServiceCredit> credits = new ArrayList<>();
        ServiceLevelSpecs.AvailabilitySpec a = t.availability();
        String calendar = a.office() ? "office" : CalendarSpec.ALWAYS;
        BigDecimal target = TARGETS.get(a.target());
        MeasurementWindow window = switch (a.window()) {
            case 1 -> MeasurementWindow.week();
            case 2 -> MeasurementWindow.quarter();
            default -> MeasurementWindow.month();
        };
        AvailabilityObjective.Builder availabilityObjective = AvailabilityObjective.builder("AVAIL")
                .title("Availability").service("web").obligated(PROVIDER).beneficiary(CUSTOMER)
                .window(window).calendar(calendar).target(target)
                .denominator(a.lessExcluded() ? Denominator.WINDOW_LESS_EXCLUDED : Denominator.WHOLE_WINDOW)
                .minimumOutage(Duration.ofMinutes(a.minimumMinutes()));
        a.rounding().ifPresent(availabilityObjective::outageRounding);
        objectives.add(availabilityObjective.build());
        ServiceLevelSpecs.ClauseSpec c = t.clause();
        // bands end at the target: below it 10 % down to 99 %, 25 % down to 95 %, below that 100 %; a week's
        // credits are amounts (a percentage of the fee is for months and quarters): that percentage of a quarter of
        // the monthly fee
        IntFunction<Amount> credit = a.window() == 1
                ? p -> Amount.of(money(t.webFee() * p / 400)) : ServiceLevelInput::percent;
        ServiceCredit.Builder availability = ServiceCredit.builder("7.1", "AVAIL").payable(PROVIDER, CUSTOMER);
        if (target.compareTo(new BigDecimal("99.0")) > 0) {
            availability.bands(band("99.0", target.toPlainString(), credit.apply(10)));
        }
        availability.bands(band("95.0", "99.0", credit.apply(25)),
                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("95.0")), credit.apply(100)));
        c.capPercent().ifPresent(p -> availability.cap(credit.apply(p)));
        c.minimum().ifPresent(m -> availability.minimum(money(m)));
        if (c.earnBack() > 0) {
            availability.earnBack(c.earnBack());
        }
        if (c.repeat() > 0) {
            availability.repeat(new ServiceCredit.RepeatOffence(c.repeat(), credit.apply(5)));
        }
        if (c.bonus()) {
            availability.bonus(new ServiceCredit.Bonus(Bound.inclusive(new BigDecimal("99.99")), credit.apply(2)));
        }
        credits.add(availability.build());
        t.timeTo().ifPresent(tt -> {
            objectives.add(new TimeToObjective("RES", "Resolution", "support", PROVIDER, CUSTOMER,
                    MeasurementWindow.month(), calendar, CaseEventKind.RESOLVED,
                    Map.of("waiting-on-customer", CUSTOMER, "waiting-on-dc", SUBCONTRACTOR),
                    List.of(new CaseTarget("P1", Duration.ofHours(tt.hours()), Optional.empty()),
                            new CaseTarget("P2", Duration.ofHours(2L * tt.hours()),
                                    Optional.of(BigDecimal.valueOf(tt.share()))))));
            ServiceCredit.Builder resolution = ServiceCredit.builder("8.1", "RES").payable(PROVIDER, CUSTOMER)
                    .perBreach(Optional.of("P1"), money(tt.perBreach()))
                    .bands(new CreditBand(Optional.empty(), Bound.exclusive(BigDecimal.valueOf(tt.share())), percent(5)));
            tt.cap().ifPresent(cap -> resolution.cap(Amount.of(money(cap))));
            credits.add(resolution.build());
        });
        t.quota().ifPresent(q -> {
            objectives.add(new QuotaObjective("LEADS", "Leads", "leads", PROVIDER, CUSTOMER, MeasurementWindow.month(), q));
            credits.add(ServiceCredit.builder("9.1", "LEADS").payable(PROVIDER, CUSTOMER).perUnitShort(money(150))
                    .build());
        });
        CreditCaps caps = new CreditCaps(t.perMonthCap().map(ServiceLevelInput::percent),
                t.rolling().map(r -> new CreditCaps.RollingCap(r.months(), BigDecimal.valueOf(r.percent()))));
        ServiceLevels levels = new ServiceLevels(
                List.of(new Service("web", "Web hosting", money(t.webFee())),
                        new Service("support", "Support", money(t.supportFee()))),
                List.of(new CalendarSpec("office", Optional.of(zone), WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00")),
                        List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 25)), Optional.empty(), Optional.empty())),
                List.of(new MaintenanceWindow(DayOfWeek.SUNDAY, TimeRange.parse("02:00-04:00"))),
                Optional.of(Duration.ofDays(7)), objectives, credits, caps);
        return Agreement.builder("SL-GEN").currency(USD).zone(zone)
                .effective(DateRange.of(FIRST.atDay(1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of(PROVIDER, "Acme Hosting", PartyRole.PROVIDER),
                        Party.of(CUSTOMER, "Client", PartyRole.CUSTOMER),
                        Party.subcontractor(SUBCONTRACTOR, "Datacentre", PROVIDER))
                .serviceLevels(levels).build();
    }

    private static Outage outage(String id, ServiceLevelSpecs.OutageSpec o, Instant base, ZoneId zone) {
        Instant start = base.plus(Duration.ofMinutes(o.start())).plusSeconds(o.seconds());
        Duration length = Duration.ofMinutes(o.length());
        return switch (o.cause()) {
            case PROVIDER -> Outage.fault(id, "web", Interval.of(start, start.plus(length)), PROVIDER, "fault");
            case SUBCONTRACTOR -> Outage.fault(id, "web", Interval.of(start, start.plus(length)), SUBCONTRACTOR, "power");
            case CUSTOMER -> Outage.fault(id, "web", Interval.of(start, start.plus(length)), CUSTOMER, "change");
            case FORCE_MAJEURE -> Outage.forceMajeure(id, "web", Interval.of(start, start.plus(length)), "flood");
            case MAINTENANCE_ANNOUNCED, MAINTENANCE_UNANNOUNCED -> {
                // maintenance starts near a Sunday's 02:00-04:00 window: from 01:00, up to 4 hours later
                LocalDate sunday = LocalDateTime.ofInstant(start, zone).toLocalDate()
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                Instant from = sunday.atTime(1, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(Math.floorMod(o.start(), 240)));
                Interval interval = Interval.of(from, from.plus(Duration.ofMinutes(Math.min(o.length(), 300))));
                Optional<Instant> announced = o.cause() == ServiceLevelSpecs.Cause.MAINTENANCE_ANNOUNCED
                        ? Optional.of(from.minus(Duration.ofDays(8))) : Optional.empty();
                yield Outage.maintenance(id, "web", interval, announced);
            }
        };
    }

    private static List<CaseEvent> kase(String id, ServiceLevelSpecs.CaseSpec c, Instant base) {
        List<CaseEvent> events = new ArrayList<>();
        Instant at = base.plus(Duration.ofMinutes(c.start()));
        events.add(CaseEvent.opened(id + "-open", id, "support", at, c.p1() ? "P1" : "P2"));
        for (int i = 0; i < c.pauses().size(); i++) {
            ServiceLevelSpecs.PauseSpec p = c.pauses().get(i);
            at = at.plus(Duration.ofMinutes(p.after()));
            events.add(CaseEvent.status(id + "-wait" + (i + 1), id, "support", at,
                    p.onCustomer() ? "waiting-on-customer" : "waiting-on-dc"));
            at = at.plus(Duration.ofMinutes(p.length()));
            events.add(CaseEvent.status(id + "-back" + (i + 1), id, "support", at, "in-progress"));
        }
        if (c.resolved().isPresent()) {
            events.add(CaseEvent.of(id + "-resolved", id, "support", at.plus(Duration.ofMinutes(c.resolved().get())),
                    CaseEventKind.RESOLVED));
        }
        return events;
    }

    /** The months from the agreement's start to the first evaluated, the latest specs taken. */
    private static History history(ServiceLevelSpecs.Terms t, List<ServiceLevelSpecs.MonthSpec> specs, YearMonth first,
                                   Agreement agreement) {
        List<History.MonthRecord> months = new ArrayList<>();
        List<History.WindowRecord> windows = new ArrayList<>();
        Money charged = money(t.webFee() + t.supportFee());
        int count = (int) FIRST.until(first, ChronoUnit.MONTHS);
        for (int i = 0; i < count; i++) {
            YearMonth month = FIRST.plusMonths(i);
            ServiceLevelSpecs.MonthSpec m = specs.get(specs.size() - count + i);
            Money credited = m.met() ? money(0) : Money.of(charged.amount()
                    .multiply(BigDecimal.valueOf(m.creditedPermille())).movePointLeft(3)
                    .setScale(2, RoundingMode.DOWN), charged.currency());
            months.add(new History.MonthRecord(month, charged, credited));
            DateRange window = DateRange.ofMonth(month);
            List<History.IssuedCredit> issued = credited.isPositive() ? List.of(new History.IssuedCredit("CR-H-" + month,
                    "7.1", PROVIDER, CUSTOMER, credited)) : List.of();
            for (Objective o : agreement.serviceLevels().objectives()) {
                // each objective's windows that end in the month, as the evaluation of that month records them
                for (DateRange w : o.window().settledIn(window)) {
                    if (!w.startInclusive().isBefore(FIRST.atDay(1))) {
                        boolean monthEnd = o.id().equals("AVAIL") && w.endExclusive().equals(window.endExclusive());
                        windows.add(new History.WindowRecord(o.id(), w, m.met(), monthEnd ? issued : List.of()));
                    }
                }
            }
        }
        return new History(months, windows);
    }

    private static CreditBand band(String atLeast, String below, Amount credit) {
        return new CreditBand(Optional.of(Bound.inclusive(new BigDecimal(atLeast))), Bound.exclusive(new BigDecimal(below)),
                credit);
    }

    private static Amount percent(int percent) {
        return Amount.percentOfValue(BigDecimal.valueOf(percent));
    }

    private static Money money(long cents) {
        return Money.of(ServiceLevelSpecs.cents(cents), Currency.getInstance(USD));
    }

    /** The terms, the months, then every event and the history's months, one per line, in the agreement's zone. */
    @Override
    public String toString() {
        String lines = events.stream().map(e -> "\n    " + e).collect(Collectors.joining());
        String months = history.months().stream().map(m -> m.month() + " charged " + m.charged() + " credited "
                + m.credited()).collect(Collectors.joining(", "));
        return "service-level input " + period + " in " + zone() + ":\n  terms " + spec.terms() + "\n  events:" + lines
                + "\n  history: " + (months.isEmpty() ? "(none)" : months) + ", windows met "
                + history.windows().stream().filter(w -> w.objective().equals("AVAIL"))
                .map(w -> YearMonth.from(w.window().startInclusive()) + "=" + w.met()).toList();
    }
}
