/**
 * Time: half-open intervals of instants ({@link io.slarules.model.time.Interval}), ranges of dates in an
 * agreement's zone ({@link io.slarules.model.time.DateRange}) and the specification of a business calendar
 * ({@link io.slarules.model.time.CalendarSpec}, built into a calendar of {@code io.slarules.calendar}).
 *
 * <p><b>API</b>, as {@link io.slarules.model} describes.
 */
package io.slarules.model.time;
