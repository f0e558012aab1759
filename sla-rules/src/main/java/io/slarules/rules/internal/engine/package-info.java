/**
 * <b>Internal: may change in any release, do not use.</b> The engine itself: {@code DroolsSlaEngine}
 * (found through {@link java.util.ServiceLoader} by {@code DroolsSlaEngineFactory}), the sessions run
 * phase by phase with their time budget, batches, the rule base composed with rule packs (kjars or DRL
 * compiled at run time), unique conclusions, decision ids and the shared wording of amounts, instants
 * and durations ({@code Explainer}).
 */
package io.slarules.rules.internal.engine;
