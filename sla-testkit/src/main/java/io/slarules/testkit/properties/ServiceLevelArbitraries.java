package io.slarules.testkit.properties;

import io.slarules.testkit.properties.ServiceLevelSpecs.AvailabilitySpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.CaseSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.Cause;
import io.slarules.testkit.properties.ServiceLevelSpecs.ClauseSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.CountSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.InputSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.MonthSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.OutageSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.PauseSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.RollingSpec;
import io.slarules.testkit.properties.ServiceLevelSpecs.Terms;
import io.slarules.testkit.properties.ServiceLevelSpecs.TimeToSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * Generators of service-level agreements, timelines and histories for property tests
 * ({@link ServiceLevelInput} describes the agreement).
 *
 * <p>Terms: zone UTC, Europe/Berlin or America/New_York; 1-3 whole months evaluated from January to
 * December 2026 (crossing both DST changes); fees of 0.01 to 5,000.00 USD; availability target
 * 99.0 to 99.95 %, measured by calendar month, ISO week or calendar quarter, whole window or window
 * less excluded time, minimum outage 0-5 minutes, rounding to whole minutes up or down or none, 24x7
 * or a Mon-Fri 09:00-17:00 calendar with holidays; bands
 * 10 / 25 / 100 %, optional clause cap, minimum credit, earn-back, repeat offence and bonus; an
 * optional time-to objective (P1 per case, P2 as a share, amount per breached P1 case, optional
 * cap) and quota (per unit short); optional monthly and rolling caps.
 *
 * <p>Timelines: 0-10 outages of the provider, its subcontractor, the customer, force majeure and
 * maintenance (announced in time, or not, near a Sunday's maintenance window), from a minute to
 * three days, starting up to two days before the first month, free to overlap; 0-6 cases with 0-2
 * waits on the customer or the subcontractor, resolved or left open; 0-5 counts of leads. The
 * history records every month from the agreement's start (October 2025) to the first one
 * evaluated, with random credits and met or breached windows.
 */
public final class ServiceLevelArbitraries {

    private static final int MONTH = 31 * 24 * 60;

    private ServiceLevelArbitraries() {
    }

    /**
     * Inputs with every term free.
     *
     * @return the inputs
     */
    public static Arbitrary<ServiceLevelInput> inputs() {
        return inputSpecs(availability()).map(ServiceLevelInput::of);
    }

    /**
     * Inputs whose availability is measured on 24x7, whole window, without minimum outage or
     * rounding: each instant of downtime is counted exactly once, so the lost-time shares add up to
     * the union of the outages.
     *
     * @return the inputs
     */
    public static Arbitrary<ServiceLevelInput> plainAvailabilityInputs() {
        return inputSpecs(Arbitraries.integers().between(0, 3)
                .map(t -> new AvailabilitySpec(t, false, 0, Optional.empty(), false, 0))).map(ServiceLevelInput::of);
    }

    /**
     * {@return the pieces of an input}
     *
     * @param availability the availability objective's terms
     */
    public static Arbitrary<InputSpec> inputSpecs(Arbitrary<AvailabilitySpec> availability) {
        return Combinators.combine(
                terms(availability),
                outages().list().ofMaxSize(10).withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases(),
                cases().list().ofMaxSize(6).withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases(),
                counts().list().ofMaxSize(5),
                months().list().ofSize(15))
                .as(InputSpec::new);
    }

    /**
     * {@return the agreement's terms}
     *
     * @param availability the availability objective's terms
     */
    public static Arbitrary<Terms> terms(Arbitrary<AvailabilitySpec> availability) {
        Arbitrary<Long> fees = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(1, 2_000)),
                Tuple.of(4, Arbitraries.longs().between(1, 500_000)));
        return Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(1, 3), fees, fees).as(Tuple::of),
                availability,
                timeTo().optional(0.6),
                Arbitraries.longs().between(1, 300).optional(0.5),
                clauses(),
                Arbitraries.integers().between(1, 40).optional(0.4),
                Combinators.combine(Arbitraries.integers().between(2, 12), Arbitraries.integers().between(1, 20))
                        .as(RollingSpec::new).optional(0.4))
                .as((head, a, tt, quota, clause, perMonth, rolling) -> new Terms(head.get1(),
                        Math.min(head.get2(), 12 - head.get3()), head.get3(), head.get4(), head.get5(), a, tt, quota,
                        clause, perMonth, rolling));
    }

    /** {@return the availability objective's terms} */
    public static Arbitrary<AvailabilitySpec> availability() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(0, 0, 1, 5),
                Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_UP).optional(0.4),
                Arbitraries.of(true, false, false),
                Arbitraries.of(0, 0, 0, 1, 2))
                .as(AvailabilitySpec::new);
    }

    /** {@return the time-to objective's terms} */
    public static Arbitrary<TimeToSpec> timeTo() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 16),
                Arbitraries.integers().between(50, 100),
                Arbitraries.longs().between(0, 20_000),
                Arbitraries.longs().between(0, 50_000).optional(0.4))
                .as(TimeToSpec::new);
    }

    /** {@return the availability clause's extra terms} */
    public static Arbitrary<ClauseSpec> clauses() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 60).optional(0.4),
                Arbitraries.longs().between(1, 5_000).optional(0.3),
                Arbitraries.of(0, 0, 1, 2, 3),
                Arbitraries.of(0, 0, 1, 2),
                Arbitraries.of(true, false))
                .as(ClauseSpec::new);
    }

    /** {@return an outage: a cause, a start (a minute, plus some seconds) and a length in minutes} */
    public static Arbitrary<OutageSpec> outages() {
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(1, 120)),
                Tuple.of(2, Arbitraries.integers().between(120, 2_880)),
                Tuple.of(1, Arbitraries.integers().between(1, 3 * 24 * 60)));
        return Combinators.combine(
                Arbitraries.of(Cause.class),
                Arbitraries.integers().between(-2 * 24 * 60, 3 * MONTH),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 59))),
                lengths)
                .as(OutageSpec::new);
    }

    /** {@return a support case} */
    public static Arbitrary<CaseSpec> cases() {
        Arbitrary<PauseSpec> pauses = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 3_000), Arbitraries.of(true, false)).as(PauseSpec::new);
        return Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3 * MONTH),
                pauses.list().ofMaxSize(2),
                Arbitraries.integers().between(0, 3 * 24 * 60).optional(0.8))
                .as(CaseSpec::new);
    }

    /**
     * Leads counted at some minute.
     *
     * @return the counts
     */
    public static Arbitrary<CountSpec> counts() {
        return Combinators.combine(Arbitraries.integers().between(0, 3 * MONTH), Arbitraries.integers().between(0, 120))
                .as(CountSpec::new);
    }

    /** {@return an earlier month: its credits in thousandths of the fees, and whether it was met} */
    public static Arbitrary<MonthSpec> months() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.of(true, true, false))
                .as(MonthSpec::new);
    }
}
