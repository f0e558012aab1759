/**
 * The friction report: who held up whom in a period, by how much and at what cost, over a set of
 * evaluations. {@link io.slarules.report.friction.FrictionReport#of(java.util.List)} builds it
 * (and defines every figure); {@link io.slarules.report.friction.FrictionText},
 * {@link io.slarules.report.friction.FrictionCsv}, {@link io.slarules.report.friction.FrictionJson}
 * and {@link io.slarules.report.friction.FrictionHtml} write it.
 */
package io.slarules.report.friction;
