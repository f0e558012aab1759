package io.slarules.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open range of calendar dates {@code [startInclusive, endExclusive)}: an agreement's
 * effective period, or the period an evaluation settles (a billing month).
 *
 * <p>Dates are read in the agreement's time zone: {@link #toInterval(ZoneId)} gives the instants
 * from the start of the first day to the start of the day after the last.
 *
 * <p>Jackson writes it as {@code {"startInclusive":"2026-04-01","endExclusive":"2026-05-01"}}
 * (ISO-8601 dates) with any {@code ObjectMapper}, and reads that form back.
 */
@JsonExplicit
public record DateRange(
        @JsonProperty("startInclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToLocalDate.class) LocalDate startInclusive,
        @JsonProperty("endExclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToLocalDate.class) LocalDate endExclusive) {

    /** Validates that the range does not end before it starts. */
    public DateRange {
        Checks.present(startInclusive, "period", "from");
        Checks.present(endExclusive, "period", "to");
        if (endExclusive.isBefore(startInclusive)) {
            throw Checks.fail("period", "to",
                    "ends before it starts: [" + startInclusive + ", " + endExclusive + ")");
        }
    }

    /** The dates {@code [startInclusive, endExclusive)}. */
    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        return new DateRange(startInclusive, endExclusive);
    }

    /** Every date of a calendar month. */
    public static DateRange ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** Whether the date lies in the range. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /** Whether the two ranges share at least one date. */
    public boolean overlaps(DateRange other) {
        return startInclusive.isBefore(other.endExclusive) && other.startInclusive.isBefore(endExclusive)
                && startInclusive.isBefore(endExclusive) && other.startInclusive.isBefore(other.endExclusive);
    }

    /** The instants of the range in a time zone: from the start of its first day, DST-aware. */
    public Interval toInterval(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Instant start = startInclusive.atStartOfDay(zone).toInstant();
        Instant end = endExclusive.atStartOfDay(zone).toInstant();
        return Interval.of(start, end);
    }

    /** {@code 2026-03} for a whole month, {@code 2026-03-01..2026-04-15} otherwise (end exclusive). */
    @Override
    public String toString() {
        if (startInclusive.getDayOfMonth() == 1 && endExclusive.equals(startInclusive.plusMonths(1))) {
            return YearMonth.from(startInclusive).toString();
        }
        return startInclusive + ".." + endExclusive;
    }
}
