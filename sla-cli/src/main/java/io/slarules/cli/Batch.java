package io.slarules.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.BatchOptions;
import io.slarules.EvaluationFailedException;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.model.time.DateRange;
import io.slarules.report.EvaluationJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code sla evaluate --requests FILE} and {@code sla evaluate --agreements DIR}: a stream of request
 * lines ({@link RequestLine}), or the agreements of a folder paired with their timelines
 * ({@link Portfolio}), evaluated in one JVM through {@link SlaEngine#evaluateAll}, written as JSON
 * lines, one object per outcome, in the order of the requests:
 *
 * <pre>{@code
 * {"line":1,"source":"requests.jsonl:1","agreement":"NW-CB-2026","status":"EVALUATED","evaluation":{...}}
 * {"line":2,"source":"requests.jsonl:2","agreement":null,"status":"INVALID","problems":[{"source":"...","path":"...","message":"..."}]}
 * {"line":3,"source":"requests.jsonl:3","agreement":"X","status":"FAILED","rule":"...","rulePack":"default","message":"..."}
 * }</pre>
 *
 * <p>{@code line} is the request's line in the stream; for a folder, the outcome's place (the
 * problems that keep files from being paired first, then the agreements in id order), and
 * {@code source} the agreement's file.
 *
 * <p>{@code evaluation} is the document {@link EvaluationJson} writes, on one line. A line that
 * cannot be read (bad JSON, a missing or invalid file) is an {@code INVALID} outcome in its place;
 * the run goes on. Lines are read only a bounded number ahead of the outcomes written, so memory
 * does not grow with the input.
 */
final class Batch {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** A line read: the requests it stands for, or why it stands for none. */
    private record Item(int line, String source, RequestLine.Read read, InvalidInputException refused) {
    }

    /** How the run went, for the exit status. */
    record Summary(long evaluated, long invalid, long failed) {
        int status() {
            return failed > 0 ? Main.FAILED : invalid > 0 ? Main.INVALID : Main.EVALUATED;
        }
    }

    private final SlaEngine engine;
    private final BatchOptions options;
    private final Progress progress;

    Batch(SlaEngine engine, BatchOptions options, Progress progress) {
        this.engine = engine;
        this.options = options.withOnFailure(BatchOptions.OnFailure.CONTINUE);
        this.progress = progress;
    }

    /** Evaluates every request of {@code lines}, writing one JSON line per outcome to {@code out}. */
    Summary run(BufferedReader lines, String sourceName, RequestLine reader, PrintStream out) {
        return run(items(lines, sourceName, reader), out);
    }

    /**
     * Evaluates every agreement of a folder paired with its timeline ({@link Portfolio}) over a
     * period (each agreement's whole effective period when empty), in id order, writing one JSON
     * line per outcome; what keeps files from being paired is one {@code INVALID} line first.
     */
    Summary run(Portfolio.Contents folder, String sourceName, Optional<DateRange> period, PrintStream out) {
        Stream<Item> refused = folder.problems().isEmpty() ? Stream.empty()
                : Stream.of(new Item(1, sourceName, null, new InvalidInputException(null, folder.problems())));
        int first = folder.problems().isEmpty() ? 1 : 2;
        List<Portfolio.Entry> entries = folder.entries();
        // timelines are read as the engine asks for requests, so memory follows the parallelism, not the folder
        Stream<Item> evaluable = IntStream.range(0, entries.size()).mapToObj(i -> {
            Portfolio.Entry entry = entries.get(i);
            String source = entry.agreementFile().toString();
            try {
                EvaluationRequest request = entry.request(period.orElse(entry.agreement().effective()));
                return new Item(first + i, source, new RequestLine.Read(request, entry.agreementFile(),
                        entry.timelineFile(), entry.historyFile()), null);
            } catch (InvalidInputException e) {
                return new Item(first + i, source, null, new InvalidInputException(entry.agreement().id(),
                        e.problems().stream().map(entry::inFile).toList()));
            }
        });
        return run(Stream.concat(refused, evaluable), out);
    }

    private Summary run(Stream<Item> items, PrintStream out) {
        // the items read and not written yet, in order: requests are pulled (on this thread) a bounded
        // number ahead of the outcomes, and a refused item is written when the outcomes before it are
        Queue<Item> pending = new ConcurrentLinkedQueue<>();
        Stream<EvaluationRequest> requests = items
                .<EvaluationRequest>mapMulti((item, downstream) -> {
                    pending.add(item);
                    if (item.read() != null) {
                        downstream.accept(item.read().request());
                    }
                });
        long[] counts = new long[3];
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests, options)) {
            Iterator<EvaluationOutcome> iterator = outcomes.iterator();
            while (iterator.hasNext()) {
                EvaluationOutcome outcome = iterator.next();
                writeRefused(pending, out, counts);
                Item item = pending.poll();
                assert item != null && item.read() != null : "SLA Rules: an outcome without its request line";
                out.println(outcomeLine(item, outcome, counts));
                progress.update(counts[0], counts[1] + counts[2]);
            }
        }
        writeRefused(pending, out, counts);
        progress.done(counts[0], counts[1] + counts[2]);
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private void writeRefused(Queue<Item> pending, PrintStream out, long[] counts) {
        while (!pending.isEmpty() && pending.peek().read() == null) {
            Item item = pending.poll();
            counts[1]++;
            out.println(write(line(item, item.refused().agreementId().orElse(null), "INVALID")
                    .set("problems", problems(item.refused().problems()))));
            progress.update(counts[0], counts[1] + counts[2]);
        }
    }

    private String outcomeLine(Item item, EvaluationOutcome outcome, long[] counts) {
        if (outcome.evaluation().isPresent()) {
            counts[0]++;
            ObjectNode line = line(item, outcome.agreementId(), "EVALUATED");
            try {
                line.set("evaluation", JSON.readTree(EvaluationJson.write(outcome.evaluation().get())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("SLA Rules: EvaluationJson wrote what Jackson cannot read", e);
            }
            return write(line);
        }
        SlaException failure = outcome.failure().orElseThrow();
        if (failure instanceof InvalidInputException invalid) {
            counts[1]++;
            RequestLine.Read read = item.read();
            // the period is the line's: the files are named as the readers name them
            List<Problem> named = invalid.problems().stream().map(p -> p.source().equals("period")
                    ? Problem.at(item.source(), "period", p.message())
                    : Evaluator.inFile(p, read.agreementFile(), read.timelineFile(), read.historyFile().orElse(null)))
                    .toList();
            return write(line(item, outcome.agreementId(), "INVALID").set("problems", problems(named)));
        }
        counts[2]++;
        ObjectNode line = line(item, outcome.agreementId(), "FAILED");
        if (failure instanceof EvaluationFailedException failed) {
            line.put("rule", failed.rule()).put("rulePack", failed.rulePack());
        }
        return write(line.put("message", failure.getMessage()));
    }

    private static ObjectNode line(Item item, String agreement, String status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("line", item.line());
        node.put("source", item.source());
        node.put("agreement", agreement);
        node.put("status", status);
        return node;
    }

    private static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = JSON.createArrayNode();
        problems.forEach(p -> array.addObject().put("source", p.source()).put("path", p.path()).put("message", p.message()));
        return array;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA Rules: a JSON tree that cannot be written", e);
        }
    }

    /** The non-blank lines, each read into its requests (several for a service-based agreement's subscribers). */
    private static Stream<Item> items(BufferedReader lines, String sourceName, RequestLine reader) {
        int[] number = {0};
        return lines.lines().<Item>mapMulti((text, downstream) -> {
            number[0]++;
            if (text.isBlank()) {
                return;
            }
            String source = sourceName + ":" + number[0];
            try {
                for (RequestLine.Read read : reader.read(text, source)) {
                    downstream.accept(new Item(number[0], source, read, null));
                }
            } catch (InvalidInputException e) {
                downstream.accept(new Item(number[0], source, null, e));
            }
        }).onClose(() -> {
            try {
                lines.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
