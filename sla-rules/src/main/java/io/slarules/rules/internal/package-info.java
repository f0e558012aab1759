/**
 * <b>Internal: may change in any release, do not use.</b> The Drools engine behind
 * {@code SlaEngine}, by concern: {@code engine} (sessions run phase by phase, batches, the composition
 * with rule packs, time budgets, decision ids), {@code deadlines} (a timeline normalised into
 * obligation facts, the assembly and explanation of penalty decisions), {@code servicelevels}
 * (windows and their facts, the Java the service-level rules call for measures and credits, the
 * monthly settlement), {@code watch} (the live monitor), {@code facts} (facts only the default rules
 * use) and {@code holidays}. This package itself holds only the default rule base: the DRL, compiled
 * at build time into classes of this package and of its generated sub-packages. Classes are public
 * only because another of these packages, the generated rule classes or
 * {@link java.util.ServiceLoader} need them.
 *
 * <p>Rule packs use the pack SPI: the facts of {@code io.slarules.rules.facts}, the arithmetic of
 * {@code io.slarules.calc} and the API types.
 */
package io.slarules.rules.internal;
