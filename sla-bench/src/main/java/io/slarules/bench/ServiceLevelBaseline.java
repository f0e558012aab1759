package io.slarules.bench;

import io.slarules.CaseResult;
import io.slarules.CreditKind;
import io.slarules.Responsible;
import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.calendar.HolidaySource;
import io.slarules.internal.calc.AvailabilityMeasure;
import io.slarules.internal.calc.CaseClock;
import io.slarules.internal.calc.CaseTrack;
import io.slarules.internal.calc.CreditLimits;
import io.slarules.internal.calc.StatusSpan;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The service levels of the standard month hand-written in plain Java: one month, monthly windows
 * of availability and time-to-resolve objectives, tiered band credits and per-breach credits under
 * clause caps, a monthly cap and a rolling cap read from the history. The same objective results and
 * credit decisions as the engine (a test checks it), from the same arithmetic of {@code sla-core}
 * (availability measure, case clock, credit limits, money); it decides who answers for what with a
 * few {@code if}s where the engine fires rules. What the standard month does not use (amendments,
 * levels reported by a tool, quotas, ratios, repeat offences, bonuses, earn-backs, credit shares,
 * cases with their own due dates, running cases, billing cycles) it refuses.
 */
final class ServiceLevelBaseline {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ServiceLevelBaseline() {
    }

    /** The results and credits of one month, in report order. */
    record Month(List<Decisions.Objective> objectives, List<Decisions.Credit> credits) {
    }

    /** A credit before the caps, with what orders it and what caps it. */
    private record Due(int rank, ServiceCredit clause, CreditKind kind, String subject, Objective objective,
                       DateRange window, Money priced, Optional<Money> clauseCap) {
    }

    private static final Comparator<Due> ORDER = Comparator.comparingInt(Due::rank)
            .thenComparing(d -> d.clause().id()).thenComparing(Due::kind).thenComparing(Due::subject);

    /**
     * The month's objective results and credits.
     *
     * @param agreement the agreement, with service levels in force all month
     * @param month     the calendar month
     * @param timeline  its events
     * @param history   what earlier months charged and credited
     */
    static Month evaluate(Agreement agreement, YearMonth month, Timeline timeline, History history) {
        ServiceLevels levels = agreement.serviceLevels();
        if (levels.isEmpty()) {
            return new Month(List.of(), List.of());
        }
        if (!agreement.amendments().isEmpty() || !levels.billingCycle().calendarMonths()
                || !timeline.levelReports().isEmpty() || !timeline.counts().isEmpty()) {
            throw new UnsupportedOperationException("the baseline prices the standard month's service levels only");
        }
        ZoneId zone = agreement.zone();
        DateRange window = DateRange.ofMonth(month);
        Interval interval = window.toInterval(zone);
        Instant asOf = interval.endExclusive();

        Money charged = Money.total(agreement.currency(), levels.services().stream().map(Service::monthlyFee).toList());
        Optional<Money> monthCap = levels.caps().perMonth().map(a -> a.resolve(Optional.of(charged)));
        Optional<Money> rollingRoom = levels.caps().rolling().map(r -> {
            Money charges = charged;
            Money credited = Money.zero(agreement.currency());
            for (int back = 1; back < r.months(); back++) {
                Optional<History.MonthRecord> rec = history.month(month.minusMonths(back));
                if (rec.isPresent()) {
                    charges = charges.plus(rec.get().charged());
                    credited = credited.plus(rec.get().credited());
                }
            }
            return charges.percent(r.percent()).minus(credited);
        });

        List<Decisions.Objective> results = new ArrayList<>();
        List<Due> dues = new ArrayList<>();
        for (int rank = 0; rank < levels.objectives().size(); rank++) {
            Objective o = levels.objectives().get(rank);
            if (o.window().months() != 1) {
                throw new UnsupportedOperationException("the baseline measures monthly windows only");
            }
            Optional<Money> fee = o.serviceId().flatMap(levels::service).map(Service::monthlyFee);
            List<ServiceCredit> clauses = levels.credits().stream().filter(k -> k.objective().equals(o.id())).toList();
            for (ServiceCredit c : clauses) {
                if (c.repeat().isPresent() || c.bonus().isPresent() || c.earnBack() > 0 || !c.shares().isEmpty()) {
                    throw new UnsupportedOperationException("the baseline prices bands and breaches only");
                }
            }
            if (o instanceof AvailabilityObjective a) {
                BusinessCalendar calendar = calendar(agreement, levels, a.calendar());
                AvailabilityMeasure m = AvailabilityMeasure.of(a, Responsible.party(a.obligated()), interval, calendar,
                        downtime(agreement, levels, timeline, a, window, interval, asOf));
                boolean met = m.achieved().compareTo(a.target()) >= 0;
                results.add(new Decisions.Objective(a.id(), window, m.achieved(), a.target(), met, m.lostTime(),
                        List.of()));
                if (m.achieved().compareTo(a.target()) < 0) {
                    for (ServiceCredit c : clauses) {
                        for (CreditBand band : c.bands()) {
                            if (band.contains(m.achieved())) {
                                dues.add(new Due(rank, c, CreditKind.SERVICE_CREDIT, a.id(), a, window,
                                        band.credit().resolve(fee), c.cap().map(x -> x.resolve(fee))));
                                break;
                            }
                        }
                    }
                }
            } else if (o instanceof TimeToObjective t) {
                if (t.targets().stream().anyMatch(CaseTarget::isShare)) {
                    throw new UnsupportedOperationException("the baseline measures per-case targets only");
                }
                BusinessCalendar calendar = calendar(agreement, levels, t.calendar());
                List<CaseResult> cases = cases(agreement, timeline, t, calendar, interval, asOf);
                boolean met = cases.stream().noneMatch(CaseResult::breached);
                results.add(new Decisions.Objective(t.id(), window, shareInTime(cases),
                        HUNDRED, met, List.of(), cases));
                for (ServiceCredit c : clauses) {
                    for (CaseResult r : cases) {
                        if (r.breached() && c.perBreach(r.priority()).isPresent()) {
                            dues.add(new Due(rank, c, CreditKind.PER_BREACH, r.caseId(), t, window,
                                    c.perBreach(r.priority()).get(), c.cap().map(x -> x.resolve(fee))));
                        }
                    }
                }
            } else {
                throw new UnsupportedOperationException("the baseline measures availability and time to resolve only");
            }
        }

        dues.sort(ORDER);
        List<CreditLimits.Item> items = new ArrayList<>(dues.size());
        for (Due d : dues) {
            Optional<Service> service = d.objective().serviceId().flatMap(levels::service);
            items.add(new CreditLimits.Item(d.clause().id() + "@" + d.window(), d.priced(), d.clauseCap(),
                    d.clause().minimum(), true, service.map(Service::id).orElse(""),
                    service.flatMap(x -> x.cap().map(c -> c.resolve(Optional.of(x.monthlyFee()))))));
        }
        List<CreditLimits.Outcome> outcomes = CreditLimits.apply(items, monthCap, rollingRoom,
                agreement.moneyRounding(), Money.zero(agreement.currency()), Map.of());
        List<Decisions.Credit> credits = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            Due d = dues.get(i);
            CreditLimits.Outcome outcome = outcomes.get(i);
            if (outcome.withheld().isPresent()) {
                continue;
            }
            String debtor = d.clause().debtor();
            String creditor = d.clause().creditor();
            credits.add(new Decisions.Credit(id(agreement.id(), d.clause().id(), d.kind(), d.objective().id(),
                    d.window(), d.subject(), debtor, creditor), d.kind(), d.clause().id(), d.objective().id(),
                    d.window(), d.subject(), debtor, creditor, outcome.amount(), d.priced(), outcome.capped()));
        }
        return new Month(results, credits);
    }

    /** The downtime of the objective's service in the window: whom each piece counts against, sorted. */
    private static List<Downtime> downtime(Agreement agreement, ServiceLevels levels, Timeline timeline,
                                           AvailabilityObjective a, DateRange window, Interval interval, Instant asOf) {
        String obligated = a.obligated();
        List<String> answeredBy = agreement.answeredBy(obligated);
        List<Interval> maintenance = null;
        List<Downtime> downtime = new ArrayList<>();
        for (Outage o : timeline.outages()) {
            if (!o.service().equals(a.service())) {
                continue;
            }
            Optional<Interval> cut = o.interval().intersection(interval);
            if (cut.isEmpty()) {
                continue;
            }
            Interval piece = cut.get();
            if (piece.endExclusive().isAfter(asOf)) {
                if (!piece.startInclusive().isBefore(asOf)) {
                    continue;
                }
                piece = Interval.of(piece.startInclusive(), asOf);
            }
            if (o.kind() == OutageKind.FORCE_MAJEURE) {
                downtime.add(new Downtime(Responsible.EXCUSED, piece, false, o.id()));
            } else if (o.kind() == OutageKind.FAULT) {
                String party = o.responsible().orElseThrow();
                boolean counts = answeredBy.contains(party);
                downtime.add(new Downtime(Responsible.party(counts ? obligated : party), piece, counts, o.id()));
            } else {
                if (maintenance == null) {
                    maintenance = maintenanceWindows(agreement.zone(), window, levels);
                }
                boolean announcedInTime = levels.maintenanceNotice().isPresent() && o.announced()
                        .filter(t -> !t.plus(levels.maintenanceNotice().get()).isAfter(o.interval().startInclusive()))
                        .isPresent();
                for (Interval inside : Intervals.intersect(List.of(piece), maintenance)) {
                    downtime.add(new Downtime(Responsible.EXCUSED, inside, false, o.id()));
                }
                String party = o.responsible().orElse(obligated);
                boolean counts = answeredBy.contains(party);
                for (Interval outside : Intervals.minus(List.of(piece), maintenance)) {
                    downtime.add(announcedInTime ? new Downtime(Responsible.EXCUSED, outside, false, o.id())
                            : new Downtime(Responsible.party(counts ? obligated : party), outside, counts, o.id()));
                }
            }
        }
        downtime.sort(Comparator.comparing(Downtime::interval).thenComparing(Downtime::outage)
                .thenComparing(d -> d.responsible().id()));
        return downtime;
    }

    private static List<Interval> maintenanceWindows(ZoneId zone, DateRange window, ServiceLevels levels) {
        List<Interval> result = new ArrayList<>();
        for (LocalDate d = window.startInclusive(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
            for (MaintenanceWindow m : levels.maintenance()) {
                if (m.day() == d.getDayOfWeek()) {
                    Instant start = ZonedDateTime.of(d, m.hours().start(), zone).toInstant();
                    Instant end = m.hours().endsAtEndOfDay() ? d.plusDays(1).atStartOfDay(zone).toInstant()
                            : ZonedDateTime.of(d, m.hours().end(), zone).toInstant();
                    if (start.isBefore(end)) {
                        result.add(Interval.of(start, end));
                    }
                }
            }
        }
        return result;
    }

    /** The cases of the objective's service counted in the window, by case id. */
    private static List<CaseResult> cases(Agreement agreement, Timeline timeline, TimeToObjective t,
                                          BusinessCalendar calendar, Interval window, Instant asOf) {
        TreeMap<String, List<CaseEvent>> byCase = new TreeMap<>();
        for (CaseEvent e : timeline.caseEvents()) {
            byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
        }
        List<String> answeredBy = agreement.answeredBy(t.obligated());
        List<CaseResult> results = new ArrayList<>();
        for (List<CaseEvent> events : byCase.values()) {
            if (!events.get(0).service().equals(t.service())) {
                continue;
            }
            Optional<CaseTrack> found = CaseTrack.of(events, t.stop(), asOf);
            if (found.isEmpty()) {
                continue;
            }
            CaseTrack track = found.get();
            Optional<CaseTarget> target = t.target(track.priority());
            if (target.isEmpty()) {
                continue;
            }
            if (track.due().isPresent()) {
                throw new UnsupportedOperationException("the baseline measures cases without their own due date only");
            }
            List<CaseClock.Pause> pauses = new ArrayList<>();
            for (StatusSpan s : track.statuses()) {
                String party = t.pausing().get(s.status());
                if (party != null && !answeredBy.contains(party)) {
                    pauses.add(new CaseClock.Pause(Responsible.party(party), s.interval()));
                }
            }
            pauses.sort(Comparator.comparing((CaseClock.Pause p) -> p.interval()).thenComparing(p -> p.party().id()));
            CaseResult result = CaseClock.measure(track, target.get().within(), calendar, pauses, asOf);
            if (result.running()) {
                throw new UnsupportedOperationException("the baseline measures settled cases only");
            }
            if (CaseClock.countedAt(result, track).filter(window::contains).isPresent()) {
                results.add(result);
            }
        }
        return results;
    }

    private static BusinessCalendar calendar(Agreement agreement, ServiceLevels levels, String id) {
        if (CalendarSpec.ALWAYS.equals(id)) {
            return BusinessCalendar.always(agreement.zone());
        }
        CalendarSpec spec = levels.calendars().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        if (spec.country().isPresent()) {
            throw new UnsupportedOperationException("the baseline reads listed holidays only");
        }
        return BusinessCalendar.of(spec.zone().orElse(agreement.zone()), spec.hours(), HolidaySource.of(spec.holidays()));
    }

    private static BigDecimal shareInTime(List<CaseResult> cases) {
        if (cases.isEmpty()) {
            return HUNDRED.setScale(AvailabilityMeasure.SCALE);
        }
        long inTime = cases.stream().filter(c -> !c.breached()).count();
        return BigDecimal.valueOf(inTime).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(cases.size()), AvailabilityMeasure.SCALE, RoundingMode.DOWN);
    }

    /** The engine's credit id: {@code CR-} and the first 16 hex digits of a SHA-256 over the identity. */
    private static String id(String agreement, String clause, CreditKind kind, String objective, DateRange window,
                             String subject, String debtor, String creditor) {
        byte[] hash = SHA_256.get().digest(String.join("\u001f", "credit", agreement, clause, kind.name(), objective,
                window.startInclusive() + ".." + window.endExclusive(), subject, debtor, creditor)
                .getBytes(StandardCharsets.UTF_8));
        char[] text = new char[19];
        text[0] = 'C';
        text[1] = 'R';
        text[2] = '-';
        for (int i = 0; i < 8; i++) {
            text[3 + 2 * i] = HEX[(hash[i] >> 4) & 0xf];
            text[4 + 2 * i] = HEX[hash[i] & 0xf];
        }
        return new String(text);
    }
}
