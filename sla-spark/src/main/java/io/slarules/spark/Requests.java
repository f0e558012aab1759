package io.slarules.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Objects;

/**
 * Reads request datasets ({@link SparkSchemas#REQUESTS}) from files.
 *
 * <pre>{@code
 * {"request": "R-1", "agreement": "id: NW-CB-2026\nkind: CUSTOMER_BASED\n...", "timeline": "agreement: NW-CB-2026\n...", "period": "2026-04"}
 * }</pre>
 */
public final class Requests {

    private Requests() {
    }

    /**
     * Reads JSON lines, one request object a line, with the columns of {@link SparkSchemas#REQUESTS}
     * (a field not in the schema is ignored; a missing optional field is null).
     *
     * @param spark the session
     * @param path  a file or folder of JSON lines, as {@code DataFrameReader.json} takes it
     * @return the requests
     */
    public static Dataset<Row> readJsonLines(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        return spark.read().schema(SparkSchemas.REQUESTS).option("mode", "PERMISSIVE").json(path);
    }

    /**
     * Reads Parquet files whose columns are those of {@link SparkSchemas#REQUESTS} (the optional ones
     * may be left out).
     *
     * @param spark the session
     * @param path  a file or folder of Parquet files
     * @return the requests
     */
    public static Dataset<Row> readParquet(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        return spark.read().parquet(path);
    }
}
