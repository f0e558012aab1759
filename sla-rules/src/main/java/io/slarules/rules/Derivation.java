package io.slarules.rules;

import io.slarules.DelayAttribution;
import io.slarules.rules.facts.CappedCharge;
import io.slarules.rules.facts.TerminationRight;

import java.util.List;
import java.util.Map;

/**
 * What a session concluded, taken out of it before it is disposed. Unordered: {@link Results}
 * orders everything, so nothing depends on the order Drools fired in.
 */
record Derivation(List<DelayAttribution> attributions, List<CappedCharge> charges,
                  List<TerminationRight> terminationRights, Map<String, Integer> firings) {
}
