package io.slarules.examples.contracttest;

import io.slarules.testkit.junit.SlaScenarioTests;
import io.slarules.testkit.junit.SlaScenarios;

/**
 * Runs every scenario file in src/test/resources/scenarios as its own test, named after the file.
 * A contract manager adds a case by adding a file; no Java needed.
 */
@SlaScenarios("scenarios")
class NorthwindScenariosTest implements SlaScenarioTests {
}
