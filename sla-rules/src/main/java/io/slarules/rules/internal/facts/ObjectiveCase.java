package io.slarules.rules.internal.facts;

import io.slarules.calendar.BusinessCalendar;
import io.slarules.internal.calc.CaseTrack;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.TimeToObjective;

import java.util.Objects;

/**
 * A case a {@code TIME_TO} objective measures, with the target of its priority.
 *
 * @param objective the objective
 * @param track     the case as known at the month's end
 * @param target    the target for its priority
 * @param calendar  the objective's calendar
 */
public record ObjectiveCase(TimeToObjective objective, CaseTrack track, CaseTarget target, BusinessCalendar calendar) {

    /**
     * Validates the fields.
     *
     * @param objective the objective
     * @param track the case as known at the month's end
     * @param target the target for its priority
     * @param calendar the objective's calendar
     */
    public ObjectiveCase {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(target, "target");
    }

    /** {@return whether the case carries a due date of its own, measured instead of its priority's duration} */
    public boolean ownDue() {
        return track.due().isPresent();
    }

    /**
     * Hashes the case's id and the objective's id only: consistent with the record's equality, and cheap, where the
     * record's own hash walks the objective, the track and the calendar with its holidays. The rules join pauses and
     * measures to their case by it ({@code kase == $c}), so Drools hashes a case for every fact it indexes.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * track.caseId().hashCode() + objective.id().hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ObjectiveCase c && c.track.equals(track) && c.objective.equals(objective)
                && c.target.equals(target) && Objects.equals(c.calendar, calendar);
    }
}
