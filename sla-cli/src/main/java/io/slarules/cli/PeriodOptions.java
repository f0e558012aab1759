package io.slarules.cli;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code --period YYYY-MM} or {@code --from DATE --to DATE}: the dates an evaluation settles; {@code --from}
 * and {@code --to} may be instants too, and {@code --as-of INSTANT} evaluates with what is known then.
 */
final class PeriodOptions {

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Settle one calendar month, e.g. --period 2026-03.")
    YearMonth month;

    @Option(names = "--from", paramLabel = "DATE|INSTANT", converter = BoundConverter.class,
            description = {"With --to: settle the dates [from, to), e.g. --from 2026-03-01 --to 2026-04-01.",
                    "An instant (2026-03-01T00:00:00+01:00) must be the start of a day in the agreement's zone."})
    Bound from;

    @Option(names = "--to", paramLabel = "DATE|INSTANT", converter = BoundConverter.class,
            description = {"The first date not settled (exclusive).",
                    "An instant other than the start of a day, e.g. 2026-05-11T10:00:00Z, ends the period with its"
                            + " day and evaluates as of that instant (like --as-of)."})
    Bound to;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = {"Evaluate with only what is known at this instant, e.g. 2026-06-10T11:00:00+02:00: open"
                    + " obligations report the damages accrued so far (provisional, never booked), running cases their"
                    + " projected breach. Without --period or --from/--to: the (billing) month holding it."})
    Instant asOf;

    /**
     * A date or an instant given to {@code --from} or {@code --to}.
     *
     * @param text as written
     * @param date the date, when a date was given
     * @param instant the instant, when an instant was given
     */
    record Bound(String text, Optional<LocalDate> date, Optional<Instant> instant) {
    }

    /**
     * What one evaluation settles, read in the agreement's zone.
     *
     * @param period the dates settled
     * @param asOf   the instant known: the period's end, or an instant before it
     */
    record Timing(DateRange period, Instant asOf) {
    }

    /** {@return whether the options name an instant: {@code --as-of}, or an instant in {@code --from}/{@code --to}} */
    boolean namesAnInstant() {
        return asOf != null || (from != null && from.instant().isPresent()) || (to != null && to.instant().isPresent());
    }

    /**
     * The period and the instant known, in the agreement's zone; empty when neither a period nor an
     * instant was asked for (the agreement's whole effective period).
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     * @throws InvalidInputException when an instant does not fit the agreement's zone (its problem names the option)
     */
    Optional<Timing> timing(CommandLine commandLine, Agreement agreement) {
        ZoneId zone = agreement.zone();
        if (month != null && (from != null || to != null)) {
            throw new CommandLine.ParameterException(commandLine, "--period cannot be combined with --from and --to");
        }
        if ((from == null) != (to == null)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--from and --to go together: give both, or --period, or neither");
        }
        Instant known = asOf;
        DateRange period;
        if (month != null) {
            period = DateRange.ofMonth(month);
        } else if (from != null) {
            LocalDate start = from.date().orElseGet(() -> startOfDay(from, "--from", zone));
            LocalDate end;
            if (to.date().isPresent()) {
                end = to.date().get();
            } else {
                LocalDateTime local = LocalDateTime.ofInstant(to.instant().get(), zone);
                if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    end = local.toLocalDate();
                } else {
                    if (asOf != null) {
                        throw new CommandLine.ParameterException(commandLine, "--to " + to.text() + " is an instant"
                                + " inside a day, which evaluates as of it: --as-of cannot be given too");
                    }
                    end = local.toLocalDate().plusDays(1);
                    known = to.instant().get();
                }
            }
            if (!end.isAfter(start)) {
                throw new CommandLine.ParameterException(commandLine,
                        "--to " + to.text() + " must be after --from " + from.text() + " (--to is exclusive)");
            }
            period = DateRange.of(start, end);
        } else if (asOf != null) {
            // the billing month holding the instant (an instant at a midnight ends the day before)
            ServiceLevels.BillingCycle cycle = agreement.serviceLevels().billingCycle();
            LocalDate day = LocalDateTime.ofInstant(asOf.minusNanos(1), zone).toLocalDate();
            period = cycle.month(cycle.monthHolding(day));
        } else {
            return Optional.empty();
        }
        return Optional.of(new Timing(period, known == null ? period.toInterval(zone).endExclusive() : known));
    }

    private static LocalDate startOfDay(Bound bound, String option, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(bound.instant().orElseThrow(), zone);
        if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw InvalidInputException.of(null, Problem.at(option, "", option + " " + bound.text() + " is "
                    + local + " in the agreement's zone " + zone + ", not the start of a day: a period starts with a"
                    + " day"));
        }
        return local.toLocalDate();
    }

    /**
     * The period asked for; empty when none was (the agreement's whole effective period).
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    Optional<DateRange> period(CommandLine commandLine) {
        if (namesAnInstant()) {
            throw new CommandLine.ParameterException(commandLine, "--as-of and instants in --from/--to evaluate one"
                    + " agreement at a time, with --agreement: not with --requests or --agreements");
        }
        if (month != null) {
            if (from != null || to != null) {
                throw new CommandLine.ParameterException(commandLine, "--period cannot be combined with --from and --to");
            }
            return Optional.of(DateRange.ofMonth(month));
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from == null || to == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "--from and --to go together: give both, or --period, or neither");
        }
        if (!to.date().orElseThrow().isAfter(from.date().orElseThrow())) {
            throw new CommandLine.ParameterException(commandLine,
                    "--to " + to.text() + " must be after --from " + from.text() + " (--to is exclusive)");
        }
        return Optional.of(DateRange.of(from.date().orElseThrow(), to.date().orElseThrow()));
    }

    /** A month, {@code YYYY-MM}. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                YearMonth month = YearMonth.parse(value);
                // a month like +999999999-12 parses, but no period can end after it
                DateRange.ofMonth(month);
                return month;
            } catch (DateTimeParseException | InvalidInputException e) {
                throw new CommandLine.TypeConversionException("malformed period \"" + value
                        + "\": expected a month, YYYY-MM, e.g. 2026-03, from " + DateRange.MIN_YEAR + " to "
                        + DateRange.MAX_YEAR);
            }
        }
    }

    /** A date, {@code YYYY-MM-DD}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < DateRange.MIN_YEAR || date.getYear() > DateRange.MAX_YEAR) {
                    throw new DateTimeParseException("outside the years of a period", value, 0);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("malformed date \"" + value
                        + "\": expected YYYY-MM-DD, e.g. 2026-03-01");
            }
        }
    }

    /** A date, {@code YYYY-MM-DD}, or an instant with its offset, {@code 2026-05-11T10:00:00Z}. */
    static final class BoundConverter implements CommandLine.ITypeConverter<Bound> {
        @Override
        public Bound convert(String value) {
            if (value.length() > 10) {
                try {
                    Instant instant = InstantConverter.parse(value);
                    return new Bound(value, Optional.empty(), Optional.of(instant));
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("malformed date or instant \"" + value
                            + "\": expected YYYY-MM-DD, e.g. 2026-03-01, or an instant with its offset, e.g."
                            + " 2026-03-01T09:00:00+01:00");
                }
            }
            return new Bound(value, Optional.of(new DateConverter().convert(value)), Optional.empty());
        }
    }

    /** An instant with its offset: {@code 2026-06-10T11:00:00+02:00} or {@code 2026-06-10T09:00:00Z}. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("malformed instant \"" + value
                        + "\": expected a date and time with its offset, e.g. 2026-06-10T11:00:00+02:00 or"
                        + " 2026-06-10T09:00:00Z");
            }
        }

        static Instant parse(String value) {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            int year = instant.atOffset(java.time.ZoneOffset.UTC).getYear();
            if (year < DateRange.MIN_YEAR || year > DateRange.MAX_YEAR) {
                throw new DateTimeParseException("outside the years of a period", value, 0);
            }
            return instant;
        }
    }
}
