package io.slarules.rules.properties;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.model.obligations.Obligation;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** How late an obligation is does not depend on who is responsible: it is measured on the wall clock. */
class LatenessPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    /**
     * Property 2. Every attribution's total is the wall-clock time, in the agreement's zone, from
     * the due instant to the fulfilment (or the period's end while open), computed here
     * independently: a date is due at the end of that day; "n calendar/business days after X" at
     * the end of the n-th such day after the day X was fulfilled (a fulfilment at midnight belongs
     * to the day it ends); not late while X is open. An obligation that is late by that measure and
     * settled in the period (or still open) is reported with exactly that total, its due instant,
     * fulfilment and end of measurement; one that is not late is not reported.
     */
    @Property
    void totalIsTheWallClockLatenessFromTheDueInstantToTheFulfilmentOrThePeriodsEnd(@ForAll("inputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());

        Instant periodStart = s.period().startInclusive().atStartOfDay(s.zone()).toInstant();
        Instant asOf = s.period().endExclusive().atStartOfDay(s.zone()).toInstant();
        assertThat(evaluation.asOf()).as("as of, " + s).isEqualTo(asOf);
        Map<String, Instant> fulfilled = ReferencePolicy.fulfilledBy(s.timeline(), asOf);
        for (Obligation o : s.agreement().obligations()) {
            Optional<Instant> done = Optional.ofNullable(fulfilled.get(o.id()));
            Instant measuredTo = done.orElse(asOf);
            Optional<Instant> due = ReferencePolicy.due(s.agreement(), o, fulfilled);
            Duration lateness = due.map(d -> ReferencePolicy.wallClock(d, measuredTo, s.zone())).orElse(Duration.ZERO);
            boolean reported = done.isEmpty() || done.get().isAfter(periodStart);
            Optional<DelayAttribution> a = evaluation.attribution(o.id());
            String about = o.id() + " due " + due.map(s::local).orElse("unknown") + ", measured to "
                    + s.local(measuredTo) + ", expected " + lateness + " late, in " + s;

            if (lateness.isZero() || !reported) {
                assertThat(a).as("no attribution for " + about).isEmpty();
                continue;
            }
            assertThat(a).as("attribution of " + about).isPresent();
            assertThat(a.get().total()).as("total of " + about).isEqualTo(lateness);
            assertThat(a.get().due()).as("due of " + about).isEqualTo(due.orElseThrow());
            assertThat(a.get().fulfilled()).as("fulfilment of " + about).isEqualTo(done);
            assertThat(a.get().measuredTo()).as("measured to, " + about).isEqualTo(measuredTo);
            assertThat(a.get().owner()).as("owner, " + about).isEqualTo(o.owner());
        }
    }
}
