package io.slarules.rules.properties;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.model.BlockedInterval;
import io.slarules.model.ForceMajeure;
import io.slarules.model.Interval;
import io.slarules.model.Obligation;
import io.slarules.model.TimelineEvent;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of every attribution, whatever the agreement and the timeline. */
class AttributionPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return AgreementArbitraries.scenarios();
    }

    /**
     * Property 1. For every attribution: the shares add up exactly to the total; the segments of
     * each responsible party add up exactly to that party's share (not only in sum: party by
     * party); no share or segment is negative; each party has one share; every responsible is a
     * party of the agreement or {@code EXCUSED}; a reported attribution is late.
     */
    @Property(tries = 300)
    void sharesAddUpToTheTotalAndEachPartysSegmentsToItsShareAndNoneIsNegative(@ForAll("scenarios") Scenario s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());

        for (DelayAttribution a : evaluation.attributions()) {
            String about = a.subject() + " in " + s;
            assertThat(a.total()).as("total of a reported attribution, " + about).isPositive();
            Duration sumOfShares = a.shares().stream().map(Share::length).reduce(Duration.ZERO, Duration::plus);
            assertThat(sumOfShares).as("sum of the shares of " + about).isEqualTo(a.total());

            Map<Responsible, Duration> shares = new LinkedHashMap<>();
            for (Share share : a.shares()) {
                assertThat(share.length().isNegative()).as("negative share " + share + " of " + about).isFalse();
                assertThat(shares.put(share.responsible(), share.length()))
                        .as("second share of " + share.responsible() + " in " + about).isNull();
                assertThat(share.responsible().isExcused()
                        || s.agreement().party(share.responsible().id()).isPresent())
                        .as("unknown responsible " + share.responsible() + " in " + about).isTrue();
            }
            Map<Responsible, Duration> bySegments = new LinkedHashMap<>();
            for (Segment segment : a.segments()) {
                assertThat(segment.length().isNegative()).as("negative segment " + segment + " of " + about).isFalse();
                bySegments.merge(segment.responsible(), segment.length(), Duration::plus);
            }
            bySegments.values().removeIf(Duration::isZero);
            Map<Responsible, Duration> nonZeroShares = new LinkedHashMap<>(shares);
            nonZeroShares.values().removeIf(Duration::isZero);
            assertThat(bySegments).as("segments per party vs shares per party of " + about)
                    .isEqualTo(nonZeroShares);
        }
    }

    /**
     * Every segment is backed by its cause: own delay counts against the owner of the obligation
     * it was born in; a blocked segment names a blocked interval of that obligation, caused by the
     * party it counts against, which is not the obligation's owner; a force-majeure segment names
     * a force-majeure period and is excused (and only those are); a segment's interval lies inside
     * its event's interval and inside its origin's work time, and its length is at most the
     * interval's wall-clock length; a passed-on segment travels along dependency edges (not the
     * edge a relative due date hangs on), nearest first.
     */
    @Property(tries = 300)
    void everySegmentIsBackedByItsCauseInsideItsOriginsWorkTimeAndTravelsAlongDependencies(
            @ForAll("scenarios") Scenario s) {
        Evaluation evaluation = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        Map<String, ReferencePolicy.Outcome> reference = ReferencePolicy.evaluate(s.agreement(), s.period(), s.timeline());

        for (DelayAttribution a : evaluation.attributions()) {
            for (Segment seg : a.segments()) {
                String about = "segment " + seg + " of " + a.subject() + " in " + s;
                Obligation origin = s.agreement().obligation(seg.origin()).orElseThrow(
                        () -> new AssertionError("unknown origin, " + about));
                assertThat(seg.responsible().isExcused()).as("excused iff force majeure, " + about)
                        .isEqualTo(seg.cause() == Cause.FORCE_MAJEURE);
                switch (seg.cause()) {
                    case OWN_DELAY -> {
                        assertThat(seg.responsible()).as(about).isEqualTo(Responsible.party(origin.owner()));
                        assertThat(seg.event()).as(about).isEmpty();
                    }
                    case BLOCKED -> {
                        BlockedInterval b = event(s, seg, BlockedInterval.class, about);
                        assertThat(b.obligations()).as(about).contains(origin.id());
                        assertThat(Responsible.party(b.responsible())).as(about).isEqualTo(seg.responsible());
                        assertThat(b.responsible()).as("the owner's own block shifts nothing, " + about)
                                .isNotEqualTo(origin.owner());
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

    private static <T extends TimelineEvent> T event(Scenario s, Segment seg, Class<T> type, String about) {
        assertThat(seg.event()).as(about).isPresent();
        TimelineEvent e = s.timeline().events().stream().filter(x -> x.id().equals(seg.event().get()))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + seg.event().get() + ", " + about));
        assertThat(e).as(about).isInstanceOf(type);
        return type.cast(e);
    }

    private static void assertInside(Segment seg, Interval event, ReferencePolicy.Outcome origin, Scenario s,
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
