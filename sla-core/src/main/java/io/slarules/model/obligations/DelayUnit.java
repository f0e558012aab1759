package io.slarules.model.obligations;

import java.time.Duration;

/**
 * The unit a clause measures delay in. Delay is measured on the agreement's wall clock, so a day
 * is a calendar day in the agreement's zone (24 local hours) whatever daylight saving does.
 */
public enum DelayUnit {
    /** Calendar days of the agreement's zone. */
    DAYS(Duration.ofDays(1)),
    /** Hours of the agreement's wall clock. */
    HOURS(Duration.ofHours(1));

    private final Duration length;

    DelayUnit(Duration length) {
        this.length = length;
    }

    /** {@return the length of one unit on the wall clock} */
    public Duration length() {
        return length;
    }

    /**
     * {@return the unit's name for explanations, singular or plural}
     *
     * @param count how many units the label is for
     */
    public String label(long count) {
        String singular = this == DAYS ? "day" : "hour";
        return count == 1 ? singular : singular + "s";
    }
}
