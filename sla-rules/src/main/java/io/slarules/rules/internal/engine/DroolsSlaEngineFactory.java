package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.internal.engine.SlaEngineFactory;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.spi.RulePackProvider;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.EventProcessingOption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Provides the Drools engine to {@link SlaEngine#builder()} through {@link java.util.ServiceLoader}.
 * Public only because the service loader needs it; users build engines with the builder.
 */
public final class DroolsSlaEngineFactory implements SlaEngineFactory {

    /** Where kie-maven-plugin lists the executable-model classes of this module's kjar. */
    private static final String MODEL_LIST = "META-INF/kie/io.slarules/sla-rules/drools-model";

    /** Creates the factory; called by the service loader. */
    public DroolsSlaEngineFactory() {
    }

    /** The shared default rule base. */
    public static KieBase defaultKieBase() {
        return DefaultRules.RULE_BASE.kieBase();
    }

    /**
     * An engine with the default rules alone (sharing their KieBase), or composed with the rule packs
     * the builder names and, when it asks, those found through {@link ServiceLoader}.
     */
    @Override
    public SlaEngine create(SlaEngine.Builder configuration) {
        List<RulePack> packs = new ArrayList<>(configuration.rulePacks());
        if (configuration.discoversRulePacks()) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class,
                    context != null ? context : DroolsSlaEngineFactory.class.getClassLoader())) {
                RulePack discovered = provider.rulePack();
                // a pack named and discovered too is loaded once
                if (packs.stream().noneMatch(p -> p.id().equals(discovered.id())
                        && p.version().equals(discovered.version()))) {
                    packs.add(discovered);
                }
            }
        }
        RuleBase rules = packs.isEmpty() ? DefaultRules.RULE_BASE
                : RuleBaseComposer.compose(DefaultRules.MODELS, packs);
        // the default rules' idle sessions are shared as their KieBase is; a composed rule base has its own
        SessionPool pool = packs.isEmpty() ? DefaultRules.SESSIONS : SessionPool.of(rules.kieBase());
        return new DroolsSlaEngine(rules, pool, configuration.maxRuleFirings(), configuration.maxEvaluationTime(),
                configuration.maxAbandonedEvaluations());
    }

    /**
     * The compiled rule base and the pool of its idle sessions, loaded once per class loader and shared
     * by every engine and thread.
     */
    private static final class DefaultRules {
        static final List<Model> MODELS = load();
        static final RuleBase RULE_BASE = new RuleBase(
                KieBaseBuilder.createKieBaseFromModel(MODELS, EventProcessingOption.CLOUD), rulesOf(MODELS),
                new java.util.TreeSet<>(ConcurrentDelay.BUILT_IN), List.of());
        /** The idle sessions of the default KieBase, shared by every engine over the default rules. */
        static final SessionPool SESSIONS = SessionPool.of(RULE_BASE.kieBase());

        private static Map<String, String> rulesOf(List<Model> models) {
            Map<String, String> rules = new HashMap<>();
            models.forEach(m -> m.getRules().forEach(r -> rules.put(r.getName(), EvaluationFailedException.DEFAULT_RULES)));
            return rules;
        }

        /**
         * Builds the KieBase straight from the executable model kie-maven-plugin generated, whose
         * class names the kjar lists. The classpath KieContainer would find the same rules, but
         * scanning the class path and reading kmodule.xml cost about 0.5 s of every start
         * (sla-bench/README.md, cold start).
         */
        private static List<Model> load() {
            ClassLoader loader = DroolsSlaEngineFactory.class.getClassLoader();
            List<Model> models = new ArrayList<>();
            try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
                if (in == null) {
                    throw new SlaException("the default rule base is not on the class path: no " + MODEL_LIST);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    String name = line.strip();
                    // the first line names the model format's version, the others the generated classes
                    if (!name.isEmpty() && !name.contains(":")) {
                        models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                    }
                }
            } catch (IOException | ReflectiveOperationException e) {
                throw new SlaException("the default rule base could not be loaded from " + MODEL_LIST, e);
            }
            if (models.isEmpty()) {
                throw new SlaException("the default rule base lists no compiled rules in " + MODEL_LIST);
            }
            return List.copyOf(models);
        }
    }
}
