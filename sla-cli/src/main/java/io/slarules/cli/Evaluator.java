package io.slarules.cli;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.Statement;
import io.slarules.files.DataFiles;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.time.DateRange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an agreement file, its timeline files and, if given, a history file, and evaluates them:
 * once, or once per subscription of a service-based agreement, or at one level of a multi-level
 * agreement.
 */
final class Evaluator {

    private Evaluator() {
    }

    /**
     * The files of one evaluation, as the command line names them.
     *
     * @param timelines one timeline file; one per subscription for a service-based agreement
     * @param level     the level of a multi-level agreement to evaluate; empty for any other agreement
     * @param history   what earlier evaluations decided, a history file; empty for none
     * @param period    the period to settle; empty for the agreement's whole effective period
     * @param timing      the period and the instant known, in the agreement's zone, when the command line names an
     *                    instant (it then replaces {@code period}); empty otherwise
     */
    record Inputs(Path agreement, List<Path> timelines, Optional<String> level, Optional<Path> history,
                 Optional<DateRange> period, Optional<java.util.function.Function<Agreement,
                 Optional<PeriodOptions.Timing>>> timing) {
        Inputs {
            Objects.requireNonNull(agreement, "agreement");
            timelines = List.copyOf(timelines);
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(timing, "timing");
        }

        Inputs(Path agreement, List<Path> timelines, Optional<String> level, Optional<Path> history,
               Optional<DateRange> period) {
            this(agreement, timelines, level, history, period, Optional.empty());
        }
    }

    /**
     * Evaluates an agreement file against one timeline file over the period, or over the
     * agreement's whole effective period.
     *
     * @param historyFile what earlier evaluations decided; empty for none
     * @throws InvalidInputException listing every problem, each naming the file it is in
     */
    static Evaluation evaluate(SlaEngine engine, Path agreementFile, Path timelineFile, Optional<Path> historyFile,
                               Optional<DateRange> period) {
        return evaluate(engine, new Inputs(agreementFile, List.of(timelineFile), Optional.empty(), historyFile, period))
                .get(0);
    }

    /**
     * Evaluates what the command names: one evaluation, or one per subscription of a service-based
     * agreement with subscriptions, in the agreement's order.
     *
     * @throws InvalidInputException listing every problem, each naming the file it is in
     */
    static List<Evaluation> evaluate(SlaEngine engine, Inputs command) {
        return stated(engine, command).stream().map(Stated::evaluation).toList();
    }

    /**
     * An evaluation and, when the agreement states prices, its statement ({@link Statement#of}).
     *
     * @param agreement  the agreement evaluated, for the statement's party names
     * @param evaluation the evaluation
     * @param statement  the prices due in the period netted against its decisions; empty when the agreement has
     *                   no prices
     */
    record Stated(Agreement agreement, Evaluation evaluation, Optional<Statement> statement) {
    }

    /**
     * Evaluates what the command names, as {@link #evaluate(SlaEngine, Inputs)}, with the statement of an agreement
     * that states prices (a service-based agreement's subscribers have none).
     *
     * @throws InvalidInputException listing every problem, each naming the file it is in
     */
    static List<Stated> stated(SlaEngine engine, Inputs command) {
        Path agreementFile = command.agreement();
        // every problem of the agreement, the timelines and the history in one refusal
        DataFiles.Inputs read = DataFiles.read(agreementFile, command.level(), command.timelines(), command.history());
        Agreement agreement = read.agreement();
        Optional<PeriodOptions.Timing> timing = command.timing().flatMap(t -> inFiles(() -> t.apply(agreement),
                agreementFile, null, null));
        DateRange period = timing.map(PeriodOptions.Timing::period).or(command::period).orElse(agreement.effective());
        boolean subscribers = agreement.kind() == AgreementKind.SERVICE_BASED
                && !agreement.serviceLevels().subscriptions().isEmpty();
        if (subscribers) {
            if (command.history().isPresent()) {
                throw InvalidInputException.of(agreement.id(), Problem.at(command.history().get().toString(), "",
                        "a service-based agreement's subscribers each have a history of their own; --history is"
                                + " not supported for them yet"));
            }
            if (timing.isPresent()) {
                throw InvalidInputException.of(agreement.id(), Problem.at("--as-of", "", "a service-based agreement's"
                        + " subscribers are evaluated by whole periods; --as-of and instants in --from/--to are not"
                        + " supported for them yet"));
            }
            return inFiles(() -> engine.evaluate(agreement, period, read.subscribers()), agreementFile, null, null)
                    .stream().map(e -> new Stated(agreement, e, Optional.<Statement>empty())).toList();
        }
        if (command.timelines().size() != 1) {
            throw InvalidInputException.of(agreement.id(), Problem.at(agreementFile.toString(), "",
                    "--timeline is given " + command.timelines().size() + " times: only a service-based agreement's"
                            + " subscriptions have a timeline each"));
        }
        Path timelineFile = command.timelines().get(0);
        Optional<Path> historyFile = command.history();
        if (timing.isPresent()) {
            java.time.Instant asOf = timing.get().asOf();
            return List.of(withStatement(agreement, inFiles(() -> engine.evaluate(agreement, period,
                    read.timelines().get(0), read.history(), asOf), agreementFile, timelineFile, historyFile.orElse(null))));
        }
        return List.of(withStatement(agreement, inFiles(() -> engine.evaluate(agreement, period, read.timelines().get(0),
                read.history()), agreementFile, timelineFile, historyFile.orElse(null))));
    }

    /** An agreement without prices is written as before statements existed. */
    private static Stated withStatement(Agreement agreement, Evaluation evaluation) {
        return new Stated(agreement, evaluation, agreement.prices().isEmpty() ? Optional.empty()
                : Optional.of(Statement.of(agreement, evaluation)));
    }

    /** Runs a step, naming the files its problems are in. */
    static <T> T inFiles(Supplier<T> step, Path agreementFile, Path timelineFile, Path historyFile) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.agreementId().orElse(null),
                    e.problems().stream().map(p -> inFile(p, agreementFile, timelineFile, historyFile)).toList());
        }
    }

    /**
     * The engine names its inputs "agreement", "timeline" and "history"; on the command line they
     * are files. With a timeline per subscriber, "timeline" stays as it is.
     */
    static Problem inFile(Problem problem, Path agreementFile, Path timelineFile, Path historyFile) {
        return switch (problem.source()) {
            case "agreement" -> problem.in(agreementFile.toString());
            case "timeline" -> timelineFile == null ? problem : problem.in(timelineFile.toString());
            case "history" -> historyFile == null ? problem : problem.in(historyFile.toString());
            default -> problem;
        };
    }
}
