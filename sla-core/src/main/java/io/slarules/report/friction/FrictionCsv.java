package io.slarules.report.friction;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A friction report as CSV (RFC 4180): a header row, then one row per cell of the matrix, by
 * responsible then affected party id. Lines end with CRLF; a field holding a comma, a quote or a
 * line end is quoted, its quotes doubled.
 *
 * <p>Columns: {@code responsible, responsible_name, affected, affected_name, delay} (ISO-8601,
 * e.g. {@code PT504H}), {@code delay_days} (24-hour days, at most six decimals), {@code knock_on},
 * {@code knock_on_days}, {@code shortfall_units}, {@code breaches}, {@code owed}
 * ({@code 4000.00 EUR}, several currencies joined by {@code "; "}, empty for none) and
 * {@code subjects} ({@code AGREEMENT/ID} joined by spaces). A text field a spreadsheet would
 * read as a formula is neutralised (see {@link #text}).
 */
final class FrictionCsv {

    /** The header row's fields. */
    static final List<String> HEADER = List.of("responsible", "responsible_name", "affected", "affected_name",
            "delay", "delay_days", "knock_on", "knock_on_days", "shortfall_units", "breaches", "owed", "subjects");

    private FrictionCsv() {
    }

    /**
     * {@return the report as CSV, every line ending with CRLF}
     *
     * @param report the report
     */
    static String write(FrictionReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (FrictionCell c : report.cells()) {
            line(out, List.of(text(c.responsible()), text(report.nameOf(c.responsible())), text(c.affected()),
                    text(report.nameOf(c.affected())), c.delay().toString(), Figures.days(c.delay()),
                    c.knockOn().toString(), Figures.days(c.knockOn()), Long.toString(c.shortfall()),
                    Integer.toString(c.breaches()), c.owed().isEmpty() ? "" : Figures.money(c.owed()),
                    text(c.subjects().stream().map(Subject::label).collect(Collectors.joining(" ")))));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(FrictionCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * A text field (ids, names, subjects): one a spreadsheet would take for a formula, starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, gets a single quote in
     * front, as OWASP's CSV-injection guidance recommends, and is quoted; so {@code =HYPERLINK(...)}
     * is shown as text, never run. The report's numbers (durations, days, counts, money) are
     * written by the report itself, never negative, and are left as they are.
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return FORMULA + value;
        }
        return value;
    }

    /** Marks a text field that was neutralised; {@link #field} always quotes it. */
    private static final String FORMULA = "'";

    /** A field, quoted when it must be (and when it was neutralised as a formula). */
    static String field(String value) {
        boolean quote = value.startsWith(FORMULA) || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
