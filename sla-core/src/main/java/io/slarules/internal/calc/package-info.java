/**
 * <b>Internal: may change in any release, do not use.</b> The arithmetic only the default rules and
 * the engine call: business days, delay units, attribution composition, caps and credit limits,
 * case clocks, availability, compensation splits. Public only because sla-rules and the compiled
 * rules (other packages) call it. Rule packs use the pack SPI {@code io.slarules.calc}.
 */
package io.slarules.internal.calc;
