package io.slarules.testkit.scenario;

import io.slarules.testkit.junit.SlaScenarioTests;
import io.slarules.testkit.junit.SlaScenarios;

/**
 * The project's own end-to-end tests as scenario files: the worked examples of the foundation,
 * their variations and the inputs they refuse, each file a test of its own. Every expected amount
 * is worked out by hand in a comment of its file.
 */
@SlaScenarios("scenarios")
class ProjectScenariosTest implements SlaScenarioTests {
}
