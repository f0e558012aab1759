package io.slarules.rules.properties;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every segment of an attribution is backed by its cause, whatever the agreement and the timeline. */
class AttributionPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    // Property 1 (shares add up to the total, each party's segments to its share, none negative,
    // every responsible a party or EXCUSED, a reported attribution late) is the test kit's invariant
    // SlaInvariants.sharesAddUp, run 1,000 times by DefaultEngineInvariantsTest.

    /**
     * Every segment is backed by its cause: own delay counts against the owner of the obligation
     * it was born in; a blocked segment names a blocked interval of that obligation, caused by the
     * party it counts against, which is not the obligation's owner; a force-majeure segment names
     * a force-majeure period and is excused (and only those are); a segment's interval lies inside
     * its event's interval and inside its origin's work time, and its length is at most the
     * interval's wall-clock length; a passed-on segment travels along dependency edges (not the
     * edge a relative due date hangs on), nearest first.
     */
    @Property
    void everySegmentIsBackedByItsCauseInsideItsOriginsWorkTimeAndTravelsAlongDependencies(
            @ForAll("inputs") GeneratedInput s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        Map<String, ReferencePolicy.Outcome> reference = ReferencePolicy.evaluate(s.agreement(), s.period(), s.timeline());

        for (DelayAttribution a : evaluation.attributions()) {
            for (Segment seg : a.segments()) {
                String about = "segment " + seg + " of " + a.subject() + " in " + s;
                Obligation origin = s.agreement().obligation(seg.origin()).orElseThrow(
                        () -> new AssertionError("unknown origin, " + about));
                boolean excuseOverlap = s.agreement().concurrentDelay().policy().equals(ConcurrentDelay.EXCUSE_OVERLAP);
                assertThat(seg.responsible().isExcused()).as("excused iff force majeure or an excused overlap, " + about)
                        .isEqualTo(seg.cause() == Cause.FORCE_MAJEURE
                                || (seg.cause() == Cause.CONCURRENT_DELAY && excuseOverlap));
                switch (seg.cause()) {
                    case OWN_DELAY -> {
                        assertThat(seg.responsible()).as(about).isEqualTo(Responsible.party(origin.owner()));
                        assertThat(seg.event()).as(about).isEmpty();
                    }
                    case BLOCKED -> {
                        BlockedInterval b = event(s, seg, BlockedInterval.class, about);
                        assertThat(b.obligations()).as(about).contains(origin.id());
                        assertThat(Responsible.party(b.responsible())).as(about).isEqualTo(seg.responsible());
                        assertThat(s.agreement().answeredBy(origin.owner()))
                                .as("the owner's side's own block shifts nothing, " + about)
                                .doesNotContain(b.responsible());
                        assertInside(seg, b.interval(), reference.get(origin.id()), s, about);
                    }
                    case CONCURRENT_DELAY -> {
                        // another party's block that overlapped the owner's side's: excused, or apportioned
                        BlockedInterval b = event(s, seg, BlockedInterval.class, about);
                        assertThat(b.obligations()).as(about).contains(origin.id());
                        assertThat(s.agreement().answeredBy(origin.owner())).as(about).doesNotContain(b.responsible());
                        assertThat(s.agreement().concurrentDelay().policy()).as(about)
                                .isIn(ConcurrentDelay.EXCUSE_OVERLAP, ConcurrentDelay.APPORTION);
                        if (!excuseOverlap) {
                            assertThat(Responsible.party(b.responsible())).as(about).isEqualTo(seg.responsible());
                        }
                        assertInside(seg, b.interval(), reference.get(origin.id()), s, about);
                    }
                    case FORCE_MAJEURE -> {
                        ForceMajeure f = event(s, seg, ForceMajeure.class, about);
                        assertInside(seg, f.interval(), reference.get(origin.id()), s, about);
                    }
                }
                // the path origin -> via (farthest first) -> subject follows shifting dependency edges
                if (seg.origin().equals(a.subject())) {
                    assertThat(seg.via()).as(about).isEmpty();
                } else {
                    List<String> chain = new ArrayList<>();
                    chain.add(a.subject());
                    chain.addAll(seg.via());
                    chain.add(seg.origin());
                    for (int i = 0; i + 1 < chain.size(); i++) {
                        Obligation dependent = s.agreement().obligation(chain.get(i)).orElseThrow();
                        String dependency = chain.get(i + 1);
                        assertThat(dependent.dependsOn()).as("edge " + dependent.id() + " -> " + dependency + ", " + about)
                                .contains(dependency);
                        assertThat(dependent.dueAnchor()).as("a relative due date's anchor shifts nothing, " + about)
                                .isNotEqualTo(Optional.of(dependency));
                    }
                }
            }
        }
    }

    private static <T extends TimelineEvent> T event(GeneratedInput s, Segment seg, Class<T> type, String about) {
        assertThat(seg.event()).as(about).isPresent();
        TimelineEvent e = s.timeline().events().stream().filter(x -> x.id().equals(seg.event().get()))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + seg.event().get() + ", " + about));
        assertThat(e).as(about).isInstanceOf(type);
        return type.cast(e);
    }

    private static void assertInside(Segment seg, Interval event, ReferencePolicy.Outcome origin, GeneratedInput s,
                                     String about) {
        assertThat(seg.interval()).as(about).isPresent();
        Interval i = seg.interval().get();
        assertThat(event.encloses(i)).as("inside its event's interval " + event + ", " + about).isTrue();
        assertThat(i.startInclusive()).as("not before the work starts, " + about).isAfterOrEqualTo(origin.workStart());
        assertThat(i.endExclusive()).as("not after the work ends, " + about).isBeforeOrEqualTo(origin.measuredTo());
        assertThat(seg.length()).as("at most the interval's wall-clock length, " + about)
                .isLessThanOrEqualTo(ReferencePolicy.wallClock(i.startInclusive(), i.endExclusive(), s.zone()));
    }
}
