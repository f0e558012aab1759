package io.slarules.model.servicelevels;

import io.slarules.calendar.TimeRange;
import io.slarules.internal.model.Checks;

import java.time.DayOfWeek;

/**
 * A recurring weekly window in which announced maintenance is excluded from availability, e.g.
 * Sundays 02:00-04:00 in the agreement's zone.
 *
 * @param day   the day of the week
 * @param hours the local time range on that day
 */
public record MaintenanceWindow(DayOfWeek day, TimeRange hours) {

    /**
     * Validates the fields.
     *
     * @param day the day of the week
     * @param hours the local time range on that day
     */
    public MaintenanceWindow {
        Checks.present(day, "agreement", "day");
        Checks.present(hours, "agreement", "hours");
    }

    @Override
    public String toString() {
        return day + " " + hours;
    }
}
