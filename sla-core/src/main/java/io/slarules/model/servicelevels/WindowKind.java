package io.slarules.model.servicelevels;

/** How an objective's measurement windows are cut from time, in the agreement's zone. */
public enum WindowKind {
    /** Calendar months: the first to the last day of each month. */
    CALENDAR_MONTH,
    /** ISO weeks, Monday to Sunday. */
    CALENDAR_WEEK,
    /** Calendar quarters starting in January, April, July and October. */
    CALENDAR_QUARTER,
    /** The N days that end with the period evaluated. */
    ROLLING_DAYS
}
