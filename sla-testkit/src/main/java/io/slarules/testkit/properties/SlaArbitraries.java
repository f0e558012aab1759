package io.slarules.testkit.properties;

import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Generators of agreements and timelines for property tests.
 *
 * <p>Agreements: 1-12 obligations owned by the provider, the customer or a subcontractor, in an
 * acyclic dependency graph (edges only from later to earlier obligations), due by the end of a
 * date, by an instant at an odd hour, or some calendar or business days after an earlier
 * obligation is fulfilled; zone Europe/Berlin, America/New_York or UTC, effective 45 days from
 * 1 March or 1 October 2026, so both DST changes of each zone (8 and 29 March, 25 October and
 * 1 November) can be crossed; 0-2 holidays; 0-3 liquidated-damages clauses, debtor provider or
 * customer, rate and cap a percentage of the value or an amount with up to 3 decimals (0.125 %),
 * days or hours, rounding up or down, optional cap and termination threshold.
 *
 * <p>Timelines: fulfilments at random instants (about a quarter of the obligations left open),
 * 0-4 blocked intervals (random responsible party, random obligations, free to overlap each other
 * and force majeure) and 0-2 force-majeure periods; a concurrent-delay policy ({@link #concurrentDelays()}). Instants are any minute of the window,
 * midnights (date-only values) or instants within 4 hours of the zone's DST change.
 *
 * <p>Use the static factories from a test's {@code @Provide} method, or the class itself as a
 * jqwik domain ({@code @Domain(SlaArbitraries.class) @ForAll GeneratedInput input}). The pieces
 * ({@link Specs}) are generated independently and shrink on their own: every cross-reference is a
 * raw number resolved when the input is built.
 */
public class SlaArbitraries extends DomainContextBase {

    /** The first effective day of the spring window. */
    public static final LocalDate SPRING = LocalDate.of(2026, 3, 1);
    /** The first effective day of the autumn window. */
    public static final LocalDate AUTUMN = LocalDate.of(2026, 10, 1);

    /** Used by jqwik as a domain context. */
    public SlaArbitraries() {
    }

    /** Inputs with fulfilments at random instants, for {@code @ForAll GeneratedInput} in this domain. */
    @Provide
    Arbitrary<GeneratedInput> input() {
        return inputs();
    }

    /**
     * Agreements, timelines and the period that settles them, fulfilments at random instants, in any order.
     *
     * @return the inputs
     */
    public static Arbitrary<GeneratedInput> inputs() {
        return inputSpecs().map(spec -> GeneratedInput.of(spec, false));
    }

    /**
     * Agreements alone, as {@link #inputs()} generates them.
     *
     * @return the agreements
     */
    public static Arbitrary<io.slarules.model.Agreement> agreements() {
        return inputs().map(GeneratedInput::agreement);
    }

    /**
     * Inputs in which no obligation is fulfilled before the obligations it depends on: what has
     * happened by an instant depends only on what happened before it.
     *
     * @return the causal inputs
     */
    public static Arbitrary<GeneratedInput> causalInputs() {
        return inputSpecs().map(spec -> GeneratedInput.of(spec, true));
    }

    /** {@return the pieces an input is built from} */
    public static Arbitrary<Specs.InputSpec> inputSpecs() {
        return Combinators.combine(
                windows(),
                // uniform sizes, without the empty and smallest lists jqwik would otherwise mix in often
                obligationSpecs().list().ofMinSize(1).ofMaxSize(12).withSizeDistribution(RandomDistribution.uniform())
                        .withoutEdgeCases(),
                clauseSpecs().list().ofMaxSize(3).withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases(),
                blockSpecs().list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases(),
                forceMajeureSpecs().list().ofMaxSize(2).withSizeDistribution(RandomDistribution.uniform())
                        .withoutEdgeCases(),
                Arbitraries.integers().between(0, Specs.Window.DAYS - 1).list().ofMaxSize(2),
                concurrentDelays())
                .as(Specs.InputSpec::new);
    }

    /**
     * A concurrent-delay policy: each built-in one, APPORTION equally and by 25 % or 33.333 % for the
     * owner; the default, EXCUSE_OVERLAP, half of the time.
     *
     * @return the policies
     */
    public static Arbitrary<ConcurrentDelay> concurrentDelays() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(ConcurrentDelay.excuseOverlap())),
                Tuple.of(2, Arbitraries.just(ConcurrentDelay.firstInTime())),
                Tuple.of(2, Arbitraries.of(ConcurrentDelay.apportionEqually(),
                        ConcurrentDelay.apportion(new BigDecimal("25")),
                        ConcurrentDelay.apportion(new BigDecimal("33.333")))));
    }

    /** {@return a zone (Europe/Berlin, America/New_York, UTC) and a start (1 March or 1 October 2026)} */
    public static Arbitrary<Specs.Window> windows() {
        return Combinators.combine(
                Arbitraries.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC")),
                Arbitraries.of(SPRING, AUTUMN))
                .as(Specs.Window::new);
    }

    /** {@return an instant of the window: any minute (odd hours), a midnight, or near the DST change} */
    public static Arbitrary<Specs.Time> times() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, Specs.Time.MINUTES - 1)
                        .map(m -> new Specs.Time(Specs.TimeKind.ANY_MINUTE, m))),
                Tuple.of(3, Arbitraries.integers().between(0, Specs.Window.DAYS - 1)
                        .map(d -> new Specs.Time(Specs.TimeKind.MIDNIGHT, d))),
                Tuple.of(2, Arbitraries.integers().between(-240, 240)
                        .map(m -> new Specs.Time(Specs.TimeKind.NEAR_DST, m))));
    }

    /** {@return a length in minutes: up to 10 days, whole days or any minute} */
    public static Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 10).map(d -> d * 24 * 60)),
                Tuple.of(3, Arbitraries.integers().between(0, 10 * 24 * 60)));
    }

    /**
     * When an obligation is due.
     *
     * @return the due dates
     */
    public static Arbitrary<Specs.DueSpec> dueSpecs() {
        return Combinators.combine(
                Arbitraries.of(Specs.DueKind.class),
                times(),
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 10),
                Arbitraries.of(DayCount.class))
                .as(Specs.DueSpec::new);
    }

    /** {@return an obligation: its owner, due date, dependencies and fulfilment (none for about a quarter)} */
    public static Arbitrary<Specs.ObligationSpec> obligationSpecs() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 2),
                dueSpecs(),
                Arbitraries.integers().between(0, 11).list().ofMaxSize(3),
                times().optional(0.75))
                .as(Specs.ObligationSpec::new);
    }

    /**
     * {@return a non-negative decimal with up to 3 decimals, at most {@code max} thousandths when scale 3}
     *
     * @param maxUnscaled the largest unscaled value
     */
    public static Arbitrary<BigDecimal> decimals(long maxUnscaled) {
        return Combinators.combine(Arbitraries.longs().between(0, maxUnscaled), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    /**
     * Rates: up to 5 % (5.000), up to 2,000.000 EUR, or an odd number of half cents (0.125 EUR),
     * whose odd multiples end in half a cent and so tell half-even rounding from half-up.
     *
     * @return the rates
     */
    public static Arbitrary<Specs.AmountSpec> rates() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, decimals(5_000).map(p -> new Specs.AmountSpec(true, p))),
                Tuple.of(2, decimals(2_000_000).map(a -> new Specs.AmountSpec(false, a))),
                Tuple.of(1, Arbitraries.integers().between(0, 9_999)
                        .map(k -> new Specs.AmountSpec(false, BigDecimal.valueOf(10L * k + 5, 3)))));
    }

    /**
     * Caps: up to 30 % of the value or up to 50,000.000 EUR.
     *
     * @return the caps
     */
    public static Arbitrary<Specs.AmountSpec> caps() {
        return Arbitraries.oneOf(
                decimals(30_000).map(p -> new Specs.AmountSpec(true, p)),         // up to 30 % (30.000)
                decimals(50_000_000).map(a -> new Specs.AmountSpec(false, a)));   // up to 50,000.000 EUR
    }

    /** {@return a liquidated-damages clause's terms} */
    public static Arbitrary<Specs.ClauseSpec> clauseSpecs() {
        Arbitrary<BigDecimal> values = Arbitraries.longs().between(0, 50_000_000).map(c -> BigDecimal.valueOf(c, 2));
        return Combinators.combine(
                Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(6),
                        values,
                        Arbitraries.of(true, false)).as(Tuple::of),
                rates(),
                Arbitraries.of(DelayUnit.class),
                Arbitraries.of(DelayRounding.class),
                caps().optional(0.6),
                Arbitraries.integers().between(0, 20).optional(0.3))
                .as((head, rate, unit, rounding, cap, termination) -> new Specs.ClauseSpec(head.get1(), head.get2(),
                        head.get3(), head.get4(), rate, unit, rounding, cap, termination));
    }

    /** {@return a blocked interval: obligations, responsible party, start and length} */
    public static Arbitrary<Specs.BlockSpec> blockSpecs() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 2),
                times(),
                lengths())
                .as(Specs.BlockSpec::new);
    }

    /** {@return a force-majeure period: start and length} */
    public static Arbitrary<Specs.ForceMajeureSpec> forceMajeureSpecs() {
        return Combinators.combine(times(), lengths()).as(Specs.ForceMajeureSpec::new);
    }
}
