package io.slarules.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

import java.util.Objects;

/**
 * What {@link SparkEvaluator#evaluate} gives: datasets of the schemas of {@link SparkSchemas}, all
 * derived from one evaluation per request row. Spark computes a dataset when it is written or
 * collected, and each of these does it again from the requests unless {@link #persist()} keeps the
 * evaluations: persist when writing more than one of them.
 */
public final class SparkResults {

    private final Dataset<Row> results;

    SparkResults(Dataset<Row> results) {
        this.results = Objects.requireNonNull(results, "results");
    }

    /**
     * Keeps the evaluations (in memory, spilling to disk) once computed, so that the datasets below
     * are derived from one evaluation of each request.
     *
     * @return this
     */
    public SparkResults persist() {
        results.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /**
     * Drops what {@link #persist()} keeps.
     *
     * @return this
     */
    public SparkResults unpersist() {
        results.unpersist();
        return this;
    }

    /** {@return one row per request evaluated, of {@link SparkSchemas#OUTCOMES}} */
    public Dataset<Row> outcomes() {
        return results.where(functions.col("outcome").isNotNull()).select("outcome.*");
    }

    /** {@return one row per request not evaluated, of {@link SparkSchemas#FAILURES}} */
    public Dataset<Row> failures() {
        return results.where(functions.col("failure").isNotNull()).select("failure.*");
    }

    /** {@return one row per decision (penalties and credits), of {@link SparkSchemas#DECISIONS}} */
    public Dataset<Row> decisions() {
        return exploded("decisions");
    }

    /** {@return one row per delay attribution, of {@link SparkSchemas#ATTRIBUTIONS}} */
    public Dataset<Row> attributions() {
        return exploded("attributions");
    }

    /** {@return one row per objective and window, of {@link SparkSchemas#OBJECTIVES}} */
    public Dataset<Row> objectives() {
        return exploded("objectives");
    }

    private Dataset<Row> exploded(String column) {
        return results.select(functions.explode(functions.col(column)).as("x")).select("x.*");
    }
}
