package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.timeline.CaseEventKind;

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
 * @param pausesMoveCaseDue whether a pause moves the due date a case carries of its own (by the pause's length);
 *                    false by default: a case's own due date is a date, and pauses do not move it
 */
public record TimeToObjective(String id, String title, String service, String obligated, String beneficiary,
                              MeasurementWindow window, String calendar, CaseEventKind stop,
                              Map<String, String> pausing, List<CaseTarget> targets, boolean pausesMoveCaseDue)
        implements Objective {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service whose cases count
     * @param obligated the party that handles the cases
     * @param beneficiary the party it is promised to
     * @param window the measurement window; a case belongs to the window it stops in (or, still open, the window in
     *               which it breached)
     * @param calendar the id of the calendar business time is counted on
     * @param stop {@link CaseEventKind#RESPONDED} or {@link CaseEventKind#RESOLVED}
     * @param pausing pausing status → the party the wait is attributed to, sorted by status
     * @param targets one per priority
     * @param pausesMoveCaseDue whether a pause moves the due date a case carries of its own
     */
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

    /**
     * An objective under which pauses do not move a case's own due date (the default).
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service whose cases count
     * @param obligated the party that handles the cases
     * @param beneficiary the party it is promised to
     * @param window the measurement window
     * @param calendar the id of the calendar business time is counted on
     * @param stop {@link CaseEventKind#RESPONDED} or {@link CaseEventKind#RESOLVED}
     * @param pausing pausing status → the party the wait is attributed to
     * @param targets one per priority
     */
    public TimeToObjective(String id, String title, String service, String obligated, String beneficiary,
                           MeasurementWindow window, String calendar, CaseEventKind stop,
                           Map<String, String> pausing, List<CaseTarget> targets) {
        this(id, title, service, obligated, beneficiary, window, calendar, stop, pausing, targets, false);
    }

    /**
     * {@return the target for a priority}
     *
     * @param priority a case's priority
     */
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

    /**
     * A builder for a time-to objective with the given id: the way to build one in code. Defaults: no title, a calendar month window, the {@code 24x7} calendar, no pausing status. Required: service, obligated, beneficiary, stop and at least one target.
     *
     * @param id the objective's id, unique within the agreement
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds a {@link TimeToObjective}; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String service;
        private String obligated;
        private String beneficiary;
        private MeasurementWindow window = MeasurementWindow.month();
        private String calendar = CalendarSpec.ALWAYS;
        private CaseEventKind stop;
        private final Map<String, String> pausing = new TreeMap<>();
        private final List<CaseTarget> targets = new java.util.ArrayList<>();
        private boolean pausesMoveCaseDue;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the title, for explanations.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Checks.present(title, "agreement", "title");
            return this;
        }

        /**
         * Sets the service whose cases count.
         *
         * @param service the service's id
         * @return this builder
         */
        public Builder service(String service) {
            this.service = Checks.present(service, "agreement", "service");
            return this;
        }

        /**
         * Sets the party that handles the cases.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder obligated(String party) {
            this.obligated = Checks.present(party, "agreement", "obligated");
            return this;
        }

        /**
         * Sets the party the objective is promised to.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder beneficiary(String party) {
            this.beneficiary = Checks.present(party, "agreement", "beneficiary");
            return this;
        }

        /**
         * Sets the measurement window (a calendar month by default).
         *
         * @param window the window
         * @return this builder
         */
        public Builder window(MeasurementWindow window) {
            this.window = Checks.present(window, "agreement", "window");
            return this;
        }

        /**
         * Sets the calendar business time is counted on ({@code 24x7} by default).
         *
         * @param calendar the calendar's id
         * @return this builder
         */
        public Builder calendar(String calendar) {
            this.calendar = Checks.present(calendar, "agreement", "calendar");
            return this;
        }

        /**
         * Sets the event that stops a case's clock: {@link CaseEventKind#RESPONDED} or {@link CaseEventKind#RESOLVED}.
         *
         * @param stop the stop event
         * @return this builder
         */
        public Builder stop(CaseEventKind stop) {
            this.stop = Checks.present(stop, "agreement", "stop");
            return this;
        }

        /**
         * Pauses a case's clock while it is in a status, attributing the wait to a party.
         *
         * @param status the pausing status, e.g. {@code waiting-on-customer}
         * @param party  the party the wait is attributed to
         * @return this builder
         */
        public Builder pausing(String status, String party) {
            pausing.put(Checks.present(status, "agreement", "pausing"), Checks.present(party, "agreement", "pausing." + status));
            return this;
        }

        /**
         * Adds targets, one per priority.
         *
         * @param targets the targets
         * @return this builder
         */
        public Builder targets(CaseTarget... targets) {
            this.targets.addAll(Checks.list(java.util.Arrays.asList(Checks.present(targets, "agreement", "targets")), "agreement", "targets"));
            return this;
        }

        /**
         * Sets whether a pause moves the due date a case carries of its own; false by default.
         *
         * @param pausesMoveCaseDue true when a pause moves a case's own due date by its length
         * @return this builder
         */
        public Builder pausesMoveCaseDue(boolean pausesMoveCaseDue) {
            this.pausesMoveCaseDue = pausesMoveCaseDue;
            return this;
        }

        /**
         * Builds the objective.
         *
         * @return the objective
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public TimeToObjective build() {
            return new TimeToObjective(id, title, service, obligated, beneficiary, window, calendar, stop, pausing, targets,
                    pausesMoveCaseDue);
        }
    }
}
