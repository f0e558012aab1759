package io.slarules.cli;

import io.slarules.model.DateRange;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code --period YYYY-MM} or {@code --from DATE --to DATE}: the dates an evaluation settles. */
final class PeriodOptions {

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Settle one calendar month, e.g. --period 2026-03.")
    YearMonth month;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "With --to: settle the dates [from, to), e.g. --from 2026-03-01 --to 2026-04-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "The first date not settled (exclusive).")
    LocalDate to;

    /**
     * The period asked for; empty when none was (the agreement's whole effective period).
     *
     * @throws CommandLine.ParameterException when the options do not fit together
     */
    Optional<DateRange> period(CommandLine commandLine) {
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
        if (!to.isAfter(from)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--to " + to + " must be after --from " + from + " (--to is exclusive)");
        }
        return Optional.of(DateRange.of(from, to));
    }

    /** A month, {@code YYYY-MM}. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("malformed period \"" + value
                        + "\": expected a month, YYYY-MM, e.g. 2026-03");
            }
        }
    }

    /** A date, {@code YYYY-MM-DD}. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("malformed date \"" + value
                        + "\": expected YYYY-MM-DD, e.g. 2026-03-01");
            }
        }
    }
}
