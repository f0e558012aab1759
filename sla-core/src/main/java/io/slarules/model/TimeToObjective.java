package io.slarules.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per case of a service: the business time from its opening to a stop event (first response, or
 * resolution) must stay within a target per priority. The clock is paused while the case is in a
 * pausing status, and each pause is attributed to the party that status names.
 *
 * @param id          unique within the agreement
 * @param title       for explanations; may be empty
 * @param service     the service whose cases count
 * @param obligated   the party that handles the cases
 * @param beneficiary the party it is promised to
 * @param window      the measurement window; a case belongs to the window it stops in (or, still
 *                    open, the window in which it breached)
 * @param calendar    the id of the calendar business time is counted on
 * @param stop        {@link CaseEventKind#RESPONDED} or {@link CaseEventKind#RESOLVED}
 * @param pausing     pausing status → the party the wait is attributed to, sorted by status
 * @param targets     one per priority
 */
public record TimeToObjective(String id, String title, String service, String obligated, String beneficiary,
                              MeasurementWindow window, String calendar, CaseEventKind stop,
                              Map<String, String> pausing, List<CaseTarget> targets) implements Objective {

    /** Validates the fields. */
    public TimeToObjective {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(service, "agreement", "service");
        Checks.id(obligated, "agreement", "obligated");
        Checks.id(beneficiary, "agreement", "beneficiary");
        window = Objects.requireNonNullElse(window, MeasurementWindow.month());
        calendar = Objects.requireNonNullElse(calendar, CalendarSpec.ALWAYS);
        Checks.present(stop, "agreement", "stop");
        if (stop != CaseEventKind.RESPONDED && stop != CaseEventKind.RESOLVED) {
            throw Checks.fail("agreement", "stop", "a case clock stops at RESPONDED or RESOLVED, not " + stop);
        }
        pausing = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(pausing, Map.of())));
        targets = Checks.list(targets, "agreement", "targets");
        if (targets.isEmpty()) {
            throw Checks.fail("agreement", "targets", "needs at least one target");
        }
    }

    /** The target for a priority. */
    public Optional<CaseTarget> target(String priority) {
        return targets.stream().filter(t -> t.priority().equals(priority)).findFirst();
    }

    @Override
    public MetricKind kind() {
        return MetricKind.TIME_TO;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.of(service);
    }
}
