/**
 * Scenario files: an agreement, a timeline, a period and the outcome expected, in YAML, read
 * strictly and run by {@link io.slarules.testkit.scenario.ScenarioFile}. The format is described in
 * the test kit's README and by the JSON Schema {@code schema/scenario.schema.json}.
 */
package io.slarules.testkit.scenario;
