/**
 * The facts the rule base reasons over: the vocabulary of the default rules and of rule packs.
 *
 * <p>Facts are immutable. A rule never modifies one; it inserts a new fact that records what it
 * decided and its own name, so every decision can list the rules that produced it. The phases, in
 * order: {@code facts} (what the timeline's events count as: maintenance
 * {@link io.slarules.rules.facts.AnnouncedInTime}), {@code attribute} (intervals claimed by other parties or
 * excused, and the owner's side's own blocked intervals), {@code concurrent} (which of overlapping claims counts:
 * {@link io.slarules.rules.facts.ClaimsInPrecedence}; the agreement's concurrent-delay policy applied where
 * the two overlap: {@link io.slarules.rules.facts.ConcurrentDelayResolution}), {@code propagate}
 * (late dependencies, and the owner's own delay, in dependency order), {@code assess} (the delay a
 * clause's debtor is responsible for), {@code penalise} (its price, termination rights),
 * {@code cap} (caps, and the decision's rounded amount).
 *
 * <p>Service levels are evaluated a calendar month at a time, in the same phases: the month's
 * {@link io.slarules.rules.facts.EvaluationContext} (the one context fact of every session), the
 * {@link io.slarules.model.servicelevels.History} of the windows before, the {@link io.slarules.rules.facts.CapLedger}, its {@link io.slarules.rules.facts.ObjectiveWindow}s
 * and {@link io.slarules.rules.facts.OutagePiece}s (and the cases of time-to objectives) go in;
 * {@code attribute} decides whom downtime (and case pauses) count against
 * ({@link io.slarules.rules.facts.AttributedDowntime}), {@code measure} what each window achieved
 * ({@link io.slarules.rules.facts.Measurement}, {@link io.slarules.rules.facts.UpstreamShortfall}) and whether
 * each window was met ({@link io.slarules.rules.facts.WindowVerdict}), {@code assess} which credit terms apply
 * (a repeat offence: {@link io.slarules.rules.facts.RepeatedBreach}; an earn-back:
 * {@link io.slarules.rules.facts.EarnBackEligible}; the credits: {@link io.slarules.rules.facts.CreditDue}) and {@code cap} what each credit comes to under every
 * limit.
 *
 * <p><b>Pack SPI</b>: the facts a rule pack's rules match on and insert, stable in every 1.x release
 * like the API: those of the delay phases ({@code attribute}, {@code concurrent},
 * {@code propagate}), of pricing ({@link io.slarules.rules.facts.DelayAssessment},
 * {@link io.slarules.rules.facts.Charge}, {@link io.slarules.rules.facts.DerivationLine}), of the
 * attribution of downtime and of the assessment of service credits. Facts the engine makes and
 * packs only read ({@link io.slarules.rules.facts.EvaluationContext},
 * {@link io.slarules.rules.facts.ObligationState},
 * {@link io.slarules.rules.facts.ObjectiveWindow}, {@link io.slarules.rules.facts.OutagePiece},
 * {@link io.slarules.rules.facts.Measurement}) may gain a component in a minor release: a pack reads
 * them, it does not construct them. The facts of the cases of time-to objectives, of credits settled
 * under caps, of capped charges and of termination rights are internal
 * ({@code io.slarules.rules.internal.facts}): a pack cannot replace those rules in 1.x.
 */
package io.slarules.rules.facts;
