package io.slarules.rules.properties;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import io.slarules.testkit.properties.Specs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule base does what the default policy says, checked against the policy written down again. */
class ReferencePolicyPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    /**
     * Every obligation's shares are those of {@link ReferencePolicy}, an independent rendering of
     * the default policy (critical late dependency first, carrying its blame; then other parties'
     * blocks and force majeure in its work time, in time order, overlaps once; the rest the
     * owner's), party by party; attributions are reported exactly for the obligations late and
     * settled in the period or still open.
     */
    @Property
    void sharesFollowTheDefaultPolicyPartyByParty(@ForAll("inputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        collectCoverage(s, evaluation);
        assertFollowsTheReference(s, evaluation);
    }

    /**
     * Inputs in which every blocked interval has a twin caused by the next party (provider,
     * customer, subcontractor, round), starting a third of its length later on the same
     * obligations: the owner's side and another party block the same work at once far more often
     * than in {@link SlaArbitraries#inputs()}, under every concurrent-delay policy.
     */
    @Provide
    Arbitrary<GeneratedInput> crowdedInputs() {
        return SlaArbitraries.inputSpecs().map(spec -> {
            List<Specs.BlockSpec> blocks = new ArrayList<>(spec.blocks());
            for (Specs.BlockSpec b : spec.blocks()) {
                Specs.Time start = b.start();
                Specs.Time later = switch (start.kind()) {
                    case ANY_MINUTE -> new Specs.Time(start.kind(), Math.min(Specs.Time.MINUTES - 1, start.raw() + b.minutes() / 3));
                    case MIDNIGHT -> new Specs.Time(start.kind(), Math.min(Specs.Window.DAYS - 1,
                            start.raw() + b.minutes() / (3 * 24 * 60)));
                    case NEAR_DST -> new Specs.Time(start.kind(), Math.min(240, start.raw() + b.minutes() / 3));
                };
                blocks.add(new Specs.BlockSpec(b.obligations(), b.responsible() + 1, later, b.minutes() + 60));
            }
            return GeneratedInput.of(new Specs.InputSpec(spec.window(), spec.obligations(), spec.clauses(), blocks,
                    spec.forceMajeure(), spec.holidays(), spec.concurrentDelay()), false);
        });
    }

    /** As {@link #sharesFollowTheDefaultPolicyPartyByParty}, where concurrent delay is frequent. */
    @Property
    void concurrentDelayFollowsThePolicyPartyByParty(@ForAll("crowdedInputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        Statistics.label("concurrent delay under " + s.agreement().concurrentDelay().policy()).collect(
                evaluation.attributions().stream().anyMatch(a -> a.rules().stream().anyMatch(r -> r.startsWith("concurrent: "))));
        assertFollowsTheReference(s, evaluation);
    }

    private static void assertFollowsTheReference(GeneratedInput s, Evaluation evaluation) {
        Map<String, ReferencePolicy.Outcome> reference = ReferencePolicy.evaluate(s.agreement(), s.period(), s.timeline());

        for (ReferencePolicy.Outcome expected : reference.values()) {
            Optional<DelayAttribution> actual = evaluation.attribution(expected.id());
            String about = expected.id() + ": expected " + expected.lateness() + " late, shares " + expected.shares()
                    + ", pieces " + expected.pieces() + "; actual " + actual.map(a -> a.total() + " " + a.shares()
                    + " segments " + a.segments()).orElse("none") + ", in " + s;
            if (!expected.reported()) {
                assertThat(actual).as("not reported, " + about).isEmpty();
                continue;
            }
            assertThat(actual).as("reported, " + about).isPresent();
            assertThat(actual.get().total()).as("total, " + about).isEqualTo(expected.lateness());
            Map<Responsible, Duration> shares = new LinkedHashMap<>();
            for (Share share : actual.get().shares()) {
                if (!share.length().isZero()) {
                    shares.put(share.responsible(), share.length());
                }
            }
            assertThat(shares).as("shares, " + about).isEqualTo(expected.shares());
        }
    }

    /** What the generated inputs exercise, reported by jqwik after the run: the generators' reach. */
    private static void collectCoverage(GeneratedInput s, Evaluation e) {
        Statistics.label("obligations").collect(s.agreement().obligations().size());
        Statistics.label("clauses").collect(s.agreement().penalties().size());
        Statistics.label("obligations late").collect(e.attributions().size() > 3 ? "4+" : String.valueOf(e.attributions().size()));
        Statistics.label("blame passed on by a dependency").collect(e.attributions().stream()
                .anyMatch(a -> a.segments().stream().anyMatch(x -> !x.origin().equals(a.subject()))));
        Statistics.label("blocked by another party").collect(e.attributions().stream()
                .anyMatch(a -> a.segments().stream().anyMatch(x -> x.cause() == Cause.BLOCKED)));
        Statistics.label("force majeure excused").collect(e.attributions().stream()
                .anyMatch(a -> a.segments().stream().anyMatch(x -> x.cause() == Cause.FORCE_MAJEURE)));
        Statistics.label("concurrent delay under " + s.agreement().concurrentDelay().policy()).collect(
                e.attributions().stream().anyMatch(a -> a.rules().stream().anyMatch(r -> r.startsWith("concurrent: "))));
        Statistics.label("decisions").collect(e.penalties().size() > 2 ? "3+" : String.valueOf(e.penalties().size()));
        Statistics.label("a decision capped").collect(e.penalties().stream().anyMatch(d -> d.capped()));
        Statistics.label("a late relative due date").collect(e.attributions().stream().anyMatch(a ->
                s.agreement().obligation(a.subject()).orElseThrow().dueAnchor().isPresent()));
        Instant change = s.window().dstChange();
        Statistics.label("a delay across the DST change").collect(!s.zone().getId().equals("UTC")
                && e.attributions().stream().anyMatch(a -> a.due().isBefore(change) && a.measuredTo().isAfter(change)));
    }
}
