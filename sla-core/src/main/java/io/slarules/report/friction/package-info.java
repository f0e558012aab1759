/**
 * The friction report: who held up whom in a period, by how much and at what cost, over a set of
 * evaluations. {@link io.slarules.report.friction.FrictionReport#of(java.util.List)} builds it
 * (and defines every figure); {@link io.slarules.report.friction.FrictionText},
 * {@link io.slarules.report.friction.FrictionCsv}, {@link io.slarules.report.friction.FrictionJson}
 * and {@link io.slarules.report.friction.FrictionHtml} write it.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes. Its result types
 * ({@link io.slarules.report.friction.FrictionCell}, {@link io.slarules.report.friction.PartyPerformance})
 * have no public constructor, so they may gain a figure in a minor release.
 */
package io.slarules.report.friction;
