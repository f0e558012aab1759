package io.slarules.testkit.junit;

import io.slarules.spi.RulePackProvider;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class of contract logic: its test methods, constructor and lifecycle methods may take an
 * {@link io.slarules.SlaEngine} parameter, and get the one engine of the whole test run, which
 * checks {@link io.slarules.testkit.SlaInvariants} on every evaluation it gives.
 *
 * <pre>{@code
 * @SlaTest
 * class NorthwindContractTest {
 *     @Test
 *     void northwindPaysForItsOwnFourDays(SlaEngine engine) {
 *         Evaluation evaluation = engine.evaluate(agreement, Fixtures.month("2026-04"), timeline);
 *         assertThat(evaluation).hasPenalty().owedBy("northwind").ofAmount("4000.00 EUR");
 *     }
 * }
 * }</pre>
 *
 * <p>A vendor tests its rule pack by naming the pack's {@link RulePackProvider}s: the engine
 * injected is then built with them (one engine per set of packs for the whole run):
 *
 * <pre>{@code
 * @SlaTest(rulePacks = PublicWorksPack.class)
 * class PublicWorksPackTest { ... }
 * }</pre>
 *
 * @see SlaEngineExtension
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SlaEngineExtension.class)
public @interface SlaTest {

    /**
     * The rule packs the injected engine is built with, by their providers (each instantiated
     * with its public no-argument constructor); none by default: the default rule base alone.
     *
     * @return the providers of the rule packs
     */
    Class<? extends RulePackProvider>[] rulePacks() default {};
}
