package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the rules of one session concluded, one fact per key: two rules concluding the same thing
 * (two charges for one clause and obligation, two credits for one clause, window and subject) is a
 * fault of the rule base, typically a pack that adds a rule without replacing the default one. It
 * fails the evaluation naming both rules and their packs, never a silent pick by whichever fact
 * came last.
 */
public final class UniqueConclusions {

    private final String agreementId;
    private final Function<String, String> packOf;

    UniqueConclusions(String agreementId, Function<String, String> packOf) {
        this.agreementId = agreementId;
        this.packOf = packOf;
    }

    /**
     * The facts by key.
     *
     * @param what  what each fact concludes, for the message: "price the delay under clause 12.1 of DELIVERY-1"
     * @return the facts by key, unordered
     * @throws EvaluationFailedException when two facts share a key, for the first such key in key order
     */
    public <T> Map<String, T> byKey(Collection<T> facts, Function<T, String> key, Function<T, String> rule,
                             Function<T, String> what) {
        // on every evaluation's path: a plain hash map, the ordered one only to report a clash
        Map<String, T> unique = new HashMap<>(Math.max(4, facts.size() * 2));
        Map<String, List<T>> clashes = null;
        for (T fact : facts) {
            String k = key.apply(fact);
            T earlier = unique.putIfAbsent(k, fact);
            if (earlier != null) {
                if (clashes == null) {
                    clashes = new TreeMap<>();
                }
                clashes.computeIfAbsent(k, x -> new ArrayList<>(List.of(earlier))).add(fact);
            }
        }
        if (clashes != null) {
            List<T> clash = clashes.values().iterator().next();
            List<String> rules = clash.stream().map(rule).sorted((a, b) -> {
                // a pack's rule first: it is more likely the newcomer that forgot to replace
                boolean aDefault = EvaluationFailedException.DEFAULT_RULES.equals(packOf.apply(a));
                boolean bDefault = EvaluationFailedException.DEFAULT_RULES.equals(packOf.apply(b));
                return aDefault == bDefault ? a.compareTo(b) : aDefault ? 1 : -1;
            }).toList();
            List<String> named = rules.stream().map(r -> "\"" + r + "\" (" + pack(r) + ")").toList();
            String first = rules.get(0);
            throw new EvaluationFailedException(agreementId, first, packOf.apply(first), "rules "
                    + String.join(" and ", named) + " each " + what.apply(clash.get(0))
                    + "; one decision has one deciding rule: a rule pack that changes it replaces the default rule"
                    + " (RulePack.Builder.replaces)", null);
        }
        return unique;
    }

    private String pack(String rule) {
        String pack = packOf.apply(rule);
        return pack.isEmpty() ? "no known pack" : EvaluationFailedException.DEFAULT_RULES.equals(pack) ? "the default rules"
                : "rule pack " + pack;
    }
}
