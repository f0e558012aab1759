/**
 * Evaluation on Apache Spark: {@link io.slarules.spark.SparkEvaluator} takes a dataset of requests
 * ({@link io.slarules.spark.SparkSchemas#REQUESTS}, read by {@link io.slarules.spark.Requests}) and gives
 * {@link io.slarules.spark.SparkResults}: decisions, attributions, objective results, outcomes and
 * failures, in the schemas of {@link io.slarules.spark.SparkSchemas}. {@link io.slarules.spark.SlaSparkJob}
 * is a runnable job over them; {@link io.slarules.spark.StandardMonth} a generated month to try it on.
 *
 * <p>API: the types and schemas here may be relied on. The module uses only the library's API
 * ({@code io.slarules}, {@code io.slarules.model} and its packages, {@code io.slarules.files}, {@code io.slarules.report}),
 * never an {@code internal} package.
 */
package io.slarules.spark;
