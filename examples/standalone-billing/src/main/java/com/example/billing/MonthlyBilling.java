package com.example.billing;

import io.slarules.BatchOptions;
import io.slarules.Decision;
import io.slarules.DecisionKind;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import io.slarules.model.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A billing system's monthly run as a company writes it against SLA Rules, outside the SLA Rules
 * build: requests in, one invoice line per decision out. Penalties and service credits are one
 * loop over {@code Evaluation.decisions()}; a line is booked once by its decision id.
 */
public final class MonthlyBilling {

    /**
     * One line of an invoice.
     *
     * @param decisionId the decision it books: the same decision always has this id
     * @param kind       a penalty or a kind of credit
     * @param debtor     the party that owes
     * @param creditor   the party owed
     * @param amount     rounded to the currency's minor unit by the engine
     * @param clause     the clause of the agreement the decision rests on
     */
    public record InvoiceLine(String decisionId, DecisionKind kind, String debtor, String creditor, Money amount,
                              String clause) {
    }

    private final SlaEngine engine;

    /** A run on an engine built once and shared by every month. */
    public MonthlyBilling(SlaEngine engine) {
        this.engine = engine;
    }

    /**
     * The invoice lines of the requests, in the order of the requests and of each evaluation's
     * decisions.
     *
     * @throws io.slarules.SlaException the first request that could not be evaluated: nothing is
     *                                  half-billed
     */
    public List<InvoiceLine> bill(List<EvaluationRequest> requests) {
        List<InvoiceLine> lines = new ArrayList<>();
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests.stream(), BatchOptions.defaults())) {
            outcomes.forEach(outcome -> {
                for (Decision d : outcome.evaluationOrThrow().decisions()) {
                    lines.add(new InvoiceLine(d.id(), d.kind(), d.debtor(), d.creditor(), d.amount(), d.clause()));
                }
            });
        }
        return lines;
    }
}
