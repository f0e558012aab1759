package io.slarules.rules;

import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.spi.SlaEngineFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * Provides the Drools engine to {@link SlaEngine#builder()} through {@link java.util.ServiceLoader}.
 * Public only because the service loader needs it; users build engines with the builder.
 */
public final class DroolsSlaEngineFactory implements SlaEngineFactory {

    /** The kbase of the default rules, compiled at build time into this module's kjar. */
    static final String DEFAULT_KBASE = "sla-default";

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

        private static KieBase load() {
            KieContainer container = KieServices.get().getKieClasspathContainer(DroolsSlaEngineFactory.class.getClassLoader());
            if (!container.getKieBaseNames().contains(DEFAULT_KBASE)) {
                throw new SlaException("the default rule base \"" + DEFAULT_KBASE + "\" is not on the class path; "
                        + "found kbases " + container.getKieBaseNames());
            }
            return container.getKieBase(DEFAULT_KBASE);
        }
    }
}
