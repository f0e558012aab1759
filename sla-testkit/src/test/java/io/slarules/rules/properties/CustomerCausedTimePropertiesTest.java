package io.slarules.rules.properties;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import io.slarules.testkit.properties.Specs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.assertj.core.api.SoftAssertions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Time the customer takes from the provider is the customer's. */
class CustomerCausedTimePropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    /** Any time of the window, but mostly within 90 minutes of the zone's DST change. */
    @Provide
    Arbitrary<Specs.Time> times() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, SlaArbitraries.times()),
                Tuple.of(2, Arbitraries.integers().between(-90, 90).map(m -> new Specs.Time(Specs.TimeKind.NEAR_DST, m))));
    }

    /** Minutes: mostly within an hour (so a DST change's repeated hour matters), up to 10 days. */
    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 60)),
                Tuple.of(1, Arbitraries.integers().between(0, 14_400)));
    }

    @Provide
    Arbitrary<Specs.ClauseSpec> clauses() {
        return SlaArbitraries.clauseSpecs();
    }

    /**
     * Property 6. A provider's obligation without dependencies, due at an absolute instant and
     * fulfilled late, which the customer blocked for the whole time from its due instant to its
     * fulfilment (the block may start earlier and end later), never gives the provider (nor the
     * subcontractor it engaged and answers for) a share of its delay, nor the provider a decision, whatever else happens (other obligations, clauses, blocks, force
     * majeure) and whatever the clause says.
     *
     * <p>Why it holds under the policy: the obligation's work time runs from the agreement's start
     * to its fulfilment, so the block's part of it covers at least [due, fulfilment), whose
     * wall-clock length is the lateness itself. Claims are used in time order and overlaps count
     * once, so the customer's block and any force majeure that takes part of it cover at least the
     * whole lateness between them (on the wall clock, splitting an interval never shortens it:
     * max(0,x) + max(0,y) >= max(0,x+y)); nothing is left for the provider's own delay.
     */
    @Property
    void providerNeverPaysForAnObligationTheCustomerBlockedFromItsDueDateToItsFulfilment(
            @ForAll("inputs") GeneratedInput base, @ForAll("times") Specs.Time dueTime,
            @ForAll("minutes") int lateMinutes,
            @ForAll("minutes") int blockedBefore,
            @ForAll("minutes") int blockedAfter,
            @ForAll("clauses") Specs.ClauseSpec terms) {
        Instant due = dueTime.resolve(base.window());
        Instant fulfilled = due.plusSeconds(60L * Math.max(1, lateMinutes));
        Instant agreementStart = base.window().startInstant();
        Instant blockStart = due.minusSeconds(60L * blockedBefore);
        blockStart = blockStart.isBefore(agreementStart) ? agreementStart : blockStart;

        Obligation x = Obligation.of("X", GeneratedInput.PROVIDER, GeneratedInput.CUSTOMER, "blocked by the customer", Due.at(due));
        Specs.ClauseSpec providerPays = new Specs.ClauseSpec(true, List.of(), terms.value(), terms.statesValue(),
                terms.rate(), terms.unit(), terms.rounding(), terms.cap(), terms.terminationAfter());
        LiquidatedDamages onX = GeneratedInput.clause("CX", providerPays, List.of("X"));

        List<Obligation> obligations = new ArrayList<>(base.agreement().obligations());
        obligations.add(x);
        List<PenaltyClause> clauses = new ArrayList<>();
        for (PenaltyClause c : base.agreement().penalties()) {
            LiquidatedDamages ld = (LiquidatedDamages) c;
            List<String> on = new ArrayList<>(ld.obligations());
            on.add("X");
            clauses.add(withObligations(ld, ld.id(), on));
        }
        clauses.add(onX);
        Agreement agreement = GeneratedInput.agreementBuilder(base.window(), base.agreement().holidays())
                .obligations(obligations.toArray(Obligation[]::new))
                .penalties(clauses.toArray(PenaltyClause[]::new)).build();
        List<TimelineEvent> events = new ArrayList<>(base.events());
        events.add(Fulfilment.of("F-X", "X", fulfilled));
        events.add(BlockedInterval.of("BX", "X", Interval.of(blockStart, fulfilled.plusSeconds(60L * blockedAfter)),
                GeneratedInput.CUSTOMER, "waiting for the customer"));
        GeneratedInput s = new GeneratedInput(base.window(), agreement, events, base.period());

        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());

        String about = "X due " + s.local(due) + ", fulfilled " + s.local(fulfilled) + ", blocked by the customer from "
                + s.local(blockStart) + ", in " + s;
        Optional<DelayAttribution> a = evaluation.attribution("X");
        a.ifPresent(attribution -> {
            assertThat(s.answeredShare(attribution, GeneratedInput.PROVIDER)).as("provider's and subcontractor's share, " + about)
                    .isEqualTo(Duration.ZERO);
            assertThat(attribution.shareOf(GeneratedInput.CUSTOMER).plus(attribution.shareOf(Responsible.EXCUSED)))
                    .as("customer's and excused shares, " + about).isEqualTo(attribution.total());
        });
        assertThat(evaluation.penalties()).as("decisions on X paid by the provider, " + about)
                .noneMatch(d -> d.subject().equals("X") && d.debtor().equals(GeneratedInput.PROVIDER));
    }

    /**
     * The smallest counterexample property 6 found, written out with a realistic clause. In
     * Europe/Berlin clocks go back from 03:00 CEST to 02:00 CET on 25 October 2026. X is due at
     * 02:00 CET (01:00Z) and fulfilled at 02:01 CET (01:01Z); the customer blocked it from
     * 02:59 CEST (00:59Z) until the fulfilment, so whatever X's delay is, the customer caused it:
     * the provider owes nothing. With the wall clock read as plain local time, the block's part of
     * the work time, [00:59Z, 01:01Z), read 02:59 to 02:01 and measured zero while the delay
     * measured one minute, which was left to the provider: a started day at 0.5 % of 200,000.00,
     * 1,000.00 EUR.
     */
    @Example
    void providerPaysNothingWhenTheCustomerBlockedTheWholeDelayAcrossTheAutumnClockChange() {
        Specs.Window autumn = new Specs.Window(ZoneId.of("Europe/Berlin"), SlaArbitraries.AUTUMN);
        Instant due = Instant.parse("2026-10-25T01:00:00Z");
        Instant fulfilled = Instant.parse("2026-10-25T01:01:00Z");
        Agreement agreement = GeneratedInput.agreementBuilder(autumn, List.of())
                .obligations(Obligation.of("X", GeneratedInput.PROVIDER, GeneratedInput.CUSTOMER, "", Due.at(due)))
                .penalties(new LiquidatedDamages("CX", "delay", GeneratedInput.PROVIDER, GeneratedInput.CUSTOMER, List.of("X"),
                        Optional.of(Money.of("200000.00", "EUR")), Amount.percentOfValue(new BigDecimal("0.5")),
                        DelayUnit.DAYS, DelayRounding.UP, Optional.empty(), OptionalLong.empty()))
                .build();
        GeneratedInput s = new GeneratedInput(autumn, agreement, List.of(
                Fulfilment.of("F-X", "X", fulfilled),
                BlockedInterval.of("BX", "X", Interval.of(Instant.parse("2026-10-25T00:59:00Z"), fulfilled),
                        GeneratedInput.CUSTOMER, "waiting for the customer")),
                DateRange.of(SlaArbitraries.AUTUMN, SlaArbitraries.AUTUMN.plusMonths(2)));

        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());

        Optional<DelayAttribution> x = evaluation.attribution("X");
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(x.map(a -> a.shareOf(GeneratedInput.CUSTOMER))).as("customer's share")
                    .isEqualTo(x.map(DelayAttribution::total));
            soft.assertThat(x.map(a -> a.shareOf(GeneratedInput.PROVIDER)).orElse(Duration.ZERO)).as("provider's share")
                    .isEqualTo(Duration.ZERO);
            soft.assertThat(evaluation.penalties().stream().map(d -> d.debtor() + " owes " + d.amount()).toList())
                    .as("decisions, in " + s).isEmpty();
        });
    }

    private static LiquidatedDamages withObligations(LiquidatedDamages c, String id, List<String> obligations) {
        return new LiquidatedDamages(id, c.title(), c.debtor(), c.creditor(), obligations, c.value(), c.rate(), c.unit(),
                c.rounding(), c.cap(), c.terminationAfter());
    }
}
