/**
 * Properties of the default rule base over generated agreements and timelines: the default
 * attribution policy written down again ({@code ReferencePolicy}), lateness on the wall clock,
 * customer-caused time, monotonicity, settlement by period, prices.
 *
 * <p>They live in sla-testkit's tests, not sla-rules', because they use the test kit's generators
 * and invariants and the test kit depends on sla-rules: sla-rules' own tests cannot depend on it.
 * The guarantees every engine keeps are the test kit's {@code SlaInvariants}, run against the
 * default rule base by {@code io.slarules.testkit.properties.DefaultEngineInvariantsTest}.
 */
package io.slarules.rules.properties;
