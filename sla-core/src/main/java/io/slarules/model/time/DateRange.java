package io.slarules.model.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.InvalidInputException;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.internal.model.Checks;
import io.slarules.model.InputLimits;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-open range of calendar dates {@code [startInclusive, endExclusive)}: an agreement's
 * effective period, or the period an evaluation settles (a billing month).
 *
 * <p>Dates are read in the agreement's time zone: {@link #toInterval(ZoneId)} gives the instants
 * from the start of the first day to the start of the day after the last.
 *
 * <p>Jackson writes it as {@code {"startInclusive":"2026-04-01","endExclusive":"2026-05-01"}}
 * (ISO-8601 dates) with any {@code ObjectMapper}, and reads that form back.
 *
 * @param startInclusive the first date of the range
 * @param endExclusive   the date after the last, not before {@code startInclusive}; equal to it for an empty range
 */
@JsonExplicit
public record DateRange(
        @JsonProperty("startInclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToLocalDate.class) LocalDate startInclusive,
        @JsonProperty("endExclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToLocalDate.class) LocalDate endExclusive) {

    /**
     * Validates that the range does not end before it starts.
     *
     * @param startInclusive the first date of the range
     * @param endExclusive the date after the last, not before {@code startInclusive}; equal to it for an empty range
     */
    public DateRange {
        Checks.present(startInclusive, "period", "from");
        Checks.present(endExclusive, "period", "to");
        if (endExclusive.isBefore(startInclusive)) {
            throw Checks.fail("period", "to",
                    "ends before it starts: [" + startInclusive + ", " + endExclusive + ")");
        }
    }

    /**
     * {@return the dates {@code [startInclusive, endExclusive)}}
     *
     * @param startInclusive the first date of the range
     * @param endExclusive the date after the last, not before {@code startInclusive}
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        return new DateRange(startInclusive, endExclusive);
    }

    /** The first year a period may lie in. */
    public static final int MIN_YEAR = 1900;
    /** The last year a period may lie in. */
    public static final int MAX_YEAR = 9999;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /**
     * Every date of a calendar month.
     *
     * @param month the month, in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the month's dates
     * @throws InvalidInputException when the month lies outside those years
     */
    public static DateRange ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        if (month.getYear() < MIN_YEAR || month.getYear() > MAX_YEAR) {
            throw Checks.fail("period", "", "month " + InputLimits.quote(month.toString()) + " lies outside the years "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        return new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Parses a period as a command line or a request writes it: a month, {@code 2026-03}, or two
     * dates, {@code 2026-03-01..2026-04-15} (the second exclusive), in the years
     * {@value #MIN_YEAR} to {@value #MAX_YEAR}.
     *
     * @param text the period
     * @return the dates it covers
     * @throws InvalidInputException with one problem (source {@code period}) saying what is wrong
     */
    public static DateRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String expected = " (expected a month, yyyy-mm, e.g. 2026-03, or from..to, e.g. 2026-03-01..2026-04-15)";
        try {
            if (MONTH.matcher(text).matches()) {
                return ofMonth(YearMonth.parse(text));
            }
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                DateRange parsed = of(LocalDate.parse(range.group(1)), LocalDate.parse(range.group(2)));
                if (parsed.startInclusive.getYear() < MIN_YEAR || parsed.endExclusive.getYear() > MAX_YEAR) {
                    throw Checks.fail("period", "", "period " + text + " lies outside the years " + MIN_YEAR + " to "
                            + MAX_YEAR);
                }
                return parsed;
            }
        } catch (DateTimeException e) {
            throw Checks.fail("period", "", "not a period: " + InputLimits.quote(text) + " (no such month or day)");
        }
        throw Checks.fail("period", "", "not a period: " + InputLimits.quote(text) + expected);
    }

    /**
     * {@return whether the date lies in the range}
     *
     * @param date a date
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && date.isBefore(endExclusive);
    }

    /**
     * {@return whether the two ranges share at least one date}
     *
     * @param other another range
     */
    public boolean overlaps(DateRange other) {
        return startInclusive.isBefore(other.endExclusive) && other.startInclusive.isBefore(endExclusive)
                && startInclusive.isBefore(endExclusive) && other.startInclusive.isBefore(other.endExclusive);
    }

    /**
     * {@return the instants of the range in a time zone: from the start of its first day, DST-aware}
     *
     * @param zone the zone whose midnights bound the days
     */
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
