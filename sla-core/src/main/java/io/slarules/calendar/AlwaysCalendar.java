package io.slarules.calendar;

import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** 24x7: every instant is working time, so business time is real elapsed time. */
record AlwaysCalendar(ZoneId zone) implements CalendarBase {

    AlwaysCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    /** One span from {@code from} to the end of time. */
    @Override
    public Walk walk(Instant from) {
        return new Walk() {
            private boolean done;

            @Override
            public Interval next(Instant limit) {
                if (done || !from.isBefore(limit)) {
                    return null;
                }
                done = true;
                return Interval.of(from, Instant.MAX);
            }
        };
    }

    /** The whole day, however long the clocks make it. */
    @Override
    public List<Interval> workingTimeOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return List.of(Interval.of(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    @Override
    public String toString() {
        return "24x7 calendar in " + zone;
    }
}
