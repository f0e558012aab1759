package io.slarules.rules.facts;

import io.slarules.model.DateRange;
import io.slarules.model.Interval;
import io.slarules.model.Money;
import io.slarules.model.Objective;

import java.util.Objects;
import java.util.Optional;

/**
 * One window of one objective to measure.
 *
 * @param objective the objective
 * @param window    the window's dates, clipped to the agreement's effective dates
 * @param interval  the window's instants
 * @param fee       the fee of the objective's service for the window, when it is about one
 * @param rank      its place in the order results are reported and credits consume caps
 */
public record ObjectiveWindow(Objective objective, DateRange window, Interval interval, Optional<Money> fee, int rank) {

    /** Validates the fields. */
    public ObjectiveWindow {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(fee, "fee");
    }

    /** The metric a quota counts, or the good events of a ratio; empty for other kinds. */
    public String counted() {
        if (objective instanceof io.slarules.model.QuotaObjective q) {
            return q.metric();
        }
        return objective instanceof io.slarules.model.RatioObjective r ? r.good() : "";
    }

    /** The metric of all events of a ratio; empty for other kinds. */
    public String total() {
        return objective instanceof io.slarules.model.RatioObjective r ? r.total() : "";
    }

    /** The objective's id. */
    public String objectiveId() {
        return objective.id();
    }
}
