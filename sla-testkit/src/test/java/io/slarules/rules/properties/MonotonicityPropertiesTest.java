package io.slarules.rules.properties;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import io.slarules.testkit.properties.Specs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** More time that nobody is responsible for never costs anyone more. */
class MonotonicityPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    @Provide
    Arbitrary<Specs.ForceMajeureSpec> forceMajeure() {
        return SlaArbitraries.forceMajeureSpecs();
    }

    /**
     * Property 7a. Adding a force-majeure period changes no obligation's total delay, never
     * increases any party's share of any obligation's delay, never decreases the excused share,
     * and never increases the sum a debtor pays under any clause.
     *
     * <p>Why it holds under the policy. Totals depend only on due dates and fulfilments. An
     * obligation's delay is the prefix, as long as its lateness, of: its critical dependency's
     * segments, then the claimed intervals in time order, then its owner's own time. The critical
     * dependency is chosen by totals, which do not change, and (by induction along the graph) a
     * party's part of any prefix of its segments does not grow. Among the claims, the new period
     * can only take time from a party whose claim started later, never give it some, and it can
     * only add time in front of a party's pieces, so a party's part of any prefix does not grow;
     * the claims together cover at least as much as before, so the owner's own rest does not grow
     * either. The excused share is the rest of the same total. Fewer units give a lower price, and
     * the decisions under a cap add up to min(cap, sum of rounded prices), which does not grow. A
     * single decision under a cap may grow, though: a smaller earlier decision leaves it more of
     * the cap; so only sums per clause are compared.
     *
     * <p>The argument needs lengths on the wall clock to be additive and monotone (a part of an
     * interval never measures more than the interval). They are, because the wall clock never runs
     * backwards: it stands still while clocks that went back repeat an hour. (Read as plain local
     * time it would run backwards there, and the property would not hold for instants in that
     * hour.)
     */
    @Property
    void addingForceMajeureNeverIncreasesAnyPartysShareNorTheSumUnderAnyClause(
            @ForAll("inputs") GeneratedInput s, @ForAll("forceMajeure") Specs.ForceMajeureSpec extra) {
        Instant start = extra.start().resolve(s.window());
        ForceMajeure fm = ForceMajeure.of("FM-added", Interval.of(start, start.plusSeconds(60L * extra.minutes())), "added");
        List<TimelineEvent> more = new ArrayList<>(s.events());
        more.add(fm);
        GeneratedInput with = s.withEvents(more);

        Evaluation before = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        Evaluation after = ENGINE.evaluate(with.agreement(), with.period(), with.timeline());

        String about = "adding " + with.describe(fm) + " to " + s;
        for (Obligation o : s.agreement().obligations()) {
            Optional<DelayAttribution> b = before.attribution(o.id());
            Optional<DelayAttribution> a = after.attribution(o.id());
            assertThat(a.map(DelayAttribution::total)).as("total of " + o.id() + ", " + about)
                    .isEqualTo(b.map(DelayAttribution::total));
            if (b.isEmpty()) {
                continue;
            }
            Set<Responsible> responsible = new LinkedHashSet<>();
            b.get().shares().forEach(x -> responsible.add(x.responsible()));
            a.get().shares().forEach(x -> responsible.add(x.responsible()));
            for (Responsible r : responsible) {
                Duration was = b.get().shareOf(r);
                Duration is = a.get().shareOf(r);
                if (r.isExcused()) {
                    assertThat(is).as("excused share of " + o.id() + ", " + about).isGreaterThanOrEqualTo(was);
                } else {
                    assertThat(is).as(r + "'s share of " + o.id() + ", " + about).isLessThanOrEqualTo(was);
                }
            }
        }
        for (PenaltyClause c : s.agreement().penalties()) {
            assertThat(sum(after, c.id())).as("sum under clause " + c.id() + ", " + about)
                    .isLessThanOrEqualTo(sum(before, c.id()));
        }
    }

    private static BigDecimal sum(Evaluation e, String clause) {
        return e.penalties().stream().filter(d -> d.clause().equals(clause)).map(d -> d.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
