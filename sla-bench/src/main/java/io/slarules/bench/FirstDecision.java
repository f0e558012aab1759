package io.slarules.bench;

import io.slarules.Evaluation;
import io.slarules.EvaluationRequest;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;

import java.lang.management.ManagementFactory;

/**
 * The cold start: builds an engine, evaluates one agreement of the standard month and prints its
 * first penalty decision, then how long after the JVM's start it was decided. {@code cold-start.sh}
 * times the whole process, start to exit, over several runs.
 */
public final class FirstDecision {

    /** An agreement of the standard month with penalties in March. */
    static final int AGREEMENT = 3;

    private FirstDecision() {
    }

    /**
     * Runs it.
     *
     * @param args none
     */
    public static void main(String[] args) {
        SlaEngine engine = SlaEngine.builder().build();
        EvaluationRequest request = Workload.standard(AGREEMENT);
        Evaluation evaluation = engine.evaluate(request.agreement(), request.period(), request.timeline(), request.history());
        PenaltyDecision first = evaluation.penalties().get(0);
        long decidedAt = System.currentTimeMillis();
        System.out.println(first.explanation().lines().findFirst().orElseThrow());
        long sinceStart = decidedAt - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first decision " + sinceStart + " ms after the JVM started");
    }
}
