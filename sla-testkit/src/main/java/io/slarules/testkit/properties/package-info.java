/**
 * jqwik generators of agreements and timelines ({@link io.slarules.testkit.properties.SlaArbitraries},
 * {@link io.slarules.testkit.properties.GeneratedInput}) and the library's invariants as properties
 * to run against any engine ({@link io.slarules.testkit.properties.SlaInvariantProperties}).
 */
package io.slarules.testkit.properties;
