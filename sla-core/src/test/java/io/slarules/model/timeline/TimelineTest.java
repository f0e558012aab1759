package io.slarules.model.timeline;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private static final Fulfilment SPEC_DONE = Fulfilment.of("F-1", "SPEC-1", day(8));
    private static final Fulfilment DELIVERY_DONE = Fulfilment.of("F-2", "DELIVERY-1", day(25));
    private static final BlockedInterval WAITING = BlockedInterval.of("B-1", "DELIVERY-1",
            Interval.of(day(12), day(14)), "CUSTOMER", "test environment down");
    private static final BlockedInterval WAITING_AGAIN = BlockedInterval.of("B-2", "DELIVERY-1",
            Interval.of(day(12), day(13)), "CUSTOMER", "");
    private static final ForceMajeure FLOOD = ForceMajeure.of("FM-1", Interval.of(day(15), day(16)), "flood");

    private static final List<TimelineEvent> ALL = List.of(SPEC_DONE, DELIVERY_DONE, WAITING, WAITING_AGAIN, FLOOD);

    private static Agreement agreement() {
        Party vendor = Party.of("VENDOR", "Vendor GmbH", PartyRole.PROVIDER);
        Party customer = Party.of("CUSTOMER", "Customer AG", PartyRole.CUSTOMER);
        return Agreement.builder("ACME-1").parties(vendor, customer).currency("EUR")
                .effective(DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01")))
                .obligations(
                        Obligation.of("SPEC-1", "CUSTOMER", "VENDOR", "", Due.onDate(LocalDate.parse("2026-03-06"))),
                        Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "", Due.onDate(LocalDate.parse("2026-03-20")))
                                .withDependsOn("SPEC-1"))
                .build();
    }

    private static void inconsistent(Timeline timeline, String... paths) {
        assertThatThrownBy(() -> timeline.requireConsistentWith(agreement()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).contains("ACME-1");
                    assertThat(e.problems()).extracting(Problem::path).containsExactly(paths);
                    assertThat(e.problems()).extracting(Problem::source).containsOnly("timeline");
                });
    }

    // --- order and duplicates -------------------------------------------------------------------

    @Test
    void orderOfEventsDoesNotMatter() {
        List<TimelineEvent> reversed = new ArrayList<>(ALL);
        Collections.reverse(reversed);

        assertThat(Timeline.of(reversed)).isEqualTo(Timeline.of(ALL)).hasSameHashCodeAs(Timeline.of(ALL));
        assertThat(Timeline.of(reversed).events()).isEqualTo(Timeline.of(ALL).events());
    }

    @Property
    void anyShuffleGivesTheSameTimeline(@ForAll long seed) {
        List<TimelineEvent> shuffled = new ArrayList<>(ALL);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Timeline.of(shuffled)).isEqualTo(Timeline.of(ALL));
    }

    @Test
    void eventsAreKeptInCanonicalOrder() {
        Timeline timeline = Timeline.of(FLOOD, WAITING, DELIVERY_DONE, WAITING_AGAIN, SPEC_DONE);

        assertThat(timeline.fulfilments()).containsExactly(SPEC_DONE, DELIVERY_DONE);
        // same start: the one ending first (B-2 ends on day 13, B-1 on day 14)
        assertThat(timeline.blocked()).containsExactly(WAITING_AGAIN, WAITING);
        assertThat(timeline.forceMajeure()).containsExactly(FLOOD);
        assertThat(timeline.events()).containsExactly(SPEC_DONE, DELIVERY_DONE, WAITING_AGAIN, WAITING, FLOOD);
    }

    @Test
    void eventsAtTheSameTimeAreOrderedById() {
        Fulfilment second = Fulfilment.of("F-2", "DELIVERY-1", day(8));
        Fulfilment first = Fulfilment.of("F-1", "SPEC-1", day(8));

        assertThat(Timeline.of(second, first).fulfilments()).containsExactly(first, second);
    }

    @Test
    void identicalDuplicateCountsOnce() {
        Timeline twice = Timeline.of(SPEC_DONE, FLOOD, Fulfilment.of("F-1", "SPEC-1", day(8)), FLOOD);

        assertThat(twice).isEqualTo(Timeline.of(SPEC_DONE, FLOOD));
        assertThat(twice.events()).containsExactly(SPEC_DONE, FLOOD);
    }

    @Test
    void twoDifferentEventsWithOneIdAreRefused() {
        Fulfilment other = Fulfilment.of("F-1", "SPEC-1", day(9));

        assertThatThrownBy(() -> Timeline.of(SPEC_DONE, other))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).isEmpty();
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.source()).isEqualTo("timeline");
                        assertThat(p.path()).isEqualTo("events[F-1]");
                        assertThat(p.message()).contains("F-1");
                    });
                });
    }

    @Test
    void eventsOfDifferentKindsCannotShareAnId() {
        ForceMajeure sameId = ForceMajeure.of("F-1", Interval.of(day(1), day(2)), "");

        assertThatThrownBy(() -> Timeline.of(SPEC_DONE, sameId)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void plusAddsEventsAndKeepsTheOrder() {
        Timeline timeline = Timeline.of(DELIVERY_DONE).plus(FLOOD, SPEC_DONE);

        assertThat(timeline).isEqualTo(Timeline.of(SPEC_DONE, DELIVERY_DONE, FLOOD));
        assertThat(timeline.plus(SPEC_DONE)).isEqualTo(timeline);
    }

    @Test
    void plusRefusesAConflictingEvent() {
        assertThatThrownBy(() -> Timeline.of(SPEC_DONE).plus(Fulfilment.of("F-1", "DELIVERY-1", day(8))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void emptyTimelineHasNoEvents() {
        assertThat(Timeline.empty().events()).isEmpty();
        assertThat(Timeline.empty()).isEqualTo(Timeline.of(List.of()));
    }

    // --- consistency with an agreement ------------------------------------------------------------

    @Test
    void problemsWithADraftLeaveOutReferencesToWhatCouldNotBeRead() {
        Agreement agreement = agreement();
        // DELIVERY-1 and the party CUSTOMER could not be read; SPEC-1 and VENDOR could
        AgreementDraft draft = new AgreementDraft(agreement.id(), agreement.kind(), agreement.zone(),
                agreement.currency(), agreement.effective(), List.of(), agreement.moneyRounding(),
                List.of(agreement.parties().get(0)), List.of(agreement.obligations().get(0)), List.of(), null, List.of(),
                null, new AgreementDraft.Unread(new AgreementDraft.UnreadIds(java.util.Set.of("CUSTOMER"), false),
                new AgreementDraft.UnreadIds(java.util.Set.of("DELIVERY-1"), false), AgreementDraft.UnreadIds.NONE,
                AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE));
        Timeline timeline = Timeline.of(SPEC_DONE, DELIVERY_DONE, WAITING,
                Fulfilment.of("F-9", "SPEC-9", day(9)), BlockedInterval.of("B-9", "SPEC-1", Interval.of(day(1), day(2)),
                        "NOBODY", ""));

        assertThat(timeline.problemsWith(draft)).extracting(Problem::path).containsExactly(
                "fulfilments[F-9].obligation", "blocked[B-9].responsible");
        assertThat(timeline.problemsWith(AgreementDraft.of(agreement))).extracting(Problem::path).containsExactly(
                "fulfilments[F-9].obligation", "blocked[B-9].responsible");
    }

    @Test
    void eventsOutsideEffectiveDatesNeedOnlyTheDatesAndTheZone() {
        Timeline timeline = Timeline.of(SPEC_DONE, Fulfilment.of("F-0", "DELIVERY-1", Instant.parse("2025-12-31T12:00:00Z")));

        assertThat(timeline.eventsOutsideEffectiveDates(agreement().effective(), agreement().zone()))
                .isEqualTo(timeline.eventsOutsideEffectiveDates(agreement()))
                .extracting(Problem::path).containsExactly("fulfilments[F-0].at");
    }

    @Test
    void consistentTimelinePasses() {
        assertThatNoException().isThrownBy(() -> Timeline.of(ALL).requireConsistentWith(agreement()));
    }

    @Test
    void fulfilmentOfAnUnknownObligationIsRefused() {
        inconsistent(Timeline.of(SPEC_DONE, Fulfilment.of("F-2", "GHOST-1", day(9))), "fulfilments[F-2].obligation");
    }

    @Test
    void blockedIntervalOfAnUnknownObligationIsRefusedAtItsIndex() {
        BlockedInterval blocked = new BlockedInterval("B-1", List.of("DELIVERY-1", "GHOST-1"),
                Interval.of(day(1), day(2)), "CUSTOMER", "");

        inconsistent(Timeline.of(blocked), "blocked[B-1].obligations[1]");
    }

    @Test
    void blockedIntervalOfAnUnknownPartyIsRefused() {
        BlockedInterval blocked = BlockedInterval.of("B-1", "DELIVERY-1", Interval.of(day(1), day(2)), "NOBODY", "");

        inconsistent(Timeline.of(blocked), "blocked[B-1].responsible");
    }

    @Test
    void obligationFulfilledTwiceIsRefusedAtTheLaterFulfilment() {
        // F-2 comes first in the input but is the later fulfilment
        Fulfilment again = Fulfilment.of("F-2", "SPEC-1", day(9));

        assertThatThrownBy(() -> Timeline.of(again, SPEC_DONE).requireConsistentWith(agreement()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("fulfilments[F-2]");
                    assertThat(e.problems().get(0).message()).contains("SPEC-1", "F-1");
                });
    }

    @Test
    void everyInconsistencyIsListed() {
        Timeline timeline = Timeline.of(SPEC_DONE, Fulfilment.of("F-2", "SPEC-1", day(9)),
                Fulfilment.of("F-3", "GHOST-1", day(10)),
                BlockedInterval.of("B-1", "GHOST-2", Interval.of(day(1), day(2)), "NOBODY", ""));

        inconsistent(timeline, "fulfilments[F-2]", "fulfilments[F-3].obligation", "blocked[B-1].obligations[0]",
                "blocked[B-1].responsible");
    }
}
