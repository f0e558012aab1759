package io.slarules.report.friction;

import java.util.ArrayList;
import java.util.List;

/** A table of text with aligned columns, for a terminal: two spaces between columns, no trailing blanks. */
final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given headers; a header starting with {@code >} is right-aligned (the mark is dropped). */
    TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    /** Adds a row, one value per header. */
    TextTable row(String... values) {
        assert values.length == headers.size() : "SLA Rules: a row of " + values.length + " values in a table of "
                + headers.size() + " columns";
        rows.add(List.of(values));
        return this;
    }

    /** Whether it has no rows. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line ending with {@code \n}. */
    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String padding = " ".repeat(widths[i] - value.length());
            if (i > 0) {
                line.append("  ");
            }
            line.append(rightAligned[i] ? padding + value : value + padding);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
