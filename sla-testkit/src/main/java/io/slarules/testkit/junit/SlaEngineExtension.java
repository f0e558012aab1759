package io.slarules.testkit.junit;

import io.slarules.SlaEngine;
import io.slarules.testkit.SlaInvariants;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects an {@link SlaEngine} into any parameter of that type: of a test method, a constructor, a
 * lifecycle method or a {@code @TestFactory}. Registered by {@link SlaTest} and
 * {@link SlaScenarios}, or by {@code @ExtendWith(SlaEngineExtension.class)}.
 *
 * <p>The engine is built once per engine configuration for the whole test run, not per test or
 * class (building loads the rule base, about a second), and kept in the root
 * {@link ExtensionContext.Store}; engines are immutable and thread-safe, so tests running in
 * parallel share it. Today there is one configuration, the default rule base; engines of other
 * rule packs will be kept beside it, one per set of packs.
 *
 * <p>The engine injected checks {@link SlaInvariants} on every evaluation it gives, re-running it
 * and reordering the timeline's events (so each evaluation costs three); a broken invariant fails
 * the test with an {@link io.slarules.testkit.InvariantViolation}.
 */
public final class SlaEngineExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SlaEngineExtension.class);

    /** The configuration an engine is built from; the key it is kept under. */
    private record Configuration(String rulePacks) {
        static final Configuration DEFAULT = new Configuration("default");
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
     */
    public static SlaEngine engine(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Configuration.DEFAULT,
                configuration -> SlaInvariants.checking(SlaEngine.builder().build()), SlaEngine.class);
    }
}
