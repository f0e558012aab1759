/**
 * The facts the rule base reasons over: the vocabulary of the default rules and of rule packs.
 *
 * <p>Facts are immutable. A rule never modifies one; it inserts a new fact that records what it
 * decided and its own name, so every decision can list the rules that produced it. The phases, in
 * order: {@code attribute} (intervals claimed by other parties or excused, and the owner's side's
 * own blocked intervals), {@code concurrent} (the agreement's concurrent-delay policy applied where
 * the two overlap: {@link io.slarules.rules.facts.ConcurrentDelayResolution}), {@code propagate}
 * (late dependencies, and the owner's own delay, in dependency order), {@code assess} (the delay a
 * clause's debtor is responsible for), {@code penalise} (its price, termination rights),
 * {@code cap} (caps, and the decision's rounded amount).
 */
package io.slarules.rules.facts;
