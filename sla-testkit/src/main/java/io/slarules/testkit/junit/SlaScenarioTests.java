package io.slarules.testkit.junit;

import io.slarules.SlaEngine;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Stream;

/**
 * Runs the scenario files of the folder that the class's {@link SlaScenarios} names, each as its
 * own dynamic test with the file's name as its display name, against the test run's engine
 * (which checks the invariants on every evaluation):
 *
 * <pre>{@code
 * @SlaScenarios("scenarios")
 * class ContractScenariosTest implements SlaScenarioTests {
 * }
 * }</pre>
 *
 * <p>An interface rather than a base class, so a test class keeps its own superclass; JUnit runs
 * the default {@code @TestFactory} method as if the class declared it. A failing scenario reports
 * each expectation that failed at its path in the file ({@code expect.penalties[0]}), the expected
 * and the actual value, and the explanation; a scenario file that cannot be read reports every
 * problem of it.
 */
@ExtendWith(SlaEngineExtension.class)
public interface SlaScenarioTests {

    /**
     * {@return one dynamic test per scenario file, grouped by subfolder, in file name order}
     *
     * @param engine the engine that evaluates
     */
    @TestFactory
    default Stream<DynamicNode> scenarios(SlaEngine engine) {
        return ScenarioTests.of(getClass(), engine);
    }
}
