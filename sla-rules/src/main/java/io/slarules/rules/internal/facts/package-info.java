/**
 * <b>Internal: may change in any release, do not use.</b> The facts only the default rules match
 * on: cases of time-to objectives and their pauses, remarks on windows, settled credits, capped
 * charges, termination rights. Public only because the generated rule classes (other packages)
 * use them. The facts rule packs may use are in {@code io.slarules.rules.facts}.
 */
package io.slarules.rules.internal.facts;
