package io.slarules.rules.internal.engine;

import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What one session concluded, taken out of it before it is reset or disposed: the facts of the kinds a pipeline's results
 * are assembled from, in one pass over the session, each kind checked as the pipeline declares it (most: one fact
 * per key, one deciding rule per decision, see {@link UniqueConclusions}). The one way both pipelines, deadlines and
 * service levels, read a session; what is theirs is the list of kinds.
 */
public final class Conclusions {

    /**
     * A kind of fact a pipeline takes out of a session, and how it is checked.
     *
     * @param <T> the fact's type
     */
    public static final class Kind<T> {

        private final Class<T> type;
        private final Check<T> check;

        private Kind(Class<T> type, Check<T> check) {
            this.type = Objects.requireNonNull(type, "type");
            this.check = check;
        }

        /**
         * {@return a kind taken as the session holds it, unchecked}
         *
         * @param type the facts' type
         * @param <T> the facts' type
         */
        public static <T> Kind<T> taken(Class<T> type) {
            return new Kind<>(type, null);
        }

        /**
         * {@return a kind of which each key is concluded once: two facts with one key fail the evaluation, naming
         * both rules}
         *
         * @param type the facts' type
         * @param key what tells two conclusions apart
         * @param rule the rule that drew a conclusion
         * @param what what a conclusion concludes, for the message
         * @param <T> the facts' type
         */
        public static <T> Kind<T> oneEach(Class<T> type, Function<T, String> key, Function<T, String> rule,
                                          Function<T, String> what) {
            return new Kind<>(type, new Check<>(key, rule, what, null));
        }

        /**
         * {@return a kind checked by the pipeline's own test}
         *
         * @param type the facts' type
         * @param check takes the agreement's id and the facts; throws when they are wrong
         * @param <T> the facts' type
         */
        public static <T> Kind<T> checked(Class<T> type, BiConsumer<String, List<T>> check) {
            return new Kind<>(type, new Check<>(null, null, null, check));
        }
    }

    /** Either one fact per key ({@code key}, {@code rule}, {@code what}) or a test of the pipeline's ({@code test}). */
    private record Check<T>(Function<T, String> key, Function<T, String> rule, Function<T, String> what,
                            BiConsumer<String, List<T>> test) {
    }

    private final Map<Kind<?>, List<Object>> facts;
    private final Map<Kind<?>, Map<String, ?>> keyed;

    private Conclusions(Map<Kind<?>, List<Object>> facts, Map<Kind<?>, Map<String, ?>> keyed) {
        this.facts = facts;
        this.keyed = keyed;
    }

    /**
     * Takes the facts of the kinds out of a session in one pass and checks each kind, in the order given.
     *
     * @param session the session, fired
     * @param unique the engine's check of one conclusion per key, for the session's agreement
     * @param agreementId the agreement evaluated
     * @param kinds the kinds the pipeline reads, in the order they are checked
     * @return what the session concluded
     * @throws io.slarules.EvaluationFailedException when a kind fails its check
     */
    public static Conclusions take(KieSession session, UniqueConclusions unique, String agreementId,
                                   List<Kind<?>> kinds) {
        Map<Kind<?>, List<Object>> facts = new HashMap<>();
        // facts are final records: their class finds their kinds at once; a subclass is looked up once
        Map<Class<?>, List<List<Object>>> byClass = new HashMap<>();
        for (Kind<?> kind : kinds) {
            List<Object> found = new ArrayList<>();
            facts.put(kind, found);
            byClass.computeIfAbsent(kind.type, k -> new ArrayList<>()).add(found);
        }
        for (Object fact : session.getObjects()) {
            List<List<Object>> bins = byClass.get(fact.getClass());
            if (bins == null) {
                bins = new ArrayList<>();
                for (Kind<?> kind : kinds) {
                    if (kind.type.isInstance(fact)) {
                        bins.add(facts.get(kind));
                    }
                }
                byClass.put(fact.getClass(), bins);
            }
            for (List<Object> bin : bins) {
                bin.add(fact);
            }
        }
        Map<Kind<?>, Map<String, ?>> keyed = new HashMap<>();
        for (Kind<?> kind : kinds) {
            check(kind, facts.get(kind), unique, agreementId, keyed);
        }
        return new Conclusions(facts, keyed);
    }

    @SuppressWarnings("unchecked")
    private static <T> void check(Kind<T> kind, List<Object> found, UniqueConclusions unique, String agreementId,
                                  Map<Kind<?>, Map<String, ?>> keyed) {
        Check<T> check = kind.check;
        List<T> facts = (List<T>) found;
        if (check == null) {
            return;
        }
        if (check.test() != null) {
            check.test().accept(agreementId, facts);
        } else {
            keyed.put(kind, unique.byKey(facts, check.key(), check.rule(), check.what()));
        }
    }

    /**
     * {@return the rule that drew a conclusion citing the rules it rests on: the last it cites; empty for none}
     *
     * @param rules the rules a conclusion cites, its own last
     */
    public static String lastRule(List<String> rules) {
        return rules.isEmpty() ? "" : rules.get(rules.size() - 1);
    }

    /**
     * {@return the facts of a kind, in the order the session holds them}
     *
     * @param kind one of the kinds taken
     * @param <T> the facts' type
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Kind<T> kind) {
        return (List<T>) Objects.requireNonNull(facts.get(kind), "SLA Rules: a kind not taken");
    }

    /**
     * {@return the facts of a kind concluded once each, by key, unordered}
     *
     * @param kind a kind taken {@linkplain Kind#oneEach one each}
     * @param <T> the facts' type
     */
    @SuppressWarnings("unchecked")
    public <T> Map<String, T> byKey(Kind<T> kind) {
        return (Map<String, T>) Objects.requireNonNull(keyed.get(kind), "SLA Rules: a kind not keyed");
    }
}
