package io.slarules.examples.cli;

import io.slarules.model.DateRange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the command line asks {@code sla} to do. */
sealed interface Command {

    /** Print the usage text. */
    record Help() implements Command {
    }

    /** Evaluate the shipped sample, example A, over the agreement's whole effective period. */
    record Demo(Format format) implements Command {
        public Demo {
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * Evaluate an agreement file against a timeline file, or a service-based agreement against one
     * timeline file per subscription, or a level of a multi-level agreement.
     *
     * @param timelines one timeline file; one per subscription for a service-based agreement
     * @param level     the level of a multi-level agreement to evaluate; empty for any other agreement
     * @param history   what earlier evaluations decided, a history file; empty for none
     * @param period    the period to settle; empty for the agreement's whole effective period
     */
    record Evaluate(Path agreement, List<Path> timelines, Optional<String> level, Optional<Path> history,
                    Optional<DateRange> period, Format format) implements Command {
        public Evaluate {
            Objects.requireNonNull(agreement, "agreement");
            timelines = List.copyOf(timelines);
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(format, "format");
        }

        /** An agreement of one timeline, not a multi-level one. */
        public Evaluate(Path agreement, Path timeline, Optional<Path> history, Optional<DateRange> period, Format format) {
            this(agreement, List.of(timeline), Optional.empty(), history, period, format);
        }
    }

    /**
     * Print an agreement's terms: a multi-level agreement's effective terms at a level, each with
     * the level it came from.
     *
     * @param level the level of a multi-level agreement; empty for any other agreement
     */
    record ExplainAgreement(Path agreement, Optional<String> level) implements Command {
        public ExplainAgreement {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(level, "level");
        }
    }

    /** Write the friction report of a folder of agreements for a month: {@link ReportCommand}. */
    record Report(ReportCommand.Options options) implements Command {
        public Report {
            Objects.requireNonNull(options, "options");
        }
    }
}
