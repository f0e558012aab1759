package io.slarules.spark;

import io.slarules.BatchOptions;
import io.slarules.Decision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.apache.spark.sql.Row;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The standard month evaluated without Spark, by {@link SlaEngine#evaluateAll} over the same texts,
 * and both written as comparable lines: one per decision, one per attribution.
 */
final class Baseline {

    private Baseline() {
    }

    /** Request {@code index} of the standard month, read as the library reads files. */
    static EvaluationRequest request(int index) {
        String[] texts = StandardMonth.texts(index);
        Agreement agreement = Agreements.parse(texts[0], "agreement", false);
        Timeline timeline = Timelines.parse(texts[1], "timeline", false, agreement);
        return EvaluationRequest.of(agreement, DateRange.parse(StandardMonth.PERIOD), timeline);
    }

    /** The outcomes of the first {@code count} requests, in order. */
    static List<EvaluationOutcome> outcomes(SlaEngine engine, int count) {
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(IntStream.range(0, count).mapToObj(Baseline::request),
                BatchOptions.defaults().withOnFailure(BatchOptions.OnFailure.CONTINUE))) {
            return outcomes.toList();
        }
    }

    static String requestId(int index) {
        return String.format(Locale.ROOT, "R-%07d", index);
    }

    /** Every decision of the outcomes as a line, the request and its position first. */
    static List<String> decisionLines(List<EvaluationOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Evaluation evaluation = outcomes.get(i).evaluationOrThrow();
            List<Decision> decisions = new ArrayList<>(evaluation.decisions());
            decisions.addAll(evaluation.accrued());
            for (int p = 0; p < decisions.size(); p++) {
                Decision d = decisions.get(p);
                lines.add(String.join("|", requestId(i), String.valueOf(p), d.id(), d.fingerprint(),
                        ((Enum<?>) d.kind()).name(), evaluation.agreementId(), d.clause(), d.subject(), d.debtor(),
                        d.creditor(), d.amount().amount().setScale(4, RoundingMode.UNNECESSARY).toPlainString(),
                        d.amount().currency().getCurrencyCode(), evaluation.period().startInclusive().toString(),
                        String.join(";", d.rules()), d.explanation()));
            }
        }
        return lines;
    }

    /** The decision rows Spark gave, as {@link #decisionLines} writes them. */
    static List<String> rowDecisionLines(List<Row> rows, boolean sorted) {
        Stream<String> lines = rows.stream().map(r -> String.join("|", r.getAs("request"),
                String.valueOf((int) r.getAs("position")), r.getAs("id"), r.getAs("fingerprint"), r.getAs("kind"),
                r.getAs("agreement"), r.getAs("clause"), r.getAs("subject"), r.getAs("debtor"), r.getAs("creditor"),
                r.<java.math.BigDecimal>getAs("amount").toPlainString(), r.getAs("currency"),
                r.getAs("periodStart").toString(), String.join(";", r.<scala.collection.Seq<String>>getAs("rules")
                        .mkString(";")), r.getAs("explanation")));
        return sorted ? lines.sorted().toList() : lines.toList();
    }

    /** Every attribution of the outcomes as a line: request, position, subject, delay and shares. */
    static List<String> attributionLines(List<EvaluationOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            List<DelayAttribution> attributions = outcomes.get(i).evaluationOrThrow().attributions();
            for (int p = 0; p < attributions.size(); p++) {
                DelayAttribution a = attributions.get(p);
                lines.add(String.join("|", requestId(i), String.valueOf(p), a.subject(), a.owner(),
                        String.valueOf(a.total().getSeconds()), String.valueOf(a.provisional()),
                        a.shares().stream().map(s -> s.responsible().id() + "=" + s.length().getSeconds())
                                .collect(Collectors.joining(","))));
            }
        }
        return lines;
    }

    /** The attribution rows Spark gave, as {@link #attributionLines} writes them. */
    static List<String> rowAttributionLines(List<Row> rows) {
        return rows.stream().map(r -> String.join("|", r.getAs("request"), String.valueOf((int) r.getAs("position")),
                r.getAs("subject"), r.getAs("owner"), String.valueOf((long) r.getAs("delaySeconds")),
                String.valueOf((boolean) r.getAs("provisional")),
                r.<scala.collection.Seq<Row>>getAs("shares").mkString(",")
                        .replaceAll("\\[([^,\\]]+),(-?\\d+)\\]", "$1=$2"))).sorted().toList();
    }
}
