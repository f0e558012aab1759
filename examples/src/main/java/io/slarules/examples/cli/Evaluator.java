package io.slarules.examples.cli;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.DateRange;
import io.slarules.model.Timeline;

import java.nio.file.Path;
import java.util.Optional;

/** Reads an agreement file and a timeline file and evaluates them. */
final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates the files over the period, or over the agreement's whole effective period.
     *
     * @throws InvalidInputException listing every problem, each naming the file it is in
     */
    static Evaluation evaluate(Path agreementFile, Path timelineFile, Optional<DateRange> period) {
        Agreement agreement = Agreements.read(agreementFile);
        Timeline timeline = Timelines.read(timelineFile, agreement);
        SlaEngine engine = SlaEngine.builder().build();
        try {
            return engine.evaluate(agreement, period.orElse(agreement.effective()), timeline);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(agreement.id(),
                    e.problems().stream().map(p -> inFile(p, agreementFile, timelineFile)).toList());
        }
    }

    /** The engine names its inputs "agreement" and "timeline"; on the command line they are files. */
    private static Problem inFile(Problem problem, Path agreementFile, Path timelineFile) {
        return switch (problem.source()) {
            case "agreement" -> problem.in(agreementFile.toString());
            case "timeline" -> problem.in(timelineFile.toString());
            default -> problem;
        };
    }
}
