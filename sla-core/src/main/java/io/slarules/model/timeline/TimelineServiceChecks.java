package io.slarules.model.timeline;

import io.slarules.Problem;
import io.slarules.model.AgreementDraft;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.servicelevels.WindowKind;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;

/**
 * The checks of a timeline's outages, case events and counts against an agreement's service levels,
 * as far as they could be read.
 */
final class TimelineServiceChecks {

    private TimelineServiceChecks() {
    }

    static void check(Timeline timeline, AgreementDraft agreement, Set<String> parties, List<Problem> problems) {
        ServiceLevels levels = agreement.serviceLevels();
        AgreementDraft.Unread unread = agreement.unread();
        Set<String> services = new HashSet<>();
        levels.services().forEach(s -> services.add(s.id()));
        for (Outage o : timeline.outages()) {
            if (!services.contains(o.service()) && !unread.services().mayBe(o.service())) {
                problems.add(Problem.at("timeline", "outages[" + o.id() + "].service",
                        "outage of unknown service " + o.service()));
            }
            o.responsible().filter(p -> !parties.contains(p) && !unread.parties().mayBe(p)).ifPresent(p ->
                    problems.add(Problem.at("timeline", "outages[" + o.id() + "].responsible", "unknown party " + p)));
        }
        Map<String, List<CaseEvent>> cases = new LinkedHashMap<>();
        for (CaseEvent e : timeline.caseEvents()) {
            if (!services.contains(e.service()) && !unread.services().mayBe(e.service())) {
                problems.add(Problem.at("timeline", "cases[" + e.id() + "].service",
                        "case event of unknown service " + e.service()));
            }
            cases.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
        }
        cases.forEach((caseId, events) -> checkCase(caseId, events, levels, problems));
        Set<String> metrics = new HashSet<>();
        for (Objective o : levels.objectives()) {
            if (o instanceof QuotaObjective q) {
                metrics.add(q.metric());
            } else if (o instanceof RatioObjective r) {
                metrics.add(r.good());
                metrics.add(r.total());
            }
        }
        for (Count c : timeline.counts()) {
            // an objective that could not be read may count any metric
            if (!metrics.contains(c.metric()) && unread.objectives().isEmpty()) {
                problems.add(Problem.at("timeline", "counts[" + c.id() + "].metric",
                        "no objective counts the metric " + c.metric()));
            }
        }
    }

    /**
     * A reported level names an availability or ratio objective and one of its windows, once; and
     * the same window is not also measured from outages or counts of the timeline.
     */
    static void checkLevels(Timeline timeline, AgreementDraft agreement, List<Problem> problems) {
        Map<String, Objective> objectives = new LinkedHashMap<>();
        agreement.serviceLevels().objectives().forEach(o -> objectives.put(o.id(), o));
        Map<String, String> reportedBy = new LinkedHashMap<>();
        for (LevelReport l : timeline.levelReports()) {
            String at = "levels[" + l.id() + "]";
            Objective o = objectives.get(l.objective());
            if (o == null) {
                if (!agreement.unread().objectives().mayBe(l.objective())) {
                    problems.add(Problem.at("timeline", at + ".objective", "level of unknown objective " + l.objective()));
                }
                continue;
            }
            if (o.kind() != MetricKind.AVAILABILITY && o.kind() != MetricKind.RATIO) {
                problems.add(Problem.at("timeline", at + ".objective", "objective " + o.id() + " is a " + o.kind()
                        + " objective; a level can be reported for AVAILABILITY and RATIO objectives only"));
                continue;
            }
            if (!isWindow(o.window(), l.window(), agreement.effective())) {
                problems.add(Problem.at("timeline", at + ".from", "the dates " + l.window() + " are not a window of "
                        + o.id() + ", which is measured by " + o.window()));
                continue;
            }
            String earlier = reportedBy.putIfAbsent(o.id() + " " + l.window(), l.id());
            if (earlier != null) {
                problems.add(Problem.at("timeline", at, "the level of " + o.id() + " for " + l.window()
                        + " is already reported by " + earlier));
            }
            String measured = measuredToo(timeline, o, l.window(), agreement.zone());
            if (measured != null) {
                problems.add(Problem.at("timeline", at, "the level of " + o.id() + " for " + l.window()
                        + " is reported and measured from " + measured + " too; give one or the other"));
            }
        }
    }

    /**
     * A reading names a READINGS objective of the agreement (the ids are unique: a timeline refuses two
     * different events with one id).
     */
    static void checkReadings(Timeline timeline, AgreementDraft agreement, List<Problem> problems) {
        for (Reading r : timeline.readings()) {
            String at = "readings[" + r.id() + "].objective";
            Optional<Objective> o = agreement.serviceLevels().objective(r.objective());
            if (o.isEmpty()) {
                if (!agreement.unread().objectives().mayBe(r.objective())) {
                    problems.add(Problem.at("timeline", at, "reading of unknown objective " + r.objective()));
                }
            } else if (!(o.get() instanceof ReadingsObjective)) {
                problems.add(Problem.at("timeline", at, "objective " + r.objective() + " is a " + o.get().kind()
                        + " objective; readings are of READINGS objectives"));
            }
        }
    }

    /** A window is one the objective settles, as the engine clips it to the agreement's dates. */
    private static boolean isWindow(MeasurementWindow window, DateRange dates, DateRange effective) {
        // the whole window holding the first day (a rolling window: the one ending on the last day)
        DateRange around = window.kind() == WindowKind.ROLLING_DAYS ? dates
                : DateRange.of(dates.startInclusive(), dates.endExclusive().plusYears(1));
        for (DateRange whole : window.settledIn(around).stream().limit(1).toList()) {
            LocalDate start = max(whole.startInclusive(), effective.startInclusive());
            LocalDate end = min(whole.endExclusive(), effective.endExclusive());
            // as the engine measures it: a window cut short by the agreement's dates is given cut short
            if (start.equals(dates.startInclusive()) && end.equals(dates.endExclusive())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String measuredToo(Timeline timeline, Objective o, DateRange window, java.time.ZoneId zone) {
        Interval life = window.toInterval(zone);
        if (o instanceof RatioObjective r) {
            return timeline.counts().stream()
                    .filter(c -> (c.metric().equals(r.good()) || c.metric().equals(r.total())) && life.contains(c.at()))
                    .map(c -> "count " + c.id()).findFirst().orElse(null);
        }
        return timeline.outages().stream()
                .filter(out -> o.serviceId().filter(out.service()::equals).isPresent() && out.interval().overlaps(life))
                .map(out -> "outage " + out.id()).findFirst().orElse(null);
    }

    /**
     * Events arrive sorted by time: the case must open first, once, and close at most once, not while paused.
     * One pass over the events, no stream per check: every case of every evaluation is checked (issue 15).
     */
    private static void checkCase(String caseId, List<CaseEvent> events, ServiceLevels levels, List<Problem> problems) {
        CaseEvent first = events.get(0);
        CaseEvent opened = null;
        int openings = 0;
        int responses = 0;
        int resolutions = 0;
        List<Problem> otherService = List.of();
        for (CaseEvent e : events) {
            switch (e.kind()) {
                case OPENED -> {
                    openings++;
                    opened = opened == null ? e : opened;
                }
                case RESPONDED -> responses++;
                case RESOLVED -> resolutions++;
                default -> { }
            }
            if (!e.service().equals(first.service())) {
                if (otherService.isEmpty()) {
                    otherService = new ArrayList<>();
                }
                otherService.add(Problem.at("timeline", "cases[" + caseId + "]." + e.id() + ".service",
                        "case " + caseId + " is of service " + first.service() + ", not " + e.service()));
            }
        }
        String at = "cases[" + caseId + "]";
        if (opened == null) {
            problems.add(Problem.at("timeline", at, "case " + caseId + " has events but was never opened"));
            return;
        }
        if (openings > 1) {
            problems.add(Problem.at("timeline", at, "case " + caseId + " is opened more than once"));
        }
        if (first.kind() != CaseEventKind.OPENED) {
            String what = first.kind() == CaseEventKind.RESOLVED ? "resolved" : first.kind() == CaseEventKind.RESPONDED
                    ? "responded to" : "changed status";
            problems.add(Problem.at("timeline", at + "." + first.id(), "case " + caseId + " was " + what + " at "
                    + first.at() + ", before it was opened at " + opened.at()));
        }
        problems.addAll(otherService);
        if (responses > 1) {
            problems.add(Problem.at("timeline", at, "case " + caseId + " is "
                    + CaseEventKind.RESPONDED.name().toLowerCase() + " more than once"));
        }
        if (resolutions > 1) {
            problems.add(Problem.at("timeline", at, "case " + caseId + " is "
                    + CaseEventKind.RESOLVED.name().toLowerCase() + " more than once"));
        }
        String status = "";
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e.kind() == CaseEventKind.STATUS) {
                status = e.status().orElseThrow();
            } else if (e.kind() == CaseEventKind.RESOLVED) {
                if (pauses(levels, first.service(), status)) {
                    problems.add(Problem.at("timeline", at + "." + e.id(), "case " + caseId + " was resolved at "
                            + e.at() + " while still paused in status " + status + "; end the pause first"));
                }
                for (CaseEvent x : events.subList(i + 1, events.size())) {
                    if (x.at().isAfter(e.at())) {
                        problems.add(Problem.at("timeline", at + "." + x.id(), "case " + caseId
                                + " has an event after it was resolved at " + e.at()));
                        break;
                    }
                }
                break;
            }
        }
    }

    /** Whether a time-to objective of the service pauses its clock in the status. */
    private static boolean pauses(ServiceLevels levels, String service, String status) {
        for (Objective o : levels.objectives()) {
            if (o instanceof TimeToObjective t && t.service().equals(service) && t.pausing().containsKey(status)) {
                return true;
            }
        }
        return false;
    }
}
