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
}
