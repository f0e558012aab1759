package io.slarules.rules.internal;

import java.util.List;

/**
 * The phases of the rule base, in the order they run. Each is a Drools agenda group; every phase
 * runs to the end before the next starts, so the order is explicit rather than salience.
 */
enum Phase {
    ATTRIBUTE("attribute"),
    CONCURRENT("concurrent"),
    PROPAGATE("propagate"),
    MEASURE("measure"),
    ASSESS("assess"),
    PENALISE("penalise"),
    CAP("cap");

    static final List<Phase> IN_ORDER = List.of(values());

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    String agendaGroup() {
        return agendaGroup;
    }

    /** The phase whose agenda group has this name. */
    static java.util.Optional<Phase> ofAgendaGroup(String name) {
        return IN_ORDER.stream().filter(p -> p.agendaGroup.equals(name)).findFirst();
    }
}
