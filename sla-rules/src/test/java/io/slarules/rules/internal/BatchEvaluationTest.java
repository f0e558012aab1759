package io.slarules.rules.internal;

import io.slarules.BatchOptions;
import io.slarules.BatchOptions.OnFailure;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.BatchRun;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.DroolsSlaEngineFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SlaEngine#evaluateAll}: order, equality with one-by-one evaluation, failures, memory, threads, sessions. */
class BatchEvaluationTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final DateRange APRIL = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    private static final BatchOptions CONTINUE = BatchOptions.defaults().withOnFailure(OnFailure.CONTINUE);

    /**
     * Example A of the worked examples under agreement {@code NW-<i>}, with dates that vary with
     * {@code i}: SPEC-1 (Client B, due 03-02) done 0-19 days late, DELIVERY-1 (Northwind, due 03-30)
     * done 04-01 to 04-28, every third one blocked by Client B for two days.
     */
    static EvaluationRequest request(int i) {
        Agreement agreement = Agreement.builder(String.format("NW-%04d", i))
                .zone(Northwind.ZONE)
                .currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1)))
                .parties(Party.of(NORTHWIND, "Northwind IT", PartyRole.PROVIDER),
                        Party.of(CLIENT_B, "Client B", PartyRole.CUSTOMER))
                .obligations(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(delayDamages("DELIVERY-1"))
                .build();
        List<io.slarules.model.timeline.TimelineEvent> events = new ArrayList<>(List.of(
                Fulfilment.of("F-1", "SPEC-1", endOf(3, 2 + i % 20)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 1 + i % 28))));
        if (i % 3 == 0) {
            events.add(BlockedInterval.of("B-1", "DELIVERY-1", days(3, 24, 3, 26), CLIENT_B, "no test environment"));
        }
        return EvaluationRequest.of(agreement, APRIL, Timeline.of(events));
    }

    /** A request whose timeline fulfils an obligation the agreement does not have. */
    static EvaluationRequest invalid(int i) {
        EvaluationRequest valid = request(i);
        return EvaluationRequest.of(valid.agreement(), valid.period(),
                valid.timeline().plus(Fulfilment.of("F-9", "NO-SUCH", endOf(3, 1))));
    }

    static Stream<EvaluationRequest> requests(int count) {
        return IntStream.range(0, count).mapToObj(BatchEvaluationTest::request);
    }

    /** The sessions of the default rules not given back to their pool: every one but the idle ones is disposed. */
    static int sessionsNeitherIdleNorDisposed() {
        return DroolsSlaEngineFactory.defaultKieBase().getKieSessions().size() - ((DroolsSlaEngine) ENGINE).idleSessions();
    }

    @AfterEach
    void everySessionIsGivenBackOrDisposedAndEveryThreadStopped() {
        assertThat(sessionsNeitherIdleNorDisposed()).isZero();
        assertThat(batchThreads()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void outcomesComeInInputOrderAndEqualTheEvaluationsOneByOne(int parallelism) {
        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> stream = ENGINE.evaluateAll(requests(300),
                BatchOptions.defaults().withParallelism(parallelism))) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).hasSize(300);
        for (int i = 0; i < 300; i++) {
            EvaluationRequest request = request(i);
            Evaluation expected = ENGINE.evaluate(request.agreement(), request.period(), request.timeline());
            EvaluationOutcome outcome = outcomes.get(i);
            assertThat(outcome.request()).isEqualTo(request);
            assertThat(outcome.agreementId()).isEqualTo(String.format("NW-%04d", i));
            assertThat(outcome.failure()).isEmpty();
            assertThat(outcome.evaluation()).contains(expected);
            assertThat(outcome.evaluation().orElseThrow().explain()).isEqualTo(expected.explain());
        }
        // the batch is not trivial: decisions, with ids derived from content
        assertThat(outcomes).flatMap(o -> o.evaluation().orElseThrow().penalties()).hasSizeGreaterThan(100);
    }

    @Test
    void theDefaultsUseEveryProcessorAndStopAtTheFirstFailure() {
        assertThat(BatchOptions.defaults().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(BatchOptions.defaults().onFailure()).isEqualTo(OnFailure.STOP);

        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(requests(40))) {
            assertThat(outcomes.map(EvaluationOutcome::agreementId))
                    .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> String.format("NW-%04d", i)).toList());
        }
    }

    @Test
    void withContinueEachFailureIsReportedWithItsAgreementAndTheRunGoesOn() {
        // a firing limit of 6 fits example A (3 propagate, 1 assess, 1 penalise, 1 cap) but not with a block (+1)
        SlaEngine tight = SlaEngine.builder().maxRuleFirings(6).build();
        List<EvaluationRequest> requests = IntStream.range(0, 120)
                .mapToObj(i -> i % 10 == 7 ? invalid(i) : request(i)).toList();

        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> stream = tight.evaluateAll(requests.stream(), CONTINUE.withParallelism(2))) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).extracting(EvaluationOutcome::request).containsExactlyElementsOf(requests);
        int invalid = 0;
        int failed = 0;
        for (EvaluationOutcome outcome : outcomes) {
            EvaluationRequest r = outcome.request();
            SlaException expected = thrownBy(() -> tight.evaluate(r.agreement(), r.period(), r.timeline()));
            if (expected == null) {
                assertThat(outcome.isEvaluated()).isTrue();
                assertThat(outcome.evaluation()).contains(tight.evaluate(r.agreement(), r.period(), r.timeline()));
            } else {
                assertThat(outcome.isEvaluated()).isFalse();
                assertThat(outcome.evaluation()).isEmpty();
                SlaException failure = outcome.failure().orElseThrow();
                assertThat(failure).hasSameClassAs(expected).hasMessage(expected.getMessage());
                if (failure instanceof InvalidInputException e) {
                    assertThat(e.agreementId()).contains(r.agreementId());
                    invalid++;
                } else {
                    assertThat(((EvaluationFailedException) failure).agreementId()).isEqualTo(r.agreementId());
                    failed++;
                }
            }
        }
        assertThat(invalid).isEqualTo(12);
        assertThat(failed).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void withStopTheFirstFailureInInputOrderIsThrownAfterTheOutcomesBeforeIt(int parallelism) {
        // request 45 is the first invalid one; later ones fail too, and may fail first on another thread
        Stream<EvaluationRequest> requests = IntStream.range(0, 200)
                .mapToObj(i -> i == 45 || i == 46 || i == 120 ? invalid(i) : request(i));
        EvaluationRequest first = invalid(45);
        InvalidInputException expected = (InvalidInputException) thrownBy(
                () -> ENGINE.evaluate(first.agreement(), first.period(), first.timeline()));

        List<String> delivered = new ArrayList<>();
        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(requests,
                BatchOptions.defaults().withParallelism(parallelism))) {
            Iterator<EvaluationOutcome> it = outcomes.iterator();
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    delivered.add(it.next().agreementId());
                }
            }).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.agreementId()).contains("NW-0045");
                assertThat(e.problems()).isEqualTo(expected.problems());
                assertThat(e).hasMessage(expected.getMessage());
            });
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(delivered).containsExactlyElementsOf(
                IntStream.range(0, 45).mapToObj(i -> String.format("NW-%04d", i)).toList());
    }

    @Test
    void aFailingRunDisposesEverySessionToo() {
        SlaEngine tight = SlaEngine.builder().maxRuleFirings(1).build();
        // the default rules' pool is shared by every engine over them: emptied, it shows what the failures give back
        ((DroolsSlaEngine) tight).disposeIdleSessions();

        try (Stream<EvaluationOutcome> outcomes = tight.evaluateAll(requests(100))) {
            assertThatThrownBy(outcomes::toList).isInstanceOf(EvaluationFailedException.class);
        }
        try (Stream<EvaluationOutcome> outcomes = tight.evaluateAll(requests(100), CONTINUE)) {
            assertThat(outcomes.filter(o -> !o.isEvaluated()).count()).isEqualTo(100);
        }

        // every session failed, none is given back
        assertThat(DroolsSlaEngineFactory.defaultKieBase().getKieSessions()).isEmpty();
        assertThat(((DroolsSlaEngine) tight).idleSessions()).isZero();
    }

    @Test
    void aSlowConsumerHoldsBackTheProducerAndNothingBuffersTheInput() {
        // an endless input: only the window ahead of the consumer is ever pulled from it
        AtomicInteger pulled = new AtomicInteger();
        Stream<EvaluationRequest> endless = Stream.iterate(0, i -> i + 1)
                .peek(i -> pulled.incrementAndGet())
                .map(BatchEvaluationTest::request);
        int parallelism = 2;

        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(endless,
                BatchOptions.defaults().withParallelism(parallelism))) {
            assertThat(pulled).as("nothing is pulled before the terminal operation").hasValue(0);
            Iterator<EvaluationOutcome> it = outcomes.iterator();
            for (int i = 0; i < 500; i++) {
                assertThat(it.next().agreementId()).isEqualTo(String.format("NW-%04d", i));
                // the outcome consumed, the window in flight, and the chunk being read
                assertThat(pulled.get() - i).isLessThanOrEqualTo((2 * parallelism + 1) * BatchRun.CHUNK);
            }
        }
    }

    @Test
    void closingTheOutcomesStopsTheThreadsAndClosesTheRequests() {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<EvaluationRequest> requests = requests(1_000).onClose(() -> closed.set(true));

        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(requests, BatchOptions.defaults().withParallelism(3))) {
            assertThat(outcomes.limit(10).count()).isEqualTo(10);
            assertThat(liveBatchThreads()).isNotEmpty();
        }

        assertThat(closed).isTrue();
        assertThat(batchThreads()).isEmpty();
    }

    @Test
    void aFailingInputStopsTheRunAndItsThreadsWithoutAClose() {
        Stream<EvaluationRequest> failing = IntStream.range(0, 500).mapToObj(i -> {
            if (i == 300) {
                throw new IllegalStateException("the database went away");
            }
            return request(i);
        });
        Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(failing, BatchOptions.defaults().withParallelism(2));

        assertThatThrownBy(outcomes::toList).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        // not closed on purpose: the run stopped its threads and disposed its sessions itself
    }

    @Test
    void withParallelismOneEverythingRunsOnTheConsumingThread() {
        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(requests(50),
                BatchOptions.defaults().withParallelism(1))) {
            assertThat(outcomes.peek(o -> assertThat(batchThreads()).isEmpty()).count()).isEqualTo(50);
        }
    }

    @Test
    void anUnexpectedExceptionIsReportedAsAFailedEvaluationOfItsAgreementWhenTheRunGoesOn() {
        List<EvaluationRequest> chunk = List.of(request(0), request(1), request(2));
        RuntimeException bug = new IllegalStateException("a bug");

        BatchRun.Chunk goesOn = BatchRun.each(chunk, false, r -> {
            if (r.agreementId().equals("NW-0001")) {
                throw bug;
            }
            return ENGINE.evaluate(r.agreement(), r.period(), r.timeline());
        });
        BatchRun.Chunk stops = BatchRun.each(chunk, true, r -> {
            throw bug;
        });

        assertThat(goesOn.outcomes()).extracting(EvaluationOutcome::isEvaluated).containsExactly(true, false, true);
        assertThat(goesOn.outcomes().get(1).failure().orElseThrow())
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("NW-0001");
                    assertThat(e).hasCause(bug);
                });
        assertThat(goesOn.stoppedBy()).isNull();
        assertThat(stops.outcomes()).isEmpty();
        assertThat(stops.stoppedBy()).isSameAs(bug);
    }

    private final List<PenaltyDecision> booked = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    /** The README's "Batch evaluation" example, word for word, around stand-ins for a billing system. */
    @Test
    void theReadmeExampleBooksEveryDecisionAndRejectsEveryFailure() {
        SlaEngine engine = ENGINE;
        List<Agreement> agreements = IntStream.range(0, 30).mapToObj(i -> request(i).agreement()).toList();

        Stream<EvaluationRequest> requests = agreements.stream()
                .map(agreement -> EvaluationRequest.of(agreement, YearMonth.of(2026, 4), timelineOf(agreement)));
        BatchOptions options = BatchOptions.defaults().withOnFailure(BatchOptions.OnFailure.CONTINUE);
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests, options)) {
            outcomes.forEach(outcome -> outcome.evaluation().ifPresentOrElse(
                    evaluation -> book(evaluation.penalties()),
                    () -> reject(outcome.agreementId(), outcome.failure().orElseThrow())));
        }

        assertThat(rejected).containsExactly("NW-0007");
        assertThat(booked).isNotEmpty().extracting(PenaltyDecision::id).doesNotHaveDuplicates();
    }

    private Timeline timelineOf(Agreement agreement) {
        int i = Integer.parseInt(agreement.id().substring(3));
        return i == 7 ? invalid(i).timeline() : request(i).timeline();
    }

    private void book(List<PenaltyDecision> penalties) {
        booked.addAll(penalties);
    }

    private void reject(String agreementId, SlaException failure) {
        assertThat(failure).isInstanceOf(InvalidInputException.class);
        rejected.add(agreementId);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> BatchOptions.defaults().withParallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> BatchOptions.defaults().withOnFailure(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ENGINE.evaluateAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ENGINE.evaluateAll(Stream.of(request(0)), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EvaluationRequest.of(null, APRIL, Timeline.empty()))
                .isInstanceOf(NullPointerException.class);
        try (Stream<EvaluationOutcome> outcomes = ENGINE.evaluateAll(Stream.of(request(0), null))) {
            assertThatThrownBy(outcomes::toList).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("null");
        }
    }

    @Test
    void optionsAndOutcomesAreValues() {
        BatchOptions options = BatchOptions.defaults().withParallelism(3).withOnFailure(OnFailure.CONTINUE);
        assertThat(options).isEqualTo(BatchOptions.defaults().withOnFailure(OnFailure.CONTINUE).withParallelism(3))
                .hasSameHashCodeAs(BatchOptions.defaults().withOnFailure(OnFailure.CONTINUE).withParallelism(3));
        assertThat(options.toString()).contains("parallelism=3", "CONTINUE");

        EvaluationRequest request = request(4);
        Evaluation evaluation = ENGINE.evaluate(request.agreement(), request.period(), request.timeline());
        assertThat(EvaluationOutcome.evaluated(request, evaluation))
                .isEqualTo(EvaluationOutcome.evaluated(request(4), evaluation));
        assertThatThrownBy(() -> EvaluationOutcome.failed(request, null)).isInstanceOf(NullPointerException.class);
        assertThat(EvaluationOutcome.failed(request, new SlaException("boom")).toString()).contains("NW-0004", "boom");
    }

    private static SlaException thrownBy(Runnable evaluation) {
        try {
            evaluation.run();
            return null;
        } catch (SlaException e) {
            return e;
        }
    }

    /** The batch threads still alive, after giving those of a stopped pool a moment to exit. */
    private static List<Thread> batchThreads() {
        List<Thread> threads = liveBatchThreads();
        for (Thread thread : threads) {
            try {
                // a terminated pool's last thread may still be on its way out of its run method; on a
                // loaded machine (it failed once at 2 s while benchmarks ran beside it) that takes a while
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return threads.stream().filter(Thread::isAlive).toList();
    }

    private static List<Thread> liveBatchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("sla-batch-") && t.isAlive()).toList();
    }
}
