package io.slarules.rules.internal.servicelevels;

import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.calendar.HolidaySource;
import io.slarules.calendar.PublicHolidays;
import io.slarules.internal.calc.CaseTrack;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.OutagePiece;
import io.slarules.rules.internal.facts.ObjectiveCase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What goes into a month's service-level sessions: the objective windows that end in it (each
 * under the terms in force at its start, with its calendar and the clauses pricing it), the pieces
 * of outages inside availability windows, and the cases TIME_TO windows measure.
 */
public final class ServiceLevelFacts {

    private final Agreement agreement;
    private final ServiceLevels levels;
    private final Timeline timeline;
    private final Map<ServiceLevels, Map<String, BusinessCalendar>> calendarsByTerms = new java.util.IdentityHashMap<>();

    /** The timeline's case events by case, grouped on first use (a run settles several windows and months). */
    private Map<String, List<CaseEvent>> casesById;

    /** What is known: outages are cut at it. */
    private final Instant asOf;

    /**
     * Facts of everything the timeline holds, nothing cut: a monitor knows an outage's end ahead of its clock
     * when it was told it, and projects its warnings from it.
     */
    public ServiceLevelFacts(Agreement agreement, Timeline timeline) {
        this(agreement, timeline, Instant.MAX);
    }

    public ServiceLevelFacts(Agreement agreement, Timeline timeline, Instant asOf) {
        this.asOf = asOf;
        this.agreement = agreement;
        this.levels = agreement.serviceLevels();
        this.timeline = timeline;
    }

    /** The calendars of a version of the terms, resolved once per version. */
    private Map<String, BusinessCalendar> calendars(ServiceLevels terms) {
        return calendarsByTerms.computeIfAbsent(terms, this::resolveCalendars);
    }

    private Map<String, BusinessCalendar> resolveCalendars(ServiceLevels terms) {
        Map<String, BusinessCalendar> calendars = new HashMap<>();
        calendars.put(CalendarSpec.ALWAYS, BusinessCalendar.always(agreement.zone()));
        for (CalendarSpec spec : terms.calendars()) {
            HolidaySource holidays = HolidaySource.of(spec.holidays());
            if (spec.country().isPresent()) {
                // the agreement check has found the country; only a provider vanishing since could fail here
                holidays = holidays.and(PublicHolidays.of(spec.country().get(), spec.subdivision()).orElseThrow(() ->
                        new IllegalStateException("SLA Rules: public holidays of " + spec.country().get() + " vanished")));
            }
            calendars.put(spec.id(), BusinessCalendar.of(spec.zone().orElse(agreement.zone()), spec.hours(), holidays));
        }
        return calendars;
    }

    /**
     * The windows that end in the month, clipped to the agreement's dates, in report order, each
     * under the terms in force at its start.
     */
    public List<ObjectiveWindow> windows(DateRange month) {
        DateRange effective = agreement.effective();
        record Candidate(DateRange window, Objective objective, ServiceLevels terms, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        List<ServiceLevels> versions = new ArrayList<>();
        versions.add(levels);
        agreement.amendments().forEach(a -> versions.add(a.serviceLevels()));
        for (ServiceLevels terms : versions) {
            for (int i = 0; i < terms.objectives().size(); i++) {
                Objective o = terms.objectives().get(i);
                for (DateRange w : o.window().settledIn(month, levels.billingCycle())) {
                    LocalDate start = max(w.startInclusive(), effective.startInclusive());
                    LocalDate end = min(w.endExclusive(), effective.endExclusive());
                    if (start.isBefore(end) && agreement.serviceLevelsAt(start) == terms) {
                        candidates.add(new Candidate(DateRange.of(start, end), o, terms, i));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.window().endExclusive())
                .thenComparing(c -> c.window().startInclusive()).thenComparingInt(Candidate::order));
        List<ObjectiveWindow> windows = new ArrayList<>();
        int rank = 0;
        for (Candidate c : candidates) {
            Objective o = c.objective();
            Optional<Money> fee = o.serviceId().flatMap(c.terms()::service)
                    .map(s -> s.monthlyFee().times(Math.max(1, o.window().months())));
            String calendar = o instanceof io.slarules.model.servicelevels.AvailabilityObjective a ? a.calendar()
                    : o instanceof TimeToObjective t ? t.calendar() : CalendarSpec.ALWAYS;
            List<io.slarules.model.servicelevels.ServiceCredit> credits = c.terms().credits().stream()
                    .filter(k -> k.objective().equals(o.id())).toList();
            windows.add(new ObjectiveWindow(o, c.window(), c.window().toInterval(agreement.zone()), fee, rank++,
                    c.terms(), calendars(c.terms()).get(calendar), credits));
        }
        return windows;
    }

    /** The outages of the window's service, cut where maintenance leaves the maintenance windows. */
    public List<OutagePiece> outagePieces(ObjectiveWindow w) {
        List<OutagePiece> pieces = new ArrayList<>();
        String service = w.objective().serviceId().orElse("");
        if (w.objective().kind() != io.slarules.model.servicelevels.MetricKind.AVAILABILITY) {
            return pieces;
        }
        List<Interval> maintenance = maintenanceWindows(w.window(), w.levels());
        for (Outage o : timeline.outages()) {
            if (!o.service().equals(service)) {
                continue;
            }
            Optional<Interval> inWindow = o.interval().intersection(w.interval());
            if (inWindow.isPresent() && inWindow.get().endExclusive().isAfter(asOf)) {
                // not known after the "as of" instant
                inWindow = inWindow.get().startInclusive().isBefore(asOf)
                        ? Optional.of(Interval.of(inWindow.get().startInclusive(), asOf)) : Optional.empty();
            }
            if (inWindow.isEmpty()) {
                continue;
            }
            // whether maintenance was announced in time is the rule "facts: maintenance announced ..." to decide
            if (o.kind() != OutageKind.MAINTENANCE) {
                pieces.add(new OutagePiece(w, o, inWindow.get(), false));
                continue;
            }
            for (Interval inside : Intervals.intersect(List.of(inWindow.get()), maintenance)) {
                pieces.add(new OutagePiece(w, o, inside, true));
            }
            for (Interval outside : Intervals.minus(List.of(inWindow.get()), maintenance)) {
                pieces.add(new OutagePiece(w, o, outside, false));
            }
        }
        return pieces;
    }

    /** The recurring maintenance windows on the window's dates, as instants in the agreement's zone. */
    private List<Interval> maintenanceWindows(DateRange window, ServiceLevels terms) {
        List<Interval> result = new ArrayList<>();
        ZoneId zone = agreement.zone();
        for (LocalDate d = window.startInclusive(); d.isBefore(window.endExclusive()); d = d.plusDays(1)) {
            for (MaintenanceWindow m : terms.maintenance()) {
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

    /**
     * Every case of the services of the month's TIME_TO windows with a target for its priority, as
     * known at the month's end, once per objective (the same objective under the same terms).
     */
    public List<ObjectiveCase> cases(List<ObjectiveWindow> windows, Instant asOf) {
        Map<String, List<CaseEvent>> byCase = casesById();
        List<ObjectiveCase> cases = new ArrayList<>();
        java.util.Set<Objective> seen = new java.util.HashSet<>();
        for (ObjectiveWindow w : windows) {
            if (!(w.objective() instanceof TimeToObjective t) || !seen.add(t)) {
                continue;
            }
            // the objective's target per priority, looked up once per priority rather than once per case
            Map<String, Optional<CaseTarget>> targets = new HashMap<>();
            for (List<CaseEvent> events : byCase.values()) {
                if (!events.get(0).service().equals(t.service())) {
                    continue;
                }
                Optional<CaseTrack> track = CaseTrack.of(events, t.stop(), asOf);
                track.ifPresent(tr -> targets.computeIfAbsent(tr.priority(), t::target).ifPresent(target ->
                        cases.add(new ObjectiveCase(t, tr, target, w.calendar()))));
            }
        }
        return cases;
    }

    /** The timeline's case events by case id, in id order, each case's in timeline order; grouped once. */
    private Map<String, List<CaseEvent>> casesById() {
        if (casesById == null) {
            Map<String, List<CaseEvent>> byCase = new TreeMap<>();
            for (CaseEvent e : timeline.caseEvents()) {
                byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
            }
            casesById = byCase;
        }
        return casesById;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
