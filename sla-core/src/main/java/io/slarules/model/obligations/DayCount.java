package io.slarules.model.obligations;

/** How the days of a relative due date are counted. */
public enum DayCount {
    /** Every calendar day counts. */
    CALENDAR,
    /** Monday to Friday count, except the agreement's listed holidays. */
    BUSINESS
}
