package io.slarules.rules.internal.engine;

import java.util.List;

/**
 * The phases of the rule base, in the order they run. Each is a Drools agenda group; every phase
 * runs to the end before the next starts, so the order is explicit rather than salience.
 */
public enum Phase {
    /** Decisions about the facts themselves, before anyone is held responsible (maintenance announced in time). */
    FACTS("facts"),
    ATTRIBUTE("attribute"),
    CONCURRENT("concurrent"),
    PROPAGATE("propagate"),
    MEASURE("measure"),
    ASSESS("assess"),
    PENALISE("penalise"),
    CAP("cap"),
    /** Warnings of a monitor watching live; runs only in a monitor's sessions, after {@link #MEASURE}. */
    WARN("warn");

    /** The phases of an evaluation. */
    static final List<Phase> IN_ORDER = List.of(FACTS, ATTRIBUTE, CONCURRENT, PROPAGATE, MEASURE, ASSESS,
            PENALISE, CAP);

    /**
     * The phases of a monitor's session: who lost the time, who answers for an instant several causes cover (so a
     * pack's precedence for overlapping downtime warns as it evaluates), what was measured, what to warn of.
     */
    public static final List<Phase> WATCH = List.of(FACTS, ATTRIBUTE, CONCURRENT, MEASURE, WARN);

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    String agendaGroup() {
        return agendaGroup;
    }

    /** The phase whose agenda group has this name. */
    static java.util.Optional<Phase> ofAgendaGroup(String name) {
        return java.util.Arrays.stream(values()).filter(p -> p.agendaGroup.equals(name)).findFirst();
    }
}
