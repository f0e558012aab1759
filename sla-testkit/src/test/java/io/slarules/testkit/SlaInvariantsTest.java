package io.slarules.testkit;

import io.slarules.BatchOptions;
import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.SlaInvariants.Invariant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static io.slarules.testkit.SlaAssertions.assertThatThrownBy;
import static io.slarules.testkit.SlaAssertions.catchThrowableOfType;

class SlaInvariantsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final Agreement AGREEMENT = NorthwindExample.AGREEMENT;
    private static final Timeline TIMELINE = NorthwindExample.TIMELINE;
    private static final DateRange PERIOD = Fixtures.period("2026-03-01", "2026-05-01");

    @Test
    void theDefaultRulesKeepEveryInvariantAndTheCheckingEngineGivesTheirEvaluation() {
        Evaluation checked = SlaInvariants.checking(ENGINE).evaluate(AGREEMENT, PERIOD, TIMELINE);

        assertThat(checked).isEqualTo(ENGINE.evaluate(AGREEMENT, PERIOD, TIMELINE));
        assertThat(SlaInvariants.checking(SlaInvariants.checking(ENGINE)).toString())
                .isEqualTo("SlaInvariants.checking(" + ENGINE + ")");
    }

    @Test
    void aShareOfSomeoneWhoIsNoPartyBreaksTheSharesInvariant() {
        SlaEngine engine = altered(e -> {
            DelayAttribution a = e.attributions().get(0);
            DelayAttribution ghost = DelayAttribution.of(a.subject(), a.owner(), a.due(), a.fulfilled(),
                    a.measuredTo(),
                    List.of(Segment.of(Responsible.party("ghost"), a.total(), Cause.BLOCKED, a.subject(),
                            Optional.empty(), Optional.empty(), "", List.of(), List.of())));
            List<DelayAttribution> attributions = new ArrayList<>(e.attributions());
            attributions.set(0, ghost);
            return Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                    .attributions(attributions).penalties(e.penalties()).explanation(e.explain()).build();
        });

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.SHARES_ADD_UP);
        assertThat(v.violations()).singleElement().asString()
                .isEqualTo("attribution of SPEC-1 (SPEC-1: 21 days late, shares ghost 21 days): a share of ghost,"
                        + " who is no party of the agreement");
    }

    @Test
    void aDecisionGivenTwiceBreaksTheUniqueIdsInvariant() {
        SlaEngine engine = altered(e -> Evaluation.builder().agreementId(e.agreementId()).period(e.period())
                .asOf(e.asOf()).attributions(e.attributions()).penalties(List.of(e.penalties().get(0), e.penalties()
                .get(0))).explanation(e.explain()).build());

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.UNIQUE_DECISION_IDS);
        assertThat(v).hasMessageStartingWith("SLA invariant violated: decision ids are unique within an evaluation\n"
                + "in the evaluation of NW-CB-2026 for 2026-03-01..2026-05-01:\n  - id PD-");
    }

    @Test
    void aChargeGivenTwiceForOneClauseAndSubjectBreaksTheOneDecisionEachInvariant() {
        // what a pack that adds a pricing rule without replacing the default one would give, if the
        // engine let it through: two decisions under clause 12.1 for DELIVERY-1
        Evaluation e = ENGINE.evaluate(AGREEMENT, PERIOD, TIMELINE);
        Evaluation twice = Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                .attributions(e.attributions()).penalties(List.of(e.penalties().get(0), e.penalties().get(0)))
                .explanation(e.explain()).build();

        InvariantViolation v = catchThrowableOfType(InvariantViolation.class, () -> SlaInvariants.oneDecisionEach(twice));

        assertThat(v.invariant()).isEqualTo(Invariant.ONE_DECISION_EACH);
        assertThat(v.violations()).singleElement().asString()
                .startsWith("a second decision under clause 12.1 for DELIVERY-1 from northwind to client-b");
        SlaInvariants.oneDecisionEach(e);
    }

    @Test
    void anEngineThatAnswersDifferentlyTheSecondTimeBreaksTheReRunInvariant() {
        AtomicInteger calls = new AtomicInteger();
        SlaEngine engine = altered(e -> Evaluation.builder().agreementId(e.agreementId()).period(e.period())
                .asOf(e.asOf()).attributions(e.attributions()).penalties(e.penalties())
                .explanation(e.explain() + "run " + calls.incrementAndGet()).build());

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.SAME_ON_RE_RUN);
        assertThat(v.violations()).singleElement().asString().startsWith("the re-run explains differently");
    }

    @Test
    void anEngineThatAnswersDifferentlyForReorderedEventsBreaksTheOrderInvariant() {
        AtomicInteger calls = new AtomicInteger();
        SlaEngine engine = altered(e -> calls.incrementAndGet() == 1 ? e
                : Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                        .attributions(e.attributions()).penalties(List.of()).explanation(e.explain()).build());
        Evaluation first = engine.evaluate(AGREEMENT, PERIOD, TIMELINE);

        InvariantViolation v = catchThrowableOfType(InvariantViolation.class,
                () -> SlaInvariants.independentOfEventOrder(
                engine, AGREEMENT, PERIOD, TIMELINE, first, SlaInvariants.shuffledWithDuplicates(TIMELINE, 42)));

        assertThat(v.invariant()).isEqualTo(Invariant.INDEPENDENT_OF_EVENT_ORDER);
        assertThat(v.violations()).singleElement().asString()
                .startsWith("the timeline with its events in the order [").contains("decides differently");
    }

    @Test
    void aBatchIsCheckedOutcomeByOutcome() {
        SlaEngine engine = altered(e -> Evaluation.builder().agreementId(e.agreementId()).period(e.period())
                .asOf(e.asOf()).attributions(e.attributions()).penalties(List.of(e.penalties().get(0), e.penalties()
                .get(0))).explanation(e.explain()).build());
        Stream<EvaluationOutcome> outcomes = SlaInvariants.checking(engine)
                .evaluateAll(Stream.of(EvaluationRequest.of(AGREEMENT, PERIOD, TIMELINE)), BatchOptions.defaults());

        assertThatThrownBy(outcomes::toList).isInstanceOf(InvariantViolation.class);
        assertThat(SlaInvariants.checking(ENGINE).evaluateAll(Stream.of(EvaluationRequest.of(AGREEMENT, PERIOD,
                TIMELINE)),
                BatchOptions.defaults().withParallelism(1)).toList()).singleElement()
                .satisfies(o -> assertThat(o.isEvaluated()).isTrue());
    }

    private static InvariantViolation violation(SlaEngine engine) {
        return catchThrowableOfType(InvariantViolation.class,
                () -> SlaInvariants.checking(engine).evaluate(AGREEMENT, PERIOD, TIMELINE));
    }

    private static SlaEngine altered(UnaryOperator<Evaluation> change) {
        return new SlaEngine() {
            @Override
            public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
                return change.apply(ENGINE.evaluate(agreement, period, timeline, history));
            }

            @Override
            public Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options) {
                return requests.map(r -> EvaluationOutcome.evaluated(r, evaluate(r.agreement(), r.period(),
                        r.timeline())));
            }
        };
    }
}
