package io.slarules.rules.facts;

import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceCredit;

import java.util.Objects;

/**
 * A met window that earns back the credits of an earlier window under a clause's earn-back term, as a rule of
 * the {@code assess} phase decided from the history (by default: the objective was met in every window since the
 * credited one, as many as the term names). The rule that forgives the credits matches on it; a pack replacing
 * the default rule by name ({@code "assess: earn-back when the objective was met in every window since"})
 * decides which windows earn back.
 *
 * @param measurement the met window's measurement, as judged ({@link WindowVerdict#judged()})
 * @param clause      the clause with the earn-back term
 * @param credited    the earlier window whose credits under the clause are forgiven
 * @param rule        the rule that decided it
 */
public record EarnBackEligible(Measurement measurement, ServiceCredit clause, History.WindowRecord credited,
                               String rule) {

    /**
     * Validates the fields.
     *
     * @param measurement the met window's measurement
     * @param clause the clause with the earn-back term
     * @param credited the earlier window whose credits are forgiven
     * @param rule the rule that decided it
     */
    public EarnBackEligible {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(rule, "rule");
    }
}
