package io.slarules.rules.internal.engine;

import org.kie.api.KieBase;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A composed rule base: the KieBase sessions are made from, which pack each rule came from, and the
 * concurrent-delay policies its rules implement.
 *
 * @param kieBase      the rules, replaced ones removed
 * @param packOfRule   each rule's pack id, by rule name ({@code default} for the library's own)
 * @param policies     the concurrent-delay policies an agreement may name
 * @param packs        the ids and versions of the packs, in order, for logs
 */
public record RuleBase(KieBase kieBase, Map<String, String> packOfRule, Set<String> policies, List<String> packs) {

    public RuleBase {
        packOfRule = Map.copyOf(packOfRule);
        policies = Set.copyOf(policies);
        packs = List.copyOf(packs);
    }

    /** The pack a rule came from, or an empty string when the name is no rule's. */
    String packOf(String rule) {
        return packOfRule.getOrDefault(rule, "");
    }
}
