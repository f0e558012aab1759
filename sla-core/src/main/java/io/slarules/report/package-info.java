/**
 * Evaluations written for other programs and people: {@link io.slarules.report.EvaluationJson}
 * writes an {@link io.slarules.Evaluation} as JSON with documented, stable field names.
 */
package io.slarules.report;
