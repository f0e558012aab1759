/**
 * <b>Internal: may change in any release, do not use.</b> Service levels: the measurement windows and
 * the facts of a month ({@code ServiceLevelFacts}), the arithmetic the service-level rules call
 * ({@code Measures} for levels, {@code Credits} for amounts), the month's session and the assembly of
 * objective results and credit decisions ({@code ServiceLevelRun}, {@code ServiceLevelResults}; the text is the one {@code Explainer}'s). The
 * rules are the default DRL's {@code service-levels} file.
 */
package io.slarules.rules.internal.servicelevels;
