/**
 * The API of SLA Rules: what a billing system calls and reads. {@link io.slarules.SlaEngine},
 * built by {@link io.slarules.SlaEngine#builder()}, evaluates an agreement over a period (or many, as
 * {@link io.slarules.EvaluationRequest}s) and gives an {@link io.slarules.Evaluation}: its
 * {@link io.slarules.Decision}s ({@link io.slarules.PenaltyDecision}, {@link io.slarules.CreditDecision}),
 * {@link io.slarules.DelayAttribution}s and {@link io.slarules.ObjectiveResult}s. Bad input is an
 * {@link io.slarules.InvalidInputException} listing every {@link io.slarules.Problem}; a rule pack is
 * described by a {@link io.slarules.RulePack}.
 *
 * <p><b>API.</b> Together with {@code io.slarules.model} (and its packages by concern), {@code io.slarules.calendar},
 * {@code io.slarules.files} and {@code io.slarules.report} (and, for rule-pack authors, the pack SPI
 * {@code io.slarules.spi}, {@code io.slarules.calc} and sla-rules' {@code io.slarules.rules.facts}),
 * this is what users may rely on. In every 1.x release its public types and members keep their
 * names, signatures and documented behaviour, and no signature names a type of an {@code internal}
 * package (an architecture test checks it). What may change in a minor release:
 * <ul>
 *   <li>a result type a caller only reads may gain a field: {@code Evaluation}, the decisions,
 *       {@code DelayAttribution}, {@code Segment} and {@code ObjectiveResult} have no public
 *       constructor (the engine builds them), so a new accessor breaks no caller;</li>
 *   <li>an enum may gain a constant: a {@code switch} over {@link io.slarules.Cause} or a decision
 *       kind needs a {@code default} branch.</li>
 * </ul>
 * Everything under an {@code internal} package may change in any release and is not for users.
 */
package io.slarules;
