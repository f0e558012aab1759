package io.slarules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.Decision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Share;
import io.slarules.SlaException;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.report.EvaluationJson;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes evaluations and failures as rows of {@link SparkSchemas}. Dates and instants are written
 * as the session reads them: {@code java.time} values when {@code spark.sql.datetime.java8API.enabled}
 * is on, {@code java.sql} ones otherwise (both exact for the dates and instants of the model).
 */
final class Rows implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean javaTime;

    Rows(boolean javaTime) {
        this.javaTime = javaTime;
    }

    /** The result row of an evaluated request. */
    Row evaluated(String requestId, Evaluation evaluation) {
        DateRange period = evaluation.period();
        String agreement = evaluation.agreementId();
        List<Row> decisions = new ArrayList<>();
        // booked decisions first, then damages accrued on obligations still open: provisional, never booked
        List<Decision> all = new ArrayList<>(evaluation.decisions());
        all.addAll(evaluation.accrued());
        for (int i = 0; i < all.size(); i++) {
            decisions.add(decision(requestId, i, agreement, period, all.get(i)));
        }
        List<Row> attributions = new ArrayList<>();
        List<DelayAttribution> delays = evaluation.attributions();
        for (int i = 0; i < delays.size(); i++) {
            attributions.add(attribution(requestId, i, agreement, period, delays.get(i)));
        }
        List<Row> objectives = new ArrayList<>();
        List<ObjectiveResult> results = evaluation.objectives();
        for (int i = 0; i < results.size(); i++) {
            objectives.add(objective(requestId, i, agreement, period, results.get(i)));
        }
        Row outcome = RowFactory.create(requestId, agreement, date(period.startInclusive()),
                date(period.endExclusive()), evaluation.decisions().size(), attributions.size(), objectives.size(),
                history(evaluation));
        return RowFactory.create(outcome, null, seq(decisions), seq(attributions), seq(objectives));
    }

    /** The result row of a request that was not evaluated. */
    Row failed(String requestId, String periodText, SlaException failure) {
        List<Row> problems = new ArrayList<>();
        String agreement = null;
        String kind;
        String rule = null;
        String rulePack = null;
        if (failure instanceof InvalidInputException invalid) {
            kind = "INVALID_INPUT";
            agreement = invalid.agreementId().orElse(null);
            invalid.problems().forEach(p -> problems.add(RowFactory.create(p.source(), p.path(), p.message())));
        } else if (failure instanceof EvaluationFailedException evaluation) {
            kind = "EVALUATION_FAILED";
            agreement = evaluation.agreementId();
            rule = evaluation.rule();
            rulePack = evaluation.rulePack();
        } else {
            kind = "FAILED";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Row row = RowFactory.create(requestId, agreement, periodText, kind, message, seq(problems), rule, rulePack);
        return RowFactory.create(null, row, seq(List.of()), seq(List.of()), seq(List.of()));
    }

    private Row decision(String requestId, int position, String agreement, DateRange period, Decision d) {
        boolean provisional = d instanceof PenaltyDecision p && p.provisional();
        return RowFactory.create(requestId, position, d.id(), d.fingerprint(), kindName(d), agreement, d.clause(),
                d.subject(), d.debtor(), d.creditor(), money(d.amount().amount()), d.amount().currency().getCurrencyCode(),
                date(period.startInclusive()), date(period.endExclusive()), provisional, seq(d.rules()), d.explanation());
    }

    private Row attribution(String requestId, int position, String agreement, DateRange period, DelayAttribution a) {
        return RowFactory.create(requestId, position, agreement, date(period.startInclusive()),
                date(period.endExclusive()), a.subject(), a.owner(), instant(a.due()),
                a.fulfilled().map(this::instant).orElse(null), a.total().getSeconds(), a.provisional(),
                shares(a.shares()), seq(a.rules()));
    }

    private Row objective(String requestId, int position, String agreement, DateRange period, ObjectiveResult o) {
        return RowFactory.create(requestId, position, agreement, date(period.startInclusive()),
                date(period.endExclusive()), o.objective(), o.kind().name(), date(o.window().startInclusive()),
                date(o.window().endExclusive()), o.achieved().toPlainString(), o.target().toPlainString(), o.met(),
                o.shortfall().orElse(null), shares(o.lostTime()), seq(o.notes()), seq(o.rules()));
    }

    private static Seq<Row> shares(List<Share> shares) {
        return seq(shares.stream().map(s -> RowFactory.create(s.responsible().id(), s.length().getSeconds())).toList());
    }

    /** An array value as Spark's row encoder takes it: a Scala sequence. */
    private static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    private static String kindName(Decision d) {
        return d.kind() instanceof Enum<?> e ? e.name() : d.kind().toString();
    }

    /**
     * An amount at {@link SparkSchemas#MONEY}'s scale, exactly: a decision's amount is rounded to its
     * currency's minor unit, which no ISO 4217 currency has finer than 4 decimals.
     */
    static BigDecimal money(BigDecimal amount) {
        try {
            return amount.setScale(SparkSchemas.MONEY.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new AssertionError("SLA Rules: a decision's amount finer than the minor unit: " + amount, e);
        }
    }

    /** The history a next period's request takes, as a history file's JSON; null when empty. */
    private static String history(Evaluation evaluation) {
        if (evaluation.history().equals(History.empty())) {
            return null;
        }
        try {
            JsonNode history = JSON.readTree(EvaluationJson.write(evaluation)).get("history");
            return history == null || history.isNull() ? null : JSON.writeValueAsString(history);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("SLA Rules: the evaluation's own JSON did not read back", e);
        }
    }

    private Object date(LocalDate date) {
        return javaTime ? date : java.sql.Date.valueOf(date);
    }

    private Object instant(Instant instant) {
        return javaTime ? instant : java.sql.Timestamp.from(instant);
    }
}
