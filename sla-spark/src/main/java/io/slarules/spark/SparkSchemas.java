package io.slarules.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the datasets {@link SparkEvaluator} reads and writes. Column names and types are
 * part of the public API: a column may be added in a minor release, never renamed or retyped.
 *
 * <p>Every output row carries the {@code request} it comes from, so outputs join back to the input.
 * Dates ({@code DATE}) and instants ({@code TIMESTAMP}) are those of the library's model; money is
 * {@code DECIMAL(38,4)} with its currency in a column of its own, exact: an amount is rounded once
 * to its currency's minor unit (at most 4 decimals in ISO 4217) before it gets here, and
 * {@code setScale(currency's digits)} gives the decision's amount back unchanged. Durations are whole
 * seconds.
 */
public final class SparkSchemas {

    /** The decimal type of every amount of money: exact for every ISO 4217 currency's minor unit. */
    public static final DecimalType MONEY = DataTypes.createDecimalType(38, 4);

    /**
     * The columns a request dataset must have: {@code request}, {@code agreement} and
     * {@code timeline}. Their values may still be null in a row (a JSON line without the field): that
     * row then comes out as a failure naming what is missing.
     */
    public static final java.util.List<String> REQUIRED_REQUEST_COLUMNS = java.util.List.of("request", "agreement",
            "timeline");

    /**
     * Evaluation requests, one per row (read from JSON lines or Parquet by {@link Requests}).
     * <ul>
     *   <li>{@code request} STRING, required ({@link #REQUIRED_REQUEST_COLUMNS}): the request's id, unique in the input, echoed on every output row;</li>
     *   <li>{@code agreement} STRING, required: an agreement file's text, YAML or JSON (JSON when it starts
     *       with <code>{</code>);</li>
     *   <li>{@code timeline} STRING, required: a timeline file's text;</li>
     *   <li>{@code period} STRING: a month {@code 2026-04} or {@code 2026-03-01..2026-05-01} (end
     *       exclusive); null for the agreement's whole effective period;</li>
     *   <li>{@code history} STRING: a history file's text; null for none;</li>
     *   <li>{@code subscription} STRING: for a service-based agreement, the id of the subscription whose
     *       timeline this row holds (one row per subscriber); null otherwise;</li>
     *   <li>{@code level} STRING: for a multi-level agreement, the level to evaluate; null otherwise.</li>
     * </ul>
     */
    public static final StructType REQUESTS = new StructType(new StructField[] {
        optional("request", DataTypes.StringType),
        optional("agreement", DataTypes.StringType),
        optional("timeline", DataTypes.StringType),
        optional("period", DataTypes.StringType),
        optional("history", DataTypes.StringType),
        optional("subscription", DataTypes.StringType),
        optional("level", DataTypes.StringType),
    });

    private static final StructType SHARE = new StructType(new StructField[] {
        required("responsible", DataTypes.StringType),
        required("seconds", DataTypes.LongType),
    });

    private static final StructType PROBLEM = new StructType(new StructField[] {
        required("source", DataTypes.StringType),
        required("path", DataTypes.StringType),
        required("message", DataTypes.StringType),
    });

    /**
     * One row per decision ({@code Evaluation.decisions()}: penalties, then credits; then the damages accrued on
     * obligations still open, {@code Evaluation.accrued()}): {@code request},
     * {@code position} (its index in that order), {@code id}, {@code fingerprint},
     * {@code kind} ({@code LIQUIDATED_DAMAGES} or a credit kind), {@code agreement}, {@code clause},
     * {@code subject}, {@code debtor}, {@code creditor}, {@code amount} ({@link #MONEY}),
     * {@code currency}, {@code periodStart} and {@code periodEnd} (exclusive) of the evaluation,
     * {@code provisional} (true for accrued damages: reported, never booked; leave them out of an invoice),
     * {@code rules} and {@code explanation}.
     */
    public static final StructType DECISIONS = new StructType(new StructField[] {
        required("request", DataTypes.StringType),
        required("position", DataTypes.IntegerType),
        required("id", DataTypes.StringType),
        required("fingerprint", DataTypes.StringType),
        required("kind", DataTypes.StringType),
        required("agreement", DataTypes.StringType),
        required("clause", DataTypes.StringType),
        required("subject", DataTypes.StringType),
        required("debtor", DataTypes.StringType),
        required("creditor", DataTypes.StringType),
        required("amount", MONEY),
        required("currency", DataTypes.StringType),
        required("periodStart", DataTypes.DateType),
        required("periodEnd", DataTypes.DateType),
        required("provisional", DataTypes.BooleanType),
        required("rules", strings()),
        required("explanation", DataTypes.StringType),
    });

    /**
     * One row per delay attribution: {@code request}, {@code position}, {@code agreement},
     * {@code periodStart}, {@code periodEnd}, {@code subject} (the obligation), {@code owner},
     * {@code due} and {@code fulfilled} (null while open) as TIMESTAMP, {@code delaySeconds},
     * {@code provisional}, {@code shares} (ARRAY of {@code responsible}, a party id or
     * {@code EXCUSED}, and {@code seconds}; they add up to {@code delaySeconds}) and {@code rules}.
     */
    public static final StructType ATTRIBUTIONS = new StructType(new StructField[] {
        required("request", DataTypes.StringType),
        required("position", DataTypes.IntegerType),
        required("agreement", DataTypes.StringType),
        required("periodStart", DataTypes.DateType),
        required("periodEnd", DataTypes.DateType),
        required("subject", DataTypes.StringType),
        required("owner", DataTypes.StringType),
        required("due", DataTypes.TimestampType),
        optional("fulfilled", DataTypes.TimestampType),
        required("delaySeconds", DataTypes.LongType),
        required("provisional", DataTypes.BooleanType),
        required("shares", DataTypes.createArrayType(SHARE, false)),
        required("rules", strings()),
    });

    /**
     * One row per objective and window: {@code request}, {@code position}, {@code agreement},
     * {@code periodStart}, {@code periodEnd}, {@code objective}, {@code kind} (the metric),
     * {@code windowStart}, {@code windowEnd} (exclusive), {@code achieved} and {@code target} (exact
     * decimals as text, e.g. {@code 99.884259}), {@code met}, {@code shortfall} (units, for a quota;
     * else null), {@code lostTime} (ARRAY of {@code responsible} and {@code seconds}), {@code notes}
     * and {@code rules}.
     */
    public static final StructType OBJECTIVES = new StructType(new StructField[] {
        required("request", DataTypes.StringType),
        required("position", DataTypes.IntegerType),
        required("agreement", DataTypes.StringType),
        required("periodStart", DataTypes.DateType),
        required("periodEnd", DataTypes.DateType),
        required("objective", DataTypes.StringType),
        required("kind", DataTypes.StringType),
        required("windowStart", DataTypes.DateType),
        required("windowEnd", DataTypes.DateType),
        required("achieved", DataTypes.StringType),
        required("target", DataTypes.StringType),
        required("met", DataTypes.BooleanType),
        optional("shortfall", DataTypes.LongType),
        required("lostTime", DataTypes.createArrayType(SHARE, false)),
        required("notes", strings()),
        required("rules", strings()),
    });

    /**
     * One row per request that was not evaluated: {@code request} (null when the row had none),
     * {@code agreement} (null when its id could not be read), {@code period} (as given),
     * {@code kind} ({@code INVALID_INPUT} or {@code EVALUATION_FAILED}), {@code message},
     * {@code problems} (ARRAY of {@code source} — {@code request}, {@code agreement},
     * {@code timeline}, {@code history} or {@code period} — {@code path} and {@code message}; every
     * problem of the row's texts at once) and, for a failed evaluation, {@code rule} and
     * {@code rulePack}.
     */
    public static final StructType FAILURES = new StructType(new StructField[] {
        optional("request", DataTypes.StringType),
        optional("agreement", DataTypes.StringType),
        optional("period", DataTypes.StringType),
        required("kind", DataTypes.StringType),
        required("message", DataTypes.StringType),
        required("problems", DataTypes.createArrayType(PROBLEM, false)),
        optional("rule", DataTypes.StringType),
        optional("rulePack", DataTypes.StringType),
    });

    /**
     * One row per request that was evaluated: {@code request}, {@code agreement},
     * {@code periodStart}, {@code periodEnd}, the counts {@code decisions} (booked ones: accrued damages not
     * counted), {@code attributions} and {@code objectives}, and {@code history}: the evaluation's history (what it decided, for
     * next period's {@code history} column) as a history file's JSON text, null when it is empty.
     */
    public static final StructType OUTCOMES = new StructType(new StructField[] {
        required("request", DataTypes.StringType),
        required("agreement", DataTypes.StringType),
        required("periodStart", DataTypes.DateType),
        required("periodEnd", DataTypes.DateType),
        required("decisions", DataTypes.IntegerType),
        required("attributions", DataTypes.IntegerType),
        required("objectives", DataTypes.IntegerType),
        optional("history", DataTypes.StringType),
    });

    /** One row per request: its outcome or its failure, and what it decided. */
    static final StructType RESULTS = new StructType(new StructField[] {
        optional("outcome", OUTCOMES),
        optional("failure", FAILURES),
        required("decisions", DataTypes.createArrayType(DECISIONS, false)),
        required("attributions", DataTypes.createArrayType(ATTRIBUTIONS, false)),
        required("objectives", DataTypes.createArrayType(OBJECTIVES, false)),
    });

    private SparkSchemas() {
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    private static StructField optional(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }
}
