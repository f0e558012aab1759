package io.slarules.examples.cli;

import io.slarules.model.DateRange;

import java.nio.file.Path;
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
     * Evaluate an agreement file against a timeline file.
     *
     * @param history what earlier evaluations decided, a history file; empty for none
     * @param period  the period to settle; empty for the agreement's whole effective period
     */
    record Evaluate(Path agreement, Path timeline, Optional<Path> history, Optional<DateRange> period, Format format)
            implements Command {
        public Evaluate {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(timeline, "timeline");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(format, "format");
        }
    }
}
