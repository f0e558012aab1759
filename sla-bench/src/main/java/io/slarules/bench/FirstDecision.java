package io.slarules.bench;

import io.slarules.Evaluation;
import io.slarules.EvaluationRequest;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;

import java.lang.management.ManagementFactory;

/**
 * The cold start: builds an engine, evaluates one agreement of the standard month and prints its
 * first penalty decision, then how long after the JVM's start it was decided. With {@code --baseline}
 * the hand-written baseline decides instead (no engine built): the same JVM, class path and agreement,
 * so its start measures what a process costs before any rule is loaded. {@code cold-start.sh} times
 * the whole process, start to exit, over several runs, alternating the two.
 */
public final class FirstDecision {

    /** An agreement of the standard month with penalties in March. */
    static final int AGREEMENT = 3;

    private FirstDecision() {
    }

    /**
     * Runs it.
     *
     * @param args none for the engine, {@code --baseline} for the baseline
     */
    public static void main(String[] args) {
        boolean baseline = args.length > 0 && args[0].equals("--baseline");
        EvaluationRequest request = Workload.standard(AGREEMENT);
        String first;
        if (baseline) {
            Decisions.Penalty decision = Baseline.evaluate(request).penalties().get(0);
            first = decision.id() + ": " + decision.debtor() + " owes " + decision.creditor() + " "
                    + decision.amount() + " under clause " + decision.clause() + " for " + decision.subject()
                    + " (baseline)";
        } else {
            SlaEngine engine = SlaEngine.builder().build();
            Evaluation evaluation = engine.evaluate(request.agreement(), request.period(), request.timeline(),
                    request.history());
            PenaltyDecision decision = evaluation.penalties().get(0);
            first = decision.explanation().lines().findFirst().orElseThrow();
        }
        long decidedAt = System.currentTimeMillis();
        System.out.println(first);
        long sinceStart = decidedAt - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first decision " + sinceStart + " ms after the JVM started");
    }
}
