/**
 * Evaluations written for other programs and people: {@link io.slarules.report.EvaluationJson}
 * writes an {@link io.slarules.Evaluation} as JSON with documented, stable field names.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes, field names of the
 * JSON included.
 */
package io.slarules.report;
