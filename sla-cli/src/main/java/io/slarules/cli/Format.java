package io.slarules.cli;

import io.slarules.internal.text.PrintableText;
import io.slarules.Evaluation;
import io.slarules.report.EvaluationJson;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** How an evaluation is written: explained in words, or as JSON for other programs. */
enum Format {
    /** {@link Evaluation#explain()}: every attribution and decision with its derivation. */
    TEXT {
        @Override
        void write(Evaluation evaluation, PrintStream out) {
            String text = PrintableText.of(evaluation.explain());
            out.print(text.endsWith("\n") ? text : text + "\n");
        }
    },
    /** {@link EvaluationJson}: the documented JSON format. */
    JSON {
        @Override
        void write(Evaluation evaluation, PrintStream out) {
            out.println(EvaluationJson.write(evaluation));
        }
    };

    /** Writes the evaluation, ending with a line end. */
    abstract void write(Evaluation evaluation, PrintStream out);

    /**
     * Writes evaluations one after the other as {@link #writeAll(List, PrintStream)}, each with its statement
     * when it has one: in text after the explanation, in JSON as the document's {@code "statement"}.
     */
    void writeStated(List<Evaluator.Stated> evaluations, PrintStream out) {
        for (int i = 0; i < evaluations.size(); i++) {
            if (i > 0 && this == TEXT) {
                out.println();
            }
            Evaluator.Stated s = evaluations.get(i);
            if (s.statement().isEmpty()) {
                write(s.evaluation(), out);
            } else if (this == TEXT) {
                write(s.evaluation(), out);
                out.println();
                out.print(PrintableText.of(s.statement().get().explain(s.agreement())));
            } else {
                out.println(EvaluationJson.write(s.evaluation(), s.statement().get()));
            }
        }
    }

    /**
     * Writes evaluations one after the other, e.g. one per subscriber: texts separated by a blank
     * line, JSON documents each on lines of their own (a stream of documents, not an array).
     */
    void writeAll(List<Evaluation> evaluations, PrintStream out) {
        for (int i = 0; i < evaluations.size(); i++) {
            if (i > 0 && this == TEXT) {
                out.println();
            }
            write(evaluations.get(i), out);
        }
    }

    /** The format named on the command line: {@code text} or {@code json}. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String name) {
            for (Format format : values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format \"" + name + "\": expected text or json");
        }
    }
}
