/**
 * Business calendars: how much business time lies between two instants, and when a given amount
 * of it has passed.
 *
 * <p>A {@link io.slarules.calendar.BusinessCalendar} is made of a time zone, the working hours of
 * each day of the week ({@link io.slarules.calendar.WeeklyHours}, several
 * {@link io.slarules.calendar.TimeRange}s a day for a lunch break) and the days that have no
 * working time ({@link io.slarules.calendar.HolidaySource}: listed dates, and public holidays by
 * country and region through {@link io.slarules.calendar.PublicHolidays}). 24x7 is a calendar too:
 * {@link io.slarules.calendar.BusinessCalendar#always(java.time.ZoneId)}.
 *
 * <p>Business time is real elapsed time: a working range of a day is turned into instants in the
 * calendar's zone, so an hour that the clocks skip is not worked and a repeated autumn hour is
 * worked twice. Clock pauses and exclusions are taken out with
 * {@link io.slarules.calendar.BusinessCalendar#excluding(java.util.Collection)}.
 *
 * <p>Every type here is immutable and thread-safe.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes.
 */
package io.slarules.calendar;
