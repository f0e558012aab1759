package io.slarules.spark;

import io.slarules.SlaEngine;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a dataset of requests ({@link SparkSchemas#REQUESTS}) on Spark: each partition through
 * {@link SlaEngine#evaluateAll}, by one engine per executor JVM, built by the first task that needs
 * it and reused by every later task and partition.
 *
 * <pre>{@code
 * Dataset<Row> requests = Requests.readJsonLines(spark, "s3://billing/2026-04/requests.jsonl");
 * SparkResults results = SparkEvaluator.builder().fromConf(spark.conf()).build().evaluate(requests);
 * results.persist();
 * results.decisions().write().parquet("s3://billing/2026-04/decisions");
 * results.failures().write().parquet("s3://billing/2026-04/failures");
 * }</pre>
 *
 * <p>Every request row comes out exactly once: in {@link SparkResults#outcomes()} when it was
 * evaluated, in {@link SparkResults#failures()} when it was not. An evaluation is a pure function
 * of its row, so the decisions and their ids do not depend on the partitioning or the order of the
 * rows. The evaluator is immutable and serializable; it holds settings, not an engine.
 */
public final class SparkEvaluator {

    /** The job configuration key of the rule packs' jars or folders, comma-separated. */
    public static final String RULE_PACKS = "spark.slarules.rulePacks";
    /** The job configuration key that loads the rule packs registered on the class path ({@code true}). */
    public static final String DISCOVER_RULE_PACKS = "spark.slarules.discoverRulePacks";
    /** The job configuration key of the most rule firings of one evaluation. */
    public static final String MAX_RULE_FIRINGS = "spark.slarules.maxRuleFirings";

    private final EngineSettings settings;

    private SparkEvaluator(EngineSettings settings) {
        this.settings = settings;
    }

    /** {@return a builder with the default rules, no rule pack, one evaluation thread per task} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many engines this JVM has built: one per distinct configuration, however many tasks,
     * partitions and jobs it ran. Read on an executor (or in {@code local} mode, the driver) to
     * check that engines are reused.
     *
     * @return the engines built in this JVM so far
     */
    public static int enginesBuilt() {
        return ExecutorEngines.built();
    }

    /**
     * Builds this configuration's engine in the calling JVM (the driver), so that a rule pack that
     * does not load or compile fails the job before any task runs; in {@code local} mode the
     * executors then reuse it.
     *
     * @return this evaluator
     * @throws io.slarules.RulePackException     when a rule pack does not compile or fit the others
     * @throws io.slarules.InvalidInputException when a rule pack's path is not a pack
     */
    public SparkEvaluator check() {
        ExecutorEngines.engine(settings);
        return this;
    }

    /**
     * Evaluates the requests. Lazy, as Spark is: nothing runs until an output is written or
     * collected, and each output computes the evaluations again unless {@link SparkResults#persist()}
     * keeps them.
     *
     * @param requests rows with the columns of {@link SparkSchemas#REQUESTS}; the optional columns may
     *                 be left out, the required ones must be there, as strings
     * @return the outcomes, decisions, attributions, objective results and failures
     * @throws IllegalArgumentException naming each required column missing and each column of another
     *                                  type than STRING
     */
    public SparkResults evaluate(Dataset<Row> requests) {
        Objects.requireNonNull(requests, "requests");
        List<String> problems = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> present = Arrays.asList(requests.columns());
        for (StructField field : SparkSchemas.REQUESTS.fields()) {
            if (!present.contains(field.name())) {
                if (SparkSchemas.REQUIRED_REQUEST_COLUMNS.contains(field.name())) {
                    problems.add("missing column " + field.name());
                }
                columns.add(functions.lit(null).cast(DataTypes.StringType).as(field.name()));
                continue;
            }
            if (!requests.schema().apply(field.name()).dataType().equals(DataTypes.StringType)) {
                problems.add("column " + field.name() + " is " + requests.schema().apply(field.name()).dataType()
                        .simpleString() + ", not string");
            }
            columns.add(requests.col(field.name()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("SLA Rules: requests do not have the schema of SparkSchemas.REQUESTS: "
                    + String.join("; ", problems));
        }
        boolean javaTime = Boolean.parseBoolean(requests.sparkSession().conf()
                .get("spark.sql.datetime.java8API.enabled", "false"));
        Dataset<Row> results = requests.select(columns.toArray(Column[]::new))
                .mapPartitions(new PartitionEvaluator(settings, new Rows(javaTime)), Encoders.row(SparkSchemas.RESULTS));
        return new SparkResults(results);
    }

    /**
     * Configures a {@link SparkEvaluator}; each option is checked when set.
     */
    public static final class Builder {

        private final List<String> rulePackPaths = new ArrayList<>();
        private boolean discoverRulePacks;
        private int maxRuleFirings = 100_000;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Adds a rule pack from a jar or folder that registers it through
         * {@code META-INF/services/io.slarules.spi.RulePackProvider} (as a kjar built like the examples'
         * packs does). The path is read on every executor: ship the jar with the job
         * ({@code spark-submit --jars}, then prefer {@link #discoverRulePacks()}) or give a path every
         * node sees.
         *
         * @param path the jar or folder
         * @return this builder
         */
        public Builder rulePack(String path) {
            Objects.requireNonNull(path, "path");
            if (path.isBlank()) {
                throw new IllegalArgumentException("a rule pack's path must not be blank");
            }
            rulePackPaths.add(path.strip());
            return this;
        }

        /**
         * Also loads the rule packs registered on the application's class path
         * ({@link SlaEngine.Builder#discoverRulePacks()}).
         *
         * @return this builder
         */
        public Builder discoverRulePacks() {
            this.discoverRulePacks = true;
            return this;
        }

        /**
         * The most rule firings one evaluation may take before it fails as a runaway rule
         * ({@link SlaEngine.Builder#maxRuleFirings(int)}); 100,000 by default.
         *
         * @param maxRuleFirings at least 1
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            if (maxRuleFirings <= 0) {
                throw new IllegalArgumentException("maxRuleFirings must be positive, was " + maxRuleFirings);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /**
         * Evaluation threads per task; 1 by default, as Spark already runs one task per core
         * ({@code spark.task.cpus}).
         *
         * @param parallelism at least 1
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder parallelism(int parallelism) {
            if (parallelism <= 0) {
                throw new IllegalArgumentException("parallelism must be positive, was " + parallelism);
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * Reads the options the job's configuration sets: {@value #RULE_PACKS},
         * {@value #DISCOVER_RULE_PACKS} and {@value #MAX_RULE_FIRINGS}
         * ({@code spark-submit --conf spark.slarules.rulePacks=/opt/packs/telecom-pack.jar}).
         *
         * @param conf the session's configuration
         * @return this builder
         * @throws IllegalArgumentException when a value is malformed
         */
        public Builder fromConf(RuntimeConfig conf) {
            Objects.requireNonNull(conf, "conf");
            String packs = conf.get(RULE_PACKS, "");
            for (String path : packs.split(",")) {
                if (!path.isBlank()) {
                    rulePack(path);
                }
            }
            String discover = conf.get(DISCOVER_RULE_PACKS, "false").strip();
            if (!discover.equals("true") && !discover.equals("false")) {
                throw new IllegalArgumentException(DISCOVER_RULE_PACKS + " must be true or false, was " + discover);
            }
            if (discover.equals("true")) {
                discoverRulePacks();
            }
            String firings = conf.get(MAX_RULE_FIRINGS, "").strip();
            if (!firings.isEmpty()) {
                try {
                    maxRuleFirings(Integer.parseInt(firings));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(MAX_RULE_FIRINGS + " must be a whole number, was " + firings, e);
                }
            }
            return this;
        }

        /** {@return the evaluator} */
        public SparkEvaluator build() {
            return new SparkEvaluator(new EngineSettings(rulePackPaths, discoverRulePacks, maxRuleFirings,
                    parallelism));
        }
    }
}
