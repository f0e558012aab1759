/**
 * <b>Internal: may change in any release, do not use.</b> The Drools engine behind
 * {@code SlaEngine}: the default rule base (the DRL of this package, compiled at build time into
 * classes of this package and of its generated sub-packages), the normalisation of a timeline into
 * facts, the sessions run phase by phase, the composition with rule packs, and the Java the
 * default rules call ({@code Measures}, {@code Credits}). Its public classes are public only
 * because the generated rule classes or {@link java.util.ServiceLoader} need them.
 *
 * <p>Rule packs use the pack SPI: the facts of {@code io.slarules.rules.facts}, the arithmetic of
 * {@code io.slarules.calc} and the API types.
 */
package io.slarules.rules.internal;
