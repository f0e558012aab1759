package io.slarules.rules.properties;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.testkit.SlaInvariants;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** A clause prices what its debtor is responsible for, and no more than its cap allows. */
class PenaltyPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    /**
     * Property 3. A party never pays for delay attributed to another party or excused. The
     * debtor's share is its own share plus the shares of the subcontractors it engaged (a
     * subcontractor's delay counts against the provider that engaged it), never the other side's
     * nor the excused time. For every decision: it rests on a clause that lists its obligation;
     * debtor, creditor and unit are the clause's; {@code delay} is the debtor's share of the
     * obligation counted in the clause's unit with its rounding (in particular never more);
     * {@code priced} is exactly that many units times the rate per unit; the termination right is
     * granted exactly when the units exceed the threshold. Conversely, for every (clause, listed
     * obligation) settled in the period there is exactly one decision when the debtor's share
     * counts at least one unit and none otherwise (none when the debtor's share is zero).
     */
    @Property
    void debtorPaysOnlyForItsOwnShareCountedInTheClausesUnitsAtTheClausesRate(@ForAll("inputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        // the guarantee every engine keeps (at most those units, at most that rate) ...
        SlaInvariants.onlyAttributedTimeIsPriced(s.agreement(), evaluation);
        // ... and the default policy's exact terms

        for (PenaltyDecision d : evaluation.penalties()) {
            String about = "decision " + d.clause() + "/" + d.subject() + " (" + d.amount() + ", " + d.delay() + " "
                    + d.unit() + ") in " + s;
            LiquidatedDamages clause = clause(s, d.clause());
            assertThat(clause.obligations()).as(about).contains(d.subject());
            assertThat(d.debtor()).as(about).isEqualTo(clause.debtor());
            assertThat(d.creditor()).as(about).isEqualTo(clause.creditor());
            assertThat(d.unit()).as(about).isEqualTo(clause.unit());
            Duration share = evaluation.attribution(d.subject()).map(a -> s.answeredShare(a, clause.debtor()))
                    .orElse(Duration.ZERO);
            long units = ReferencePolicy.units(share, clause.unit(), clause.rounding());
            assertThat(d.delay()).as("units of the debtor's share " + share + ", " + about).isLessThanOrEqualTo(units);
            assertThat(d.delay()).as("units of the debtor's share " + share + ", " + about).isEqualTo(units);
            BigDecimal priced = ReferencePolicy.priced(share, clause, Pricing.ratePerUnit(clause));
            if (clause.rounding() == io.slarules.model.obligations.DelayRounding.PRO_RATA) {
                // the exact fraction does not always end: the engine's price rounds to the same cents
                assertThat(Pricing.cents(d.priced().amount())).as("priced = " + share + " pro rata x "
                        + Pricing.ratePerUnit(clause) + ", " + about).isEqualByComparingTo(Pricing.cents(priced));
            } else {
                assertThat(d.priced().amount()).as("priced = " + units + " x " + Pricing.ratePerUnit(clause) + ", "
                        + about).isEqualByComparingTo(priced);
            }
            assertThat(d.terminationRight()).as("termination right, " + about)
                    .isEqualTo(clause.terminationAfter().isPresent() && units > clause.terminationAfter().getAsLong());
        }

        Instant periodStart = s.period().startInclusive().atStartOfDay(s.zone()).toInstant();
        Instant asOf = s.period().endExclusive().atStartOfDay(s.zone()).toInstant();
        Map<String, Instant> fulfilled = ReferencePolicy.fulfilledBy(s.timeline(), asOf);
        for (PenaltyClause p : s.agreement().penalties()) {
            LiquidatedDamages clause = (LiquidatedDamages) p;
            for (String subject : clause.obligations()) {
                Instant done = fulfilled.get(subject);
                boolean settledInPeriod = done != null && done.isAfter(periodStart);
                Duration share = evaluation.attribution(subject)
                        .map(a -> s.answeredShare(a, clause.debtor())).orElse(Duration.ZERO);
                long units = ReferencePolicy.units(share, clause.unit(), clause.rounding());
                List<PenaltyDecision> decisions = evaluation.penalties().stream()
                        .filter(d -> d.clause().equals(clause.id()) && d.subject().equals(subject)).toList();
                String about = "clause " + clause.id() + " on " + subject + ", debtor " + clause.debtor() + "'s share "
                        + share + " = " + units + " " + clause.unit() + ", settled in period " + settledInPeriod + ", in " + s;
                assertThat(decisions).as("decisions for " + about).hasSize(settledInPeriod && units > 0 ? 1 : 0);
                if (share.isZero()) {
                    assertThat(decisions).as("no decision without a share, " + about).isEmpty();
                }
            }
        }
    }

    /**
     * Property 4. No decision is negative or above its cap; the decisions under a capped clause
     * never add up to more than the cap (rounded down to cents) over a whole-agreement evaluation;
     * every amount has exactly the currency's minor digits (2 for EUR). More precisely, decisions
     * consume their clause's cap in settlement order (fulfilment time, then the agreement's
     * order): each amount is its price rounded half-even to cents, or what is left of the cap if
     * that is less ({@code capped} exactly then); without a cap, the rounded price.
     */
    @Property
    void noDecisionIsNegativeOrAboveItsCapAndCapsHoldOverTheAgreementInCents(@ForAll("inputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        // the guarantee every engine keeps (not negative, the exact cap per decision and per clause) ...
        SlaInvariants.capsHold(s.agreement(), evaluation);
        // ... and the default policy's: caps in whole cents, consumed in settlement order

        for (PenaltyDecision d : evaluation.penalties()) {
            String about = "decision " + d.clause() + "/" + d.subject() + " amount " + d.amount() + " priced "
                    + d.priced() + " in " + s;
            assertThat(d.amount().amount().signum()).as("not negative, " + about).isNotNegative();
            assertThat(d.priced().amount().signum()).as("not negative, " + about).isNotNegative();
            assertThat(d.amount().amount().scale()).as("minor digits, " + about)
                    .isEqualTo(d.amount().currency().getDefaultFractionDigits()).isEqualTo(2);
            assertThat(d.amount().currency()).as(about).isEqualTo(s.agreement().currency());
            assertThat(d.amount().amount()).as("at most the rounded price, " + about)
                    .isLessThanOrEqualTo(Pricing.cents(d.priced().amount()));
            Pricing.capLimit(clause(s, d.clause())).ifPresent(limit ->
                    assertThat(d.amount().amount()).as("at most the cap " + limit + ", " + about).isLessThanOrEqualTo(limit));
        }

        // every obligation settled by the period's end is settled in it, so no earlier decision
        // (outside this evaluation) took part of a cap
        Instant periodStart = s.period().startInclusive().atStartOfDay(s.zone()).toInstant();
        Instant asOf = s.period().endExclusive().atStartOfDay(s.zone()).toInstant();
        Map<String, Instant> fulfilled = ReferencePolicy.fulfilledBy(s.timeline(), asOf);
        Map<String, ReferencePolicy.Outcome> reference = ReferencePolicy.evaluate(s.agreement(), s.period(), s.timeline());
        boolean earlierDecisionsPossible = reference.values().stream()
                .anyMatch(o -> o.fulfilled().isPresent() && !o.settledInPeriod() && o.lateness().compareTo(Duration.ZERO) > 0);

        List<String> order = new ArrayList<>(fulfilled.keySet());
        List<String> declared = s.agreement().obligations().stream().map(Obligation::id).toList();
        order.sort(Comparator.comparing(fulfilled::get).thenComparing(declared::indexOf));
        for (PenaltyClause p : s.agreement().penalties()) {
            LiquidatedDamages clause = (LiquidatedDamages) p;
            List<PenaltyDecision> decisions = new ArrayList<>(evaluation.penalties().stream()
                    .filter(d -> d.clause().equals(clause.id())).toList());
            decisions.sort(Comparator.comparing(d -> order.indexOf(d.subject())));
            BigDecimal sum = decisions.stream().map(d -> d.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Optional<BigDecimal> limit = Pricing.capLimit(clause);
            String about = "clause " + clause.id() + " (cap " + limit.map(BigDecimal::toPlainString).orElse("none")
                    + ") decisions " + decisions.stream().map(d -> d.subject() + "=" + d.amount() + " (priced " + d.priced()
                    + ", capped " + d.capped() + ")").toList() + " in " + s;
            limit.ifPresent(l -> assertThat(sum).as("sum under the cap, " + about).isLessThanOrEqualTo(l));
            if (earlierDecisionsPossible) {
                continue;
            }
            BigDecimal used = BigDecimal.ZERO.setScale(2);
            for (PenaltyDecision d : decisions) {
                BigDecimal rounded = Pricing.cents(d.priced().amount());
                BigDecimal expected = rounded;
                if (limit.isPresent()) {
                    expected = rounded.min(limit.get().subtract(used).max(BigDecimal.ZERO.setScale(2)));
                }
                assertThat(d.amount().amount()).as("amount of " + d.subject() + " after " + used + " used, " + about)
                        .isEqualByComparingTo(expected);
                assertThat(d.capped()).as("capped flag of " + d.subject() + ", " + about)
                        .isEqualTo(expected.compareTo(rounded) < 0);
                used = used.add(d.amount().amount());
            }
        }
    }

    static LiquidatedDamages clause(GeneratedInput s, String id) {
        return (LiquidatedDamages) s.agreement().penalties().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("decision under unknown clause " + id + " in " + s));
    }
}
