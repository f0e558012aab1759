package io.slarules.testkit.junit;

import io.slarules.SlaEngine;
import io.slarules.spi.RulePackProvider;
import io.slarules.testkit.SlaInvariants;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.List;

/**
 * Injects an {@link SlaEngine} into any parameter of that type: of a test method, a constructor, a
 * lifecycle method or a {@code @TestFactory}. Registered by {@link SlaTest} and
 * {@link SlaScenarios}, or by {@code @ExtendWith(SlaEngineExtension.class)}.
 *
 * <p>The engine is built once per engine configuration for the whole test run, not per test or
 * class (building loads the rule base, about a second), and kept in the root
 * {@link ExtensionContext.Store}; engines are immutable and thread-safe, so tests running in
 * parallel share it. One engine is kept per configuration: the default rule base, or the rule
 * packs a test class names in {@link SlaTest#rulePacks()}.
 *
 * <p>The engine injected checks {@link SlaInvariants} on every evaluation it gives, re-running it
 * and reordering the timeline's events (so each evaluation costs three); a broken invariant fails
 * the test with an {@link io.slarules.testkit.InvariantViolation}.
 */
public final class SlaEngineExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SlaEngineExtension.class);

    /** The configuration an engine is built from; the key it is kept under. */
    private record Configuration(List<Class<? extends RulePackProvider>> rulePacks) {
        static final Configuration DEFAULT = new Configuration(List.of());

        SlaEngine build() {
            SlaEngine.Builder builder = SlaEngine.builder();
            for (Class<? extends RulePackProvider> provider : rulePacks) {
                try {
                    builder.rulePack(provider.getConstructor().newInstance().rulePack());
                } catch (ReflectiveOperationException e) {
                    throw new ExtensionConfigurationException("SLA Rules: cannot create the rule pack provider "
                            + provider.getName() + " (it needs a public no-argument constructor)", e);
                }
            }
            return SlaInvariants.checking(builder.build());
        }
    }

    /** Created by JUnit. */
    public SlaEngineExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SlaEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return engine(extensionContext);
    }

    /**
     * The engine of the test run, checking invariants, built on first use; for extensions and
     * runners of one's own that have an {@link ExtensionContext}.
     *
     * @param context the context of a test or test class
     * @return the invariant-checking engine
     */
    public static SlaEngine engine(ExtensionContext context) {
        Configuration configuration = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, SlaTest.class))
                .map(test -> new Configuration(List.of(test.rulePacks())))
                .orElse(Configuration.DEFAULT);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(configuration, Configuration::build,
                SlaEngine.class);
    }
}
