package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is wrong with a file, reading it either succeeds or throws
 * {@link InvalidInputException}: no parser exception, no {@code NullPointerException}, no
 * {@code DateTimeParseException}. Every line of each sample is damaged in turn in many ways.
 */
class DamagedFilesTest {

    /** Values a careless or hostile author might put anywhere. */
    private static final List<String> JUNK = List.of("", "~", "[]", "{}", "[~]", "[{}]", "-1", "0", "0.5", "1e400",
            "99999999999999999999", "true", "\"\"", "\" x \"", "x", "EXCUSED", "2026-13-45", "2026-02-30T10:00:00",
            "9999-12-31T23:59:59+18:00", "\"-5.00 EUR\"", "\"5.00 XXX\"", "*alias", "&anchor x", "!!binary aGVsbG8=",
            "!!java.io.File /etc/passwd", "{percentOfValue: 1, amount: \"1.00 EUR\"}", "{after: X, days: -3}", "[a, [b]]",
            "101%", "-5%", "\"24:00-09:00\"", "\"09:00-09:00\"", "PT-8H", "P", "{rollingDays: 0}", "2026-00",
            "{below: 99, atOrBelow: 99}");

    /** Lines that break the structure around them rather than a value. */
    private static final List<String> BROKEN_LINES = List.of("", "x", "  - ~", "[a, [b]]", "*alias", "}", "- {");

    // YAML only: the junk is YAML, and in a JSON file it would only ever be a syntax error

    @Test
    void damagedAgreementIsReadOrReportedAsProblems() {
        assertThat(escapes("agreement.yaml", text -> Agreements.parse(text, "agreement.yaml", true))).isEmpty();
    }

    @Test
    void damagedTimelineIsReadOrReportedAsProblems() {
        Agreement agreement = SampleFiles.agreement();
        assertThat(escapes("timeline.yaml", text -> Timelines.parse(text, "timeline.yaml", true, agreement))).isEmpty();
    }

    @Test
    void damagedServiceLevelAgreementIsReadOrReportedAsProblems() {
        assertThat(escapes("service-levels.yaml", text -> Agreements.parse(text, "sl.yaml", true))).isEmpty();
    }

    @Test
    void damagedServiceTimelineIsReadOrReportedAsProblems() {
        Agreement agreement = Agreements.read(SampleFiles.path("service-levels.yaml"));
        assertThat(escapes("service-timeline.yaml", text -> Timelines.parse(text, "t.yaml", true, agreement))).isEmpty();
    }

    @Test
    void damagedHistoryIsReadOrReportedAsProblems() {
        Agreement agreement = Agreements.read(SampleFiles.path("service-levels.yaml"));
        assertThat(escapes("history.yaml", text -> Histories.parse(text, "h.yaml", true, agreement))).isEmpty();
    }

    /** The damaged texts whose reading threw something else than an InvalidInputException. */
    private static List<String> escapes(String sample, Consumer<String> reading) {
        List<String> escaped = new ArrayList<>();
        for (String damaged : damaged(SampleFiles.text(sample))) {
            try {
                reading.accept(damaged);
            } catch (InvalidInputException expected) {
                assertThat(expected.problems()).isNotEmpty();
            } catch (RuntimeException e) {
                escaped.add(e + " reading:\n" + damaged);
            }
        }
        return escaped;
    }

    /** Each line dropped, cut short, replaced by a broken line, and its value replaced by junk. */
    private static List<String> damaged(String text) {
        String[] lines = text.split("\n", -1);
        List<String> damaged = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            damaged.add(with(lines, i, null));
            damaged.add(with(lines, i, lines[i].substring(0, lines[i].length() / 2)));
            int colon = lines[i].indexOf(": ");
            for (String broken : BROKEN_LINES) {
                damaged.add(with(lines, i, broken));
            }
            for (String junk : colon < 0 ? List.<String>of() : JUNK) {
                damaged.add(with(lines, i, lines[i].substring(0, colon + 2) + junk));
            }
        }
        return damaged;
    }

    private static String with(String[] lines, int index, String replacement) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (i != index) {
                result.add(lines[i]);
            } else if (replacement != null) {
                result.add(replacement);
            }
        }
        return String.join("\n", result);
    }
}
