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
 *
 * <p>Service levels are evaluated a calendar month at a time, in the same phases: the month's
 * {@link io.slarules.rules.facts.ServiceLevelContext}, its {@link io.slarules.rules.facts.ObjectiveWindow}s,
 * {@link io.slarules.rules.facts.OutagePiece}s and {@link io.slarules.rules.facts.ObjectiveCase}s go
 * in; {@code attribute} decides whom downtime and case pauses count against
 * ({@link io.slarules.rules.facts.AttributedDowntime}, {@link io.slarules.rules.facts.CasePause}),
 * {@code measure} what each window achieved ({@link io.slarules.rules.facts.Measurement}),
 * {@code assess} which credit terms apply ({@link io.slarules.rules.facts.CreditDue}) and
 * {@code cap} what each credit comes to under every limit ({@link io.slarules.rules.facts.SettledCredit}).
 */
package io.slarules.rules.facts;
