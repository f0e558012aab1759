package io.slarules.spark;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.sql.Row;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Evaluates one partition: its rows are read into requests as {@link SlaEngine#evaluateAll} pulls
 * them, evaluated by this JVM's engine, and written as result rows in the partition's order, each
 * row's read failure in its place among the outcomes. Nothing of the partition is held beyond the
 * batch's bounded window.
 */
final class PartitionEvaluator implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final EngineSettings settings;
    private final Rows rows;

    PartitionEvaluator(EngineSettings settings, Rows rows) {
        this.settings = settings;
        this.rows = rows;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        SlaEngine engine = ExecutorEngines.engine(settings);
        RequestReader reader = new RequestReader();
        // every row read, in order: its request (awaiting its outcome) or its failure
        Deque<RequestReader.Read> read = new ArrayDeque<>();
        Iterator<EvaluationRequest> requests = new Iterator<>() {
            private EvaluationRequest next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    RequestReader.Read r = reader.read(input.next());
                    read.addLast(r);
                    next = r.request();
                }
                return next != null;
            }

            @Override
            public EvaluationRequest next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EvaluationRequest request = next;
                next = null;
                return request;
            }
        };
        Stream<EvaluationOutcome> stream = engine.evaluateAll(
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(requests, Spliterator.ORDERED), false),
                BatchOptions.defaults().withParallelism(settings.parallelism())
                        .withOnFailure(BatchOptions.OnFailure.CONTINUE));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> stream.close());
        }
        Iterator<EvaluationOutcome> outcomes = stream.iterator();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (read.isEmpty() && !outcomes.hasNext() && read.isEmpty()) {
                    stream.close();
                    return false;
                }
                // outcomes.hasNext() may have read more rows: a failure read before the request whose
                // outcome is pending comes first, as it came first in the input
                RequestReader.Read head = read.peekFirst();
                if (head == null) {
                    return hasNextOutcomeRow();
                }
                if (head.request() == null) {
                    read.removeFirst();
                    next = rows.failed(head.requestId(), head.periodText(), head.failure());
                    return true;
                }
                return hasNextOutcomeRow();
            }

            private boolean hasNextOutcomeRow() {
                if (!outcomes.hasNext()) {
                    throw new IllegalStateException("SLA Rules: a request of the partition got no outcome");
                }
                EvaluationOutcome outcome = outcomes.next();
                RequestReader.Read head = read.removeFirst();
                assert head.request() == outcome.request() : "SLA Rules: outcomes come in the order of the requests";
                next = outcome.evaluation().map(e -> rows.evaluated(head.requestId(), e))
                        .orElseGet(() -> rows.failed(head.requestId(), head.periodText(), outcome.failure().orElseThrow()));
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }
}
