package io.slarules.rules.internal.deadlines;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.timeline.ExchangeRate;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.internal.engine.Explainer;
import io.slarules.rules.internal.facts.CappedCharge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The amount of a penalty decision in the currency its clause pays in: the capped amount as it is when that is the
 * agreement's currency; else converted at the rate the clause agrees (or the timeline publishes) for the day the
 * obligation was settled, rounded once, with the line that says how.
 */
final class Conversion {

    private final Agreement agreement;
    /** The timeline's rates of exchange, for clauses paid in another currency that agree none of their own. */
    private final List<ExchangeRate> publishedRates;

    Conversion(Agreement agreement, List<ExchangeRate> publishedRates) {
        this.agreement = agreement;
        this.publishedRates = List.copyOf(publishedRates);
    }

    /** The amount a decision is paid, and the explanation's line on its conversion (empty when there is none). */
    record Converted(Money amount, String line) {
    }

    Converted of(CappedCharge capped) {
        DelayAssessment assessment = capped.charge().assessment();
        LiquidatedDamages clause = assessment.clause();
        Money amount = capped.amount();
        String conversion = "";
        if (clause.payIn().isPresent()) {
            ExchangeRate rate = rateFor(clause, assessment.obligation());
            // the capped amount is whole cents of the price's currency only when the cap cut it; else the exact price
            Money exact = capped.capped() ? capped.amount() : capped.charge().priced();
            Money converted = rate.convert(exact);
            amount = converted.rounded(agreement.moneyRounding());
            boolean agreed = clause.exchangeRates().contains(rate);
            conversion = "Paid in " + rate.to() + " at " + rate.from() + "->" + rate.to() + " "
                    + rate.rate().toPlainString() + " (" + (agreed ? "the clause's rate" : "the timeline's rate "
                    + rate.id()) + " of " + rate.date() + ", the latest on or before "
                    + settlementDay(assessment.obligation()) + "): " + Explainer.money(exact) + " x "
                    + rate.rate().toPlainString() + " = " + Explainer.money(converted) + ", rounded once, "
                    + agreement.moneyRounding() + ", to " + Explainer.money(amount) + ".";
        }
        return new Converted(amount, conversion);
    }

    /**
     * The rate a decision of a clause paid in another currency is converted at: the latest rate dated on or before
     * the day its obligation was settled, of the clause's own rates for the pair when it agrees any (the contract
     * fixed them), else of the timeline's. None is refused as invalid input naming the clause.
     */
    private ExchangeRate rateFor(LiquidatedDamages clause, ObligationState state) {
        LocalDate day = settlementDay(state);
        java.util.Currency to = clause.payIn().orElseThrow();
        boolean agreesRates = clause.exchangeRates().stream()
                .anyMatch(r -> r.from().equals(agreement.currency()) && r.to().equals(to));
        List<ExchangeRate> rates = agreesRates ? clause.exchangeRates() : publishedRates;
        return ExchangeRate.applying(rates, agreement.currency(), to, day).orElseThrow(() -> new InvalidInputException(agreement.id(),
                        List.of(Problem.at("agreement", "penalties[" + agreement.penalties().indexOf(clause) + "].payIn",
                                "clause " + clause.id() + " pays in " + clause.payIn().get() + ", but no rate "
                                        + agreement.currency() + "->" + clause.payIn().get() + " applies on " + day
                                        + " (when " + state.id() + " was settled); give one dated on or before it"
                                        + (agreesRates ? " in the clause's exchangeRates"
                                                : " in the clause's or the timeline's exchangeRates")))));
    }

    /** The day, in the agreement's zone, an obligation was fulfilled: a fulfilment at the end of a day is that day's. */
    private LocalDate settlementDay(ObligationState state) {
        Instant at = state.fulfilled().orElseThrow(() -> new IllegalStateException(
                "SLA Rules: a decision is only made for a settled obligation"));
        return LocalDate.ofInstant(at.minusNanos(1), agreement.zone());
    }
}
