package io.slarules.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The billing job: reads requests, evaluates them, writes {@code outcomes}, {@code decisions},
 * {@code attributions}, {@code objectives} and {@code failures} as Parquet under the output folder
 * and prints a summary (requests, agreements evaluated, decisions, failures, the total per currency).
 *
 * <pre>
 * SlaSparkJob [--requests PATH [--format json|parquet] | --samples DIR | --generate N]
 *             [--partitions N] [--out DIR]
 * </pre>
 *
 * <ul>
 *   <li>{@code --requests PATH}: JSON lines (a name ending {@code .jsonl} or {@code .json}, or
 *       {@code --format json}) or Parquet, of {@link SparkSchemas#REQUESTS};</li>
 *   <li>{@code --samples DIR}: each {@code NAME-agreement.yaml} of the folder with its
 *       {@code NAME-timeline.yaml} (and {@code NAME-history.yaml}, if there), in the period examples/README.md
 *       gives it (the agreement's whole effective period for the deadline samples);</li>
 *   <li>{@code --generate N}: the first N requests of the {@link StandardMonth} (the default, 10,000);</li>
 *   <li>{@code --partitions N}: repartition the requests first; {@code --out DIR}: where to write
 *       ({@code target/sla-spark-out} by default; replaced).</li>
 * </ul>
 * Rule packs and the firing limit come from the job configuration ({@link SparkEvaluator#RULE_PACKS},
 * ...). Without a master set ({@code spark-submit --master}), it runs on {@code local[*]}.
 */
public final class SlaSparkJob {

    /**
     * The periods the shipped samples are settled in (examples/README.md); a sample not listed is
     * evaluated over its agreement's whole effective period.
     */
    static final java.util.Map<String, String> SAMPLE_PERIODS = java.util.Map.of(
            "availability", "2026-04", "business-hours", "2026-04", "dst", "2026-10", "share-of-cases", "2026-06",
            "rolling-cap", "2026-04", "minimum-credit", "2026-04", "earn-back", "2026-04-01..2026-07-01");

    private SlaSparkJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sla-spark: " + e.getMessage());
            System.err.println("usage: SlaSparkJob [--requests PATH [--format json|parquet] | --samples DIR | --generate N]"
                    + " [--partitions N] [--out DIR]");
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sla-spark");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, options, System.out);
        } finally {
            spark.stop();
        }
    }

    /** What the command line asked for. */
    record Options(String requests, String format, String samples, long generate, int partitions, String out) {

        static Options parse(String[] args) {
            String requests = null;
            String format = null;
            String samples = null;
            long generate = -1;
            int partitions = 0;
            String out = "target/sla-spark-out";
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--requests" -> requests = value;
                    case "--format" -> {
                        if (!value.equals("json") && !value.equals("parquet")) {
                            throw new IllegalArgumentException("--format is json or parquet, was " + value);
                        }
                        format = value;
                    }
                    case "--samples" -> samples = value;
                    case "--generate" -> generate = positive(option, value);
                    case "--partitions" -> partitions = (int) Math.min(Integer.MAX_VALUE, positive(option, value));
                    case "--out" -> out = value;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            int sources = (requests != null ? 1 : 0) + (samples != null ? 1 : 0) + (generate > 0 ? 1 : 0);
            if (sources > 1) {
                throw new IllegalArgumentException("give one of --requests, --samples and --generate");
            }
            if (format != null && requests == null) {
                throw new IllegalArgumentException("--format goes with --requests");
            }
            return new Options(requests, format, samples, sources == 0 ? 10_000 : generate, partitions, out);
        }

        private static long positive(String option, String value) {
            try {
                long n = Long.parseLong(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " takes a positive whole number, was " + value);
        }
    }

    /** Runs the job in a session and prints its summary. */
    static void run(SparkSession spark, Options options, PrintStream out) {
        Dataset<Row> requests = requests(spark, options);
        if (options.partitions() > 0) {
            requests = requests.repartition(options.partitions());
        }
        SparkEvaluator evaluator = SparkEvaluator.builder().fromConf(spark.conf()).build().check();
        SparkResults results = evaluator.evaluate(requests).persist();
        try {
            write(results.outcomes(), options.out(), "outcomes");
            write(results.decisions(), options.out(), "decisions");
            write(results.attributions(), options.out(), "attributions");
            write(results.objectives(), options.out(), "objectives");
            write(results.failures(), options.out(), "failures");
            long evaluated = results.outcomes().count();
            long failed = results.failures().count();
            long agreements = results.outcomes().select("agreement").distinct().count();
            Dataset<Row> booked = results.decisions().filter(functions.not(functions.col("provisional")));
            long decisions = booked.count();
            long accrued = results.decisions().filter(functions.col("provisional")).count();
            out.printf(Locale.ROOT, "requests: %,d (evaluated %,d, failed %,d)%n", evaluated + failed, evaluated, failed);
            out.printf(Locale.ROOT, "agreements evaluated: %,d%n", agreements);
            out.printf(Locale.ROOT, "decisions: %,d%n", decisions);
            for (Row total : totals(booked)) {
                String currency = total.getString(0);
                BigDecimal amount = total.getDecimal(1);
                int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
                out.printf(Locale.ROOT, "  total %s %,." + digits + "f (%,d decisions)%n", currency,
                        amount.setScale(digits, RoundingMode.UNNECESSARY), total.getLong(2));
            }
            if (accrued > 0) {
                out.printf(Locale.ROOT, "accrued damages on obligations still open (provisional, not in the totals): %,d%n",
                        accrued);
            }
            out.printf(Locale.ROOT, "failures: %,d%n", failed);
            out.println("written: " + Path.of(options.out()).toAbsolutePath()
                    + "/{outcomes,decisions,attributions,objectives,failures} (Parquet)");
        } finally {
            results.unpersist();
        }
    }

    /** The total amount and count of decisions per currency, in currency order. */
    static List<Row> totals(Dataset<Row> decisions) {
        return decisions.groupBy("currency")
                .agg(functions.sum("amount").as("total"), functions.count("id").as("decisions"))
                .orderBy("currency").collectAsList();
    }

    private static void write(Dataset<Row> data, String folder, String name) {
        data.write().mode(SaveMode.Overwrite).parquet(Path.of(folder, name).toString());
    }

    private static Dataset<Row> requests(SparkSession spark, Options options) {
        if (options.requests() != null) {
            String lower = options.requests().toLowerCase(Locale.ROOT);
            boolean json = options.format() != null ? options.format().equals("json")
                    : lower.endsWith(".jsonl") || lower.endsWith(".json");
            return json ? Requests.readJsonLines(spark, options.requests())
                    : Requests.readParquet(spark, options.requests());
        }
        if (options.samples() != null) {
            return spark.createDataFrame(samples(Path.of(options.samples())), SparkSchemas.REQUESTS);
        }
        return StandardMonth.requests(spark, options.generate(), Math.max(1, spark.sparkContext().defaultParallelism()));
    }

    /** The request rows of a folder's samples, in name order. */
    static List<Row> samples(Path folder) {
        List<Path> agreements;
        try (Stream<Path> files = Files.list(folder)) {
            agreements = files.filter(f -> f.getFileName().toString().endsWith("-agreement.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("--samples: cannot list " + folder + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (Path agreement : agreements) {
            String name = agreement.getFileName().toString().replace("-agreement.yaml", "");
            Path timeline = folder.resolve(name + "-timeline.yaml");
            Path history = folder.resolve(name + "-history.yaml");
            if (Files.isRegularFile(timeline)) {
                rows.add(RowFactory.create(name, read(agreement), read(timeline), SAMPLE_PERIODS.get(name),
                        Files.isRegularFile(history) ? read(history) : null, null, null));
            }
        }
        return rows;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
