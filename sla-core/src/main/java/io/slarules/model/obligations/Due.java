package io.slarules.model.obligations;

import io.slarules.internal.model.Checks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When an obligation is due: by the end of a date in the agreement's zone, by an instant, or a
 * number of days after another obligation is fulfilled.
 */
public sealed interface Due permits Due.OnDate, Due.AtInstant, Due.AfterFulfilment {

    /**
     * Due by the end of a date (midnight at its end, in the agreement's zone).
     *
     * @param date the last day, in the agreement's zone, on which it is on time
     * @return the due date
     */
    static Due onDate(LocalDate date) {
        return new OnDate(date);
    }

    /**
     * Due by an instant.
     *
     * @param instant the instant by which it is on time
     * @return the due instant
     */
    static Due at(Instant instant) {
        return new AtInstant(instant);
    }

    /**
     * Due by the end of the day that lies {@code days} days after {@code obligation} is fulfilled.
     *
     * @param obligation the id of the obligation whose fulfilment starts the count
     * @param days how many days after that fulfilment's day, 0 to {@value AfterFulfilment#MAX_DAYS}
     * @param count whether calendar days or business days are counted
     * @return the relative due date
     */
    static Due after(String obligation, int days, DayCount count) {
        return new AfterFulfilment(obligation, days, count);
    }

    /**
     * Due by the end of {@code date}.
     *
     * @param date the last day, in the agreement's zone, on which it is on time
     */
    record OnDate(LocalDate date) implements Due {
        /**
         * Validates the date is present.
         *
         * @param date the last day, in the agreement's zone, on which it is on time
         */
        public OnDate {
            Checks.present(date, "agreement", "due");
        }

        @Override
        public String toString() {
            return date.toString();
        }
    }

    /**
     * Due by {@code instant}.
     *
     * @param instant the instant by which it is on time
     */
    record AtInstant(Instant instant) implements Due {
        /**
         * Validates the instant is present.
         *
         * @param instant the instant by which it is on time
         */
        public AtInstant {
            Checks.present(instant, "agreement", "due");
        }

        @Override
        public String toString() {
            return instant.toString();
        }
    }

    /**
     * Due by the end of the day {@code days} days (counted as {@code count} says) after the day
     * {@code obligation} is fulfilled. Such a date already moves with that obligation, so its
     * lateness does not shift this one a second time.
     *
     * @param obligation the id of the obligation whose fulfilment starts the count
     * @param days       how many days after that fulfilment's day, 0 to {@value #MAX_DAYS}
     * @param count      whether calendar days or business days are counted
     */
    record AfterFulfilment(String obligation, int days, DayCount count) implements Due {

        /** Ten years: no contract term is longer, and business days are counted one by one. */
        public static final int MAX_DAYS = 3660;

        /**
         * Validates the fields.
         *
         * @param obligation the id of the obligation whose fulfilment starts the count
         * @param days how many days after that fulfilment's day, 0 to {@value #MAX_DAYS}
         * @param count whether calendar days or business days are counted
         */
        public AfterFulfilment {
            Checks.id(obligation, "agreement", "due.after");
            Checks.present(count, "agreement", "due.count");
            if (days < 0 || days > MAX_DAYS) {
                throw Checks.fail("agreement", "due.days", "must be between 0 and " + MAX_DAYS + ", was " + days);
            }
        }

        @Override
        public String toString() {
            return days + " " + (count == DayCount.BUSINESS ? "business" : "calendar") + " days after "
                    + obligation + " is fulfilled";
        }
    }
}
