/**
 * A test kit for contract logic. {@link io.slarules.testkit.SlaAssertions} (and its soft twin
 * {@link io.slarules.testkit.SoftSlaAssertions}) asserts on evaluations, penalty decisions,
 * attributions and refused inputs in the words of the contract;
 * {@link io.slarules.testkit.Fixtures} builds agreements and timelines in a few lines;
 * {@link io.slarules.testkit.SlaInvariants} holds the library's guarantees, written once and
 * checked after every evaluation the JUnit extension sees and by the jqwik properties.
 */
package io.slarules.testkit;
