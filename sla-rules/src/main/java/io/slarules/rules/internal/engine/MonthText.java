package io.slarules.rules.internal.engine;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.ObjectiveResult;
import io.slarules.Share;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The explainer's part on one month of service levels: each objective's figure, lost time, cases and notes, then the
 * credit decisions. Written in the {@link Explainer}'s words.
 */
final class MonthText {

    private final Explainer words;

    MonthText(Explainer words) {
        this.words = words;
    }

    String text(YearMonth month, List<ObjectiveResult> objectives, List<CreditDecision> credits) {
        StringBuilder text = new StringBuilder();
        text.append("\nService levels, ").append(month).append(":\n");
        for (ObjectiveResult r : objectives) {
            text.append("  ").append(r.objective()).append(' ').append(r.window()).append(": ")
                    .append(figure(r)).append(r.met() ? " - met" : " - BREACHED").append('\n');
            for (Share s : r.lostTime()) {
                text.append("    downtime ").append(s.length().toMinutes()).append(" min: ")
                        .append(words.who(s.responsible())).append('\n');
            }
            for (CaseResult c : r.cases()) {
                text.append("    case ").append(c.caseId()).append(" (").append(c.priority()).append("): ")
                        .append(c.businessTime()).append(" of ").append(c.target())
                        .append(c.breachedAt().map(b -> ", breached at " + b).orElse(", in time"))
                        .append(c.due().map(due -> " (due " + due + (c.breached() ? ", " + c.late() + " late" : "")
                                + ")").orElse(""));
                for (Share p : c.pauses()) {
                    text.append("; paused ").append(p.length()).append(" for ").append(words.who(p.responsible()));
                }
                text.append('\n');
            }
            for (CaseResult c : r.running()) {
                text.append("    case ").append(c.caseId()).append(" (").append(c.priority()).append(") running: ")
                        .append(c.businessTime()).append(" of ").append(c.target()).append(" (")
                        .append(c.elapsedPercent().setScale(2, RoundingMode.DOWN).toPlainString()).append(" %), ")
                        .append(c.remaining()).append(" left, breaches at ")
                        .append(c.projectedBreach().map(Object::toString).orElse("?"))
                        .append(" if no further pause follows").append('\n');
            }
            for (String note : r.notes()) {
                text.append("    ").append(note).append('\n');
            }
        }
        for (CreditDecision d : credits) {
            text.append("  ").append(words.owes(d.id(), d.debtor(), d.creditor(), d.amount(), d.clause())).append(" (")
                    .append(d.kind()).append(")\n    ").append(d.explanation()).append('\n');
        }
        return text.toString();
    }

    private static String figure(ObjectiveResult r) {
        return switch (r.kind()) {
            case QUOTA -> r.achieved().toPlainString() + " of " + r.target().toPlainString();
            case READINGS -> r.achieved().toPlainString() + " reading(s) outside the allowed range";
            default -> r.achieved().setScale(6, RoundingMode.DOWN).toPlainString() + " % against "
                    + r.target().stripTrailingZeros().toPlainString() + " %";
        };
    }
}
