/**
 * The friction report: who held up whom in a period, by how much and at what cost, over a set of
 * evaluations. {@link io.slarules.report.friction.FrictionReport#of(java.util.List)} builds it
 * (and defines every figure) and writes it as text, CSV, JSON or a self-contained HTML page.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes. Its result types
 * ({@link io.slarules.report.friction.FrictionCell}, {@link io.slarules.report.friction.PartyPerformance})
 * have no public constructor, so they may gain a figure in a minor release.
 */
package io.slarules.report.friction;
