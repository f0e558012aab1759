package io.slarules.rules.facts;

import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.util.List;
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
 * @param levels    the service-level terms in force at the window's start
 * @param calendar  the objective's calendar under those terms
 * @param credits   the clauses of those terms that price the objective
 */
public record ObjectiveWindow(Objective objective, DateRange window, Interval interval, Optional<Money> fee, int rank,
                              ServiceLevels levels, BusinessCalendar calendar, List<ServiceCredit> credits) {

    /**
     * Validates the fields.
     *
     * @param objective the objective
     * @param window the window's dates, clipped to the agreement's effective dates
     * @param interval the window's instants
     * @param fee the fee of the objective's service for the window, when it is about one
     * @param rank its place in the order results are reported and credits consume caps
     * @param levels the service-level terms in force at the window's start
     * @param calendar the objective's calendar under those terms
     * @param credits the clauses of those terms that price the objective
     */
    public ObjectiveWindow {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(calendar, "calendar");
        credits = List.copyOf(credits);
    }

    /** {@return the metric a quota counts, or the good events of a ratio; empty for other kinds} */
    public String counted() {
        if (objective instanceof io.slarules.model.servicelevels.QuotaObjective q) {
            return q.metric();
        }
        return objective instanceof io.slarules.model.servicelevels.RatioObjective r ? r.good() : "";
    }

    /** {@return the quota this one depends on, if it is a dependent quota} */
    public Optional<String> upstream() {
        return objective instanceof io.slarules.model.servicelevels.QuotaObjective q ? q.dependsOn() : Optional.empty();
    }

    /**
     * {@return whether a value lies in a readings objective's allowed range; true for other kinds}
     *
     * @param value a reading's value
     */
    public boolean admits(java.math.BigDecimal value) {
        return !(objective instanceof io.slarules.model.servicelevels.ReadingsObjective r) || r.admits(value);
    }

    /** {@return the metric of all events of a ratio; empty for other kinds} */
    public String total() {
        return objective instanceof io.slarules.model.servicelevels.RatioObjective r ? r.total() : "";
    }

    /** Windows are told apart by their rank: comparing terms field by field in every join would be slow. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectiveWindow w && w.rank == rank && w.window.equals(window)
                && w.objective.id().equals(objective.id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, window, objective.id());
    }

    /** {@return the objective's id} */
    public String objectiveId() {
        return objective.id();
    }
}
