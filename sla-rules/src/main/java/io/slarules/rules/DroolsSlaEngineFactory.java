package io.slarules.rules;

import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.spi.SlaEngineFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.EventProcessingOption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    static KieBase defaultKieBase() {
        return DefaultRules.KIE_BASE;
    }

    @Override
    public SlaEngine create(SlaEngine.Builder configuration) {
        return new DroolsSlaEngine(DefaultRules.KIE_BASE, configuration.maxRuleFirings());
    }

    /** The compiled rule base, loaded once per class loader and shared by every engine and thread. */
    private static final class DefaultRules {
        static final KieBase KIE_BASE = load();

        /**
         * Builds the KieBase straight from the executable model kie-maven-plugin generated, whose
         * class names the kjar lists. The classpath KieContainer would find the same rules, but
         * scanning the class path and reading kmodule.xml cost about 0.5 s of every start
         * (sla-bench/README.md, cold start).
         */
        private static KieBase load() {
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
            return KieBaseBuilder.createKieBaseFromModel(models, EventProcessingOption.CLOUD);
        }
    }
}
