package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import io.slarules.PenaltyDecision;
import io.slarules.internal.calc.Compensation;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.time.DateRange;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;
import io.slarules.rules.internal.facts.TerminationRight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The explainer's texts on the deadlines' decisions. A penalty decision: who owes whom how much under which clause,
 * the attribution it rests on, how the clause counted the delay, the pricing rule's own lines, the cap, the rounding
 * or conversion, a termination right and the rules; its parts and accrued form; a force-majeure termination right.
 * Written in the {@link Explainer}'s words.
 */
final class PenaltyText {

    private final Agreement agreement;
    private final Explainer words;

    PenaltyText(Agreement agreement, Explainer words) {
        this.agreement = agreement;
        this.words = words;
    }

    /** What {@link #text} could not state, checked at once: see {@link Explainer#requireExplainable}. */
    static void requireExplainable(String agreementId, CappedCharge capped, TerminationRight termination,
                                   Function<String, String> packOf) {
        LiquidatedDamages clause = capped.charge().assessment().clause();
        String subject = capped.charge().assessment().obligation().id();
        if (capped.capLimit().isPresent() && clause.cap().isEmpty()) {
            throw new EvaluationFailedException(agreementId, capped.rule(), packOf.apply(capped.rule()),
                    "it held the charge for " + subject + " to a cap, but clause " + clause.id() + " has none; a"
                            + " decision's explanation states the clause's cap", null);
        }
        if (termination != null && clause.terminationAfter().isEmpty()) {
            throw new EvaluationFailedException(agreementId, termination.rule(), packOf.apply(termination.rule()),
                    "it granted a termination right for " + subject + ", but clause " + clause.id() + " sets no"
                            + " threshold for one; a decision's explanation states the threshold", null);
        }
    }

    String text(String id, Supplier<String> attribution, CappedCharge capped, Money amount, String conversion,
                boolean terminationRight, List<String> rules) {
        DelayAssessment assessment = capped.charge().assessment();
        LiquidatedDamages clause = assessment.clause();
        String debtor = words.partyName(clause.debtor());
        StringBuilder text = new StringBuilder();
        text.append(words.owes(id, clause.debtor(), clause.creditor(), amount, clause.id()));
        if (!clause.title().isEmpty()) {
            text.append(" (").append(clause.title()).append(')');
        }
        text.append(" for ").append(assessment.obligation().id()).append(".\n  ");
        text.append(attribution.get().replace("\n", "\n  ").stripTrailing()).append('\n');
        boolean answersForOthers = agreement.answeredBy(clause.debtor()).size() > 1;
        text.append("  ").append(debtor).append(" is responsible for ").append(Explainer.duration(assessment.attributed()))
                .append(answersForOthers ? " (its own and its subcontractors')" : "")
                .append("; ").append(counted(assessment)).append(".\n");
        // the pricing rule's own arithmetic, never worked out again here: a pack may price differently
        for (String line : capped.charge().derivation()) {
            text.append("  ").append(line).append('\n');
        }
        if (capped.capLimit().isPresent()) {
            Money limit = capped.capLimit().get();
            text.append("  Cap ").append(Explainer.money(limit));
            if (clause.cap().orElseThrow() instanceof Amount.PercentOfValue p) {
                text.append(" (").append(p.percent().toPlainString()).append(" % of the value)");
            }
            text.append(" over the agreement; ").append(Explainer.money(capped.usedBefore())).append(" used before: ")
                    .append(capped.capped() ? "capped at " + Explainer.money(capped.amount()) : "not reached").append(".\n");
        }
        if (!conversion.isEmpty()) {
            text.append("  ").append(conversion).append('\n');
        } else if (!capped.capped() && capped.amount().compareTo(capped.charge().priced()) != 0) {
            text.append("  Rounded once, ").append(agreement.moneyRounding()).append(", to ")
                    .append(Explainer.money(capped.amount())).append(".\n");
        }
        if (terminationRight) {
            long threshold = clause.terminationAfter().getAsLong();
            if (clause.terminationBasis() == LiquidatedDamages.TerminationBasis.EXACT_DURATION) {
                text.append("  ").append(Explainer.duration(assessment.attributed())).append(" exceed the termination threshold of ")
                        .append(threshold).append(' ').append(clause.unitLabel(threshold)).append(" (compared exactly)");
            } else {
                text.append("  ").append(assessment.units()).append(' ').append(clause.unitLabel(assessment.units()))
                        .append(" exceed the termination threshold of ").append(threshold);
            }
            text.append(": ").append(words.partyName(clause.creditor()))
                    .append(" may terminate the agreement.\n");
        }
        text.append("  Rules: ").append(String.join("; ", rules)).append(".\n");
        return text.toString();
    }

    /** How the clause counted the delay: "counted in started days: 4 days", "counted pro rata: 10/7 weeks". */
    private static String counted(DelayAssessment assessment) {
        LiquidatedDamages clause = assessment.clause();
        long units = assessment.units();
        return switch (clause.rounding()) {
            case UP -> "counted in started " + clause.unitLabel(2) + ": " + units + " " + clause.unitLabel(units);
            case DOWN -> "counted in whole " + clause.unitLabel(2) + ": " + units + " " + clause.unitLabel(units);
            case PRO_RATA -> {
                java.math.BigInteger[] f = io.slarules.internal.calc.DelayCount.fraction(assessment.attributed(),
                        clause.unitLength());
                String fraction = f[1].equals(java.math.BigInteger.ONE) ? f[0].toString() : f[0] + "/" + f[1];
                yield "counted pro rata: " + fraction + " " + clause.unitLabel(f[0].equals(f[1]) ? 1 : 2);
            }
            case ONCE -> "counted once, late at all: 1 time";
        };
    }

    /** The decision's explanation with the part one party the clause compensates takes, under the part's id. */
    String part(PenaltyDecision whole, String id, Compensation.Part part) {
        String share = part.percent().signum() == 0 ? "the cents left over" : Explainer.share(part);
        return whole.explanation().replace(whole.id(), id) + "  " + share + " of " + Explainer.money(whole.amount()) + " to "
                + PrintableText.of(agreement.partyName(part.party())) + ": " + Explainer.money(part.amount()) + ".\n";
    }

    /** The decision's explanation under the accrued decision's id, saying it is provisional. */
    String accrued(PenaltyDecision settled, String id, Instant asOf, String obligation) {
        return settled.explanation().replace(settled.id(), id).stripTrailing() + "\n  Provisional: accrued so far, as of "
                + words.instant(asOf) + ", on " + obligation + " still open; not to be booked until it is fulfilled.\n";
    }

    /** A force-majeure termination right's explanation. */
    String forceMajeureTermination(String id, ForceMajeureTerminationRight right,
                                   List<String> parties, Duration lasted, DateRange period, Instant asOf) {
        var clause = right.clause();
        var event = right.event();
        Instant end = event.interval().endExclusive().isAfter(asOf) ? asOf : event.interval().endExclusive();
        String names = parties.size() == agreement.parties().size() && parties.size() == 2 ? "Either party ("
                + String.join(" or ", parties.stream().map(agreement::partyName).toList()) + ")"
                : String.join(", ", parties.stream().map(agreement::partyName).toList());
        return id + ": " + names + " may terminate the agreement under clause " + clause.id()
                + (clause.title().isEmpty() ? "" : " (" + clause.title() + ")") + ".\n"
                + "  Force majeure " + event.id() + " " + words.period(event.interval())
                + (event.reason().isEmpty() ? "" : ": " + event.reason()) + " lasted "
                + Explainer.duration(lasted) + (end.equals(asOf) && !end.equals(event.interval().endExclusive())
                        ? (words.atPeriodEnd(period, asOf) ? " by the end of the period" : " by " + words.instant(asOf)) : "")
                + ", more than the " + clause.afterDays() + " days the clause allows.\n"
                + "  Rules: " + right.rule() + ".\n";
    }
}
