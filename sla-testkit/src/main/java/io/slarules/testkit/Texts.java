package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Share;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How the test kit writes the values it compares and the context of a failure. */
final class Texts {

    private Texts() {
    }

    /**
     * A delay as a person writes it and as scenario files give it: {@code 21 days},
     * {@code 5 days 18 hours}, {@code 90 minutes} becomes {@code 1 hour 30 minutes}; zero is
     * {@code 0 days}. Seconds and fractions of a second are written only when present.
     */
    static String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        if (d.isZero()) {
            return "0 days";
        }
        List<String> parts = new ArrayList<>();
        part(parts, d.toDays(), "day");
        part(parts, d.toHoursPart(), "hour");
        part(parts, d.toMinutesPart(), "minute");
        part(parts, d.toSecondsPart(), "second");
        if (d.toNanosPart() != 0) {
            parts.add(d.toNanosPart() + " ns");
        }
        return String.join(" ", parts);
    }

    private static void part(List<String> parts, long count, String unit) {
        if (count != 0) {
            parts.add(count + " " + unit + (count == 1 ? "" : "s"));
        }
    }

    /** One line about a decision: its clause, subject, who pays whom and how much. */
    static String decision(PenaltyDecision d) {
        return "under clause " + d.clause() + " on " + d.subject() + ": " + d.debtor() + " owes " + d.creditor() + " "
                + d.amount() + " for " + d.delay() + " " + d.unit().label(d.delay()) + (d.capped() ? ", capped" : "")
                + (d.terminationRight() ? ", with a termination right" : "");
    }

    /** One line about a credit decision: its clause, kind, window, subject, who pays whom and how much. */
    static String credit(CreditDecision d) {
        return "under clause " + d.clause() + ", " + d.kind() + " for " + d.objective() + " " + d.window()
                + (d.subject().equals(d.objective()) ? "" : " on " + d.subject()) + ": " + d.debtor() + " owes "
                + d.creditor() + " " + d.amount() + (d.capped() ? ", capped" : "");
    }

    /** Every credit decision of an evaluation, one per line, or a word saying there is none. */
    static String credits(List<CreditDecision> credits) {
        if (credits.isEmpty()) {
            return "  (no credit decision)";
        }
        return credits.stream().map(d -> "  " + credit(d)).collect(Collectors.joining("\n"));
    }

    /** One line about an objective result: its window, achieved level against the target, lost time. */
    static String result(ObjectiveResult r) {
        return r.objective() + " for " + r.window() + ": achieved " + r.achieved().stripTrailingZeros().toPlainString()
                + " against " + r.target().stripTrailingZeros().toPlainString() + ", " + (r.met() ? "met" : "breached")
                + (r.lostTime().isEmpty() ? "" : ", lost time " + r.lostTime().stream().map(Texts::share)
                .collect(Collectors.joining(", ")))
                + r.shortfall().map(s -> ", " + s + " short").orElse("")
                + (r.cases().isEmpty() ? "" : ", " + r.cases().size() + " cases");
    }

    /** Every objective result, one per line, or a word saying there is none. */
    static String results(List<ObjectiveResult> results) {
        if (results.isEmpty()) {
            return "  (no objective result)";
        }
        return results.stream().map(r -> "  " + result(r)).collect(Collectors.joining("\n"));
    }

    /** Every decision of an evaluation, one per line, or a word saying there is none. */
    static String decisions(List<PenaltyDecision> decisions) {
        if (decisions.isEmpty()) {
            return "  (no penalty decision)";
        }
        return decisions.stream().map(d -> "  " + decision(d)).collect(Collectors.joining("\n"));
    }

    /** An attribution's shares: {@code client-b 21 days, northwind 4 days}. */
    static String shares(DelayAttribution a) {
        if (a.shares().isEmpty()) {
            return "(no share)";
        }
        return a.shares().stream().map(Texts::share).collect(Collectors.joining(", "));
    }

    private static String share(Share s) {
        return s.responsible().id() + " " + duration(s.length());
    }

    /** One line about an attribution: its subject, total and shares. */
    static String attribution(DelayAttribution a) {
        return a.subject() + ": " + duration(a.total()) + " late" + (a.provisional() ? " so far (provisional)" : "")
                + ", shares " + shares(a);
    }

    /** Which evaluation a failure is about. */
    static String evaluation(Evaluation e) {
        return "the evaluation of " + e.agreementId() + " for " + e.period();
    }

    /** A block of text under a heading, indented, so it stands apart from the comparison above it. */
    static String block(String heading, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String indented = text.strip().lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
        return "\n" + heading + ":\n" + indented;
    }

    /** A value as the comparison shows it, quoted when it is text. */
    static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
