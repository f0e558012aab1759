package io.slarules.rules.facts;

import java.util.Objects;

/**
 * Whether a window of an objective was met, as a rule of the {@code measure} phase decided from its
 * {@link Measurement}. The assess rules that depend on met or breached (repeat offence, bonus, earn-back,
 * deductions per reading) match on it, the objective's result and the history record it: a pack that replaces
 * the default rule by name ({@code "measure: window met when its figure reaches the target"}) changes all of
 * them. One per window.
 *
 * @param measurement what the window achieved
 * @param met         whether the window is met
 * @param rule        the rule that decided it
 */
public record WindowVerdict(Measurement measurement, boolean met, String rule) {

    /**
     * Validates the fields.
     *
     * @param measurement what the window achieved
     * @param met whether the window is met
     * @param rule the rule that decided it
     */
    public WindowVerdict {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * {@return the window judged}
     */
    public ObjectiveWindow window() {
        return measurement.window();
    }

    /**
     * The measurement as judged: the verdict in place of whether the figure reaches the target, and this rule
     * cited after the measuring ones when it judged otherwise (a verdict that agrees with the figure changed
     * nothing, so the decisions resting on it cite what they always cited).
     *
     * @return the measurement the assess rules and the results read
     */
    public Measurement judged() {
        if (met == measurement.met()) {
            return measurement;
        }
        Measurement m = measurement.citing(rule);
        return new Measurement(m.window(), m.achieved(), m.target(), met, m.levels(), m.lostTime(), m.shortfall(),
                m.shortfallBy(), m.cases(), m.notes(), m.rules());
    }
}
