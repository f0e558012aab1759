package io.slarules.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scales the tries a property fixes for itself ({@code @Property(tries = 200)}) by the build's
 * factor, the system property {@value #FACTOR} (1 unless a profile sets it: {@code -Pexhaustive}
 * raises it, {@code -Pmutation} lowers it). Properties that take jqwik's default tries follow
 * {@code jqwik.tries.default} instead. Registered for every property through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class ScaledTries implements AroundPropertyHook {

    /** The system property holding the factor, a plain decimal such as {@code 10} or {@code 0.1}. */
    public static final String FACTOR = "sla.tries.factor";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().tries().ifPresent(tries -> context.attributes().setTries(scaled(tries, System.getProperty(FACTOR))));
        return property.execute();
    }

    /**
     * The tries under a factor: rounded up, never fewer than one.
     *
     * @param tries  the tries the property fixes
     * @param factor the factor; {@code null} or blank for 1
     * @return the tries to run
     */
    static int scaled(int tries, String factor) {
        if (factor == null || factor.isBlank()) {
            return tries;
        }
        BigDecimal scaled = new BigDecimal(factor.strip()).multiply(BigDecimal.valueOf(tries)).setScale(0, RoundingMode.CEILING);
        return Math.max(1, scaled.intValueExact());
    }
}
