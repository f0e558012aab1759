package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.PenaltyDecision;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.DerivationLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Packs that price a delay their own way: the explanation states the pack's arithmetic, never the
 * default formula; a pricing rule without a derivation, or one that competes with the default rule
 * instead of replacing it, fails the evaluation naming the rules.
 */
class PricingRulePacksTest {

    static final String DEFAULT_PRICE = DefaultRules.DAMAGES_PER_UNIT;
    static final String FREE_DAYS_PRICE = "penalise: liquidated damages after 2 free days";
    static final String HALF_PRICE = "penalise: half rate per unit of delay";

    // Example A: DELIVERY-1 25 days late, 21 of them Client B's (a late SPEC-1), 4 Northwind's own.
    private static final Agreement EXAMPLE_A = agreement(clientB("SPEC-1", date(3, 2)),
            northwind("DELIVERY-1", date(3, 30), "SPEC-1")).penalties(delayDamages("DELIVERY-1")).build();
    private static final Timeline TIMELINE_A = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
            Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

    /** "units x rate ... = amount." with the amounts as the explanation writes them. */
    private static final Pattern PRODUCT = Pattern.compile(
            "^\\s*(\\d+) x ([\\d,]+\\.\\d+) EUR(?: \\([^)]*\\))? = ([\\d,]+\\.\\d+) EUR\\.$", Pattern.MULTILINE);

    private static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
    }

    @Test
    void aPackThatLeavesTheFirstTwoDaysFreeIsExplainedByItsOwnArithmetic() {
        RulePack freeDays = RulePack.builder("free-days").version("1.0.0").description("the first 2 days are free")
                .drl("packs/freedays/first-two-days-free.drl").replaces(DEFAULT_PRICE).build();
        SlaEngine engine = SlaEngine.builder().rulePack(freeDays).build();

        Evaluation evaluation = engine.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A);

        // 4 started days of Northwind's own, the first 2 free: 2 x 1,000.00 (0.5 % of 200,000.00) = 2,000.00 EUR
        PenaltyDecision decision = evaluation.penalties().get(0);
        assertThat(evaluation.penalties()).hasSize(1);
        assertThat(decision.amount()).isEqualTo(Money.of("2000.00", "EUR"));
        assertThat(decision.rules()).contains(FREE_DAYS_PRICE).doesNotContain(DEFAULT_PRICE);
        assertThat(decision.explanation())
                .contains("  The first 2 days are free: 4 - 2 = 2 days charged.\n  2 x 1,000.00 EUR = 2,000.00 EUR.\n")
                .doesNotContain("4 x 1,000.00 EUR");
        // the explanation's arithmetic recomputes the amount
        Matcher product = PRODUCT.matcher(decision.explanation());
        assertThat(product.find()).as("a product line in %s", decision.explanation()).isTrue();
        BigDecimal units = number(product.group(1));
        BigDecimal rate = number(product.group(2));
        BigDecimal result = number(product.group(3));
        assertThat(units.multiply(rate)).isEqualByComparingTo(result);
        assertThat(result).isEqualByComparingTo(decision.amount().amount());
        assertThat(product.find()).as("one product line").isFalse();
    }

    @Test
    void theDefaultRuleStillExplainsExampleAAsBefore() {
        Evaluation evaluation = SlaEngine.builder().build().evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A);

        // 4 x 1,000.00 = 4,000.00 EUR, the line the README quotes
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> assertThat(d.explanation())
                .contains("\n  4 x 1,000.00 EUR (0.5 % of 200,000.00 EUR) = 4,000.00 EUR.\n"));
    }

    @Test
    void aPricingRuleThatStatesNoDerivationFailsTheEvaluationNamingItself() {
        RulePack silent = RulePack.builder("silent").version("1.0.0").description("prices without saying how")
                .drl("packs/freedays/no-derivation.drl").replaces(DEFAULT_PRICE).build();
        SlaEngine engine = SlaEngine.builder().rulePack(silent).build();

        assertThatThrownBy(() -> engine.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("NW-CB-2026");
                    assertThat(e.rule()).isEqualTo("penalise: flat 500 without a derivation");
                    assertThat(e.rulePack()).isEqualTo("silent");
                    assertThat(e).hasMessageContaining("without stating its derivation");
                });
    }

    @Test
    void aPackThatAddsAPricingRuleWithoutReplacingTheDefaultFailsNamingBothRules() {
        RulePack extra = RulePack.builder("half-price").version("1.0.0").description("forgets replaces(...)")
                .drl("packs/twopricers/extra-pricing.drl").build();
        SlaEngine engine = SlaEngine.builder().rulePack(extra).build();

        assertThatThrownBy(() -> engine.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("NW-CB-2026");
                    assertThat(e.rule()).isEqualTo(HALF_PRICE);
                    assertThat(e.rulePack()).isEqualTo("half-price");
                    assertThat(e).hasMessageContaining("\"" + HALF_PRICE + "\" (rule pack half-price)")
                            .hasMessageContaining("\"" + DEFAULT_PRICE + "\" (the default rules)")
                            .hasMessageContaining("price the delay under clause 12.1 of DELIVERY-1")
                            .hasMessageContaining("replaces");
                });
    }

    @Test
    void aDerivationLineRefusesArithmeticThatDoesNotRecomputeItsResult() {
        Money rate = Money.of("1000.00", "EUR");

        assertThat(DerivationLine.times(3, rate, Money.of("3000", "EUR"))).isEqualTo("3 x 1,000.00 EUR = 3,000.00 EUR.");
        assertThatThrownBy(() -> DerivationLine.times(3, rate, Money.of("2000.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 x 1,000.00 EUR is not 2,000.00 EUR");
        assertThat(List.of(DerivationLine.basisOf(delayDamages("DELIVERY-1")))).containsExactly("0.5 % of 200,000.00 EUR");
    }
}
