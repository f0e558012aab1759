package io.slarules.rules.internal.deadlines;

import io.slarules.DelayAttribution;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;
import io.slarules.rules.internal.facts.TerminationRight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The obligations as the rules saw them, and what a session concluded, taken out of it before it is reset or disposed. Unordered: {@link Results}
 * orders everything, so nothing depends on the order Drools fired in.
 */
public record Derivation(Instant asOf, List<ObligationState> states, List<DelayAttribution> attributions, List<CappedCharge> charges,
                  List<TerminationRight> terminationRights, Map<String, Integer> firings,
                  List<ForceMajeureTerminationRight> forceMajeureTerminations) {
}
