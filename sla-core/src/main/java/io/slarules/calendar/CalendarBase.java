package io.slarules.calendar;

import io.slarules.model.time.Interval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What every calendar of ours shares; records implement it. A calendar's working time is a sequence of disjoint spans of
 * instants; each calendar only says how to walk it forwards ({@link #walk(Instant)}) and what
 * belongs to one date. Business time and {@code plus} are then the same arithmetic for all, and
 * cost one step per working span, never one per minute.
 */
interface CalendarBase extends BusinessCalendar {

    /** How far {@code plus} looks for the next working time before it gives up. */
    Period SEARCH_HORIZON = Period.ofYears(20);

    /**
     * The working spans at or after {@code from}, in order and disjoint, the first one clipped so
     * that it starts no earlier than {@code from}.
     */
    Walk walk(Instant from);

    /** The working time of a date, in order and disjoint; empty on a day off. */
    List<Interval> workingTimeOn(LocalDate date);

    /** A walk along a calendar's working spans; it ends at the first null. */
    interface Walk {

        /** The next working span, or null when none starts before {@code limit}. */
        Interval next(Instant limit);
    }

    @Override
    default Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        Walk walk = walk(from);
        Duration total = Duration.ZERO;
        for (Interval span = walk.next(to); span != null; span = walk.next(to)) {
            if (!span.endExclusive().isBefore(to)) {
                return total.plus(Duration.between(span.startInclusive(), to));
            }
            total = total.plus(span.toDuration());
        }
        return total;
    }

    @Override
    default Instant plus(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount: business time to add must not be negative, was " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Walk walk = walk(from);
        Duration remaining = amount;
        Instant searchFrom = from;
        while (true) {
            Interval span = walk.next(searchFrom.atZone(zone()).plus(SEARCH_HORIZON).toInstant());
            if (span == null) {
                throw new IllegalStateException("no working time within " + SEARCH_HORIZON.getYears()
                        + " years after " + searchFrom + " in " + this);
            }
            Duration length = span.toDuration();
            if (length.compareTo(remaining) >= 0) {
                return span.startInclusive().plus(remaining);
            }
            remaining = remaining.minus(length);
            searchFrom = span.endExclusive();
        }
    }

    @Override
    default boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !workingTimeOn(date).isEmpty();
    }

    @Override
    default BusinessCalendar excluding(Collection<Interval> pauses) {
        return ExcludingCalendar.of(this, pauses);
    }
}
