/**
 * JUnit 5 support: {@link io.slarules.testkit.junit.SlaTest} injects the test run's engine, which
 * checks the invariants on every evaluation; {@link io.slarules.testkit.junit.SlaScenarios} with
 * {@link io.slarules.testkit.junit.SlaScenarioTests} runs a folder of scenario files, one test per file.
 */
package io.slarules.testkit.junit;
