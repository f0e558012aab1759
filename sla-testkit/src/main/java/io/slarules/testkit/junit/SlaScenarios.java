package io.slarules.testkit.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the folder of scenario files a {@link SlaScenarioTests} class runs, each file as its own
 * test named after the file:
 *
 * <pre>{@code
 * @SlaScenarios("scenarios")
 * class ContractScenariosTest implements SlaScenarioTests {
 * }
 * }</pre>
 *
 * <p>The folder is looked up on the class path first ({@code src/test/resources/scenarios} is
 * {@code "scenarios"}), then as a path relative to the working directory. Every {@code .yaml} and
 * {@code .yml} file in it is a scenario; a subfolder becomes a group of tests. Agreement and
 * timeline files that scenarios refer to by path belong outside the folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SlaEngineExtension.class)
public @interface SlaScenarios {

    /** {@return the folder of scenario files: a class path resource, or a path relative to the working directory} */
    String value();
}
