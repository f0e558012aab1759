package io.slarules.examples.cli;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.DateRange;
import io.slarules.model.History;
import io.slarules.model.Timeline;

import java.nio.file.Path;
import java.util.Optional;

/** Reads an agreement file, a timeline file and, if given, a history file, and evaluates them. */
final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates the files over the period, or over the agreement's whole effective period.
     *
     * @param historyFile what earlier evaluations decided; empty for none
     * @throws InvalidInputException listing every problem, each naming the file it is in
     */
    static Evaluation evaluate(Path agreementFile, Path timelineFile, Optional<Path> historyFile,
                               Optional<DateRange> period) {
        Agreement agreement = Agreements.read(agreementFile);
        Timeline timeline = Timelines.read(timelineFile, agreement);
        History history = historyFile.map(file -> Histories.read(file, agreement)).orElse(History.empty());
        SlaEngine engine = SlaEngine.builder().build();
        try {
            return engine.evaluate(agreement, period.orElse(agreement.effective()), timeline, history);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(agreement.id(),
                    e.problems().stream().map(p -> inFile(p, agreementFile, timelineFile, historyFile)).toList());
        }
    }

    /** The engine names its inputs "agreement", "timeline" and "history"; on the command line they are files. */
    private static Problem inFile(Problem problem, Path agreementFile, Path timelineFile, Optional<Path> historyFile) {
        return switch (problem.source()) {
            case "agreement" -> problem.in(agreementFile.toString());
            case "timeline" -> problem.in(timelineFile.toString());
            case "history" -> historyFile.map(file -> problem.in(file.toString())).orElse(problem);
            default -> problem;
        };
    }
}
