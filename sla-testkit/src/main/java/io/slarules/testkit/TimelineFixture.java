package io.slarules.testkit;

import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link Timeline} of an agreement for a test, reading dates as its files do, in the
 * agreement's zone: a fulfilment on a date took place by the end of that day, an interval's dates
 * are the starts of their days ({@code to} exclusive). An instant may be given with its offset
 * ({@code 2026-06-07T18:00:00+02:00}) or as a local time in the agreement's zone
 * ({@code 2026-06-07T18:00}). Start with {@link Fixtures#timeline(Agreement)}:
 *
 * <pre>{@code
 * Timeline timeline = Fixtures.timeline(agreement)
 *         .fulfilled("SPEC-1", "2026-03-23")
 *         .blocked("DELIVERY-1", "2026-04-01", "2026-04-03", "client-b")
 *         .forceMajeure("2026-04-10", "2026-04-11")
 *         .fulfilled("DELIVERY-1", "2026-04-24")
 *         .build();
 * }</pre>
 *
 * <p>Events are numbered as they are added: {@code F-1, F-2, ...}, {@code B-1, ...},
 * {@code FM-1, ...}. Mutable, not thread-safe.
 */
public final class TimelineFixture {

    private final Agreement agreement;
    private final List<TimelineEvent> events = new ArrayList<>();
    private int fulfilments;
    private int blocks;
    private int forceMajeure;

    TimelineFixture(Agreement agreement) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
    }

    /**
     * The obligation was fulfilled at a date (by its end, as {@link Fulfilment#onDate} reads it) or an instant.
     *
     * @param obligation the obligation's id
     * @param dateOrInstant a date, {@code yyyy-mm-dd}, or an instant
     * @return this fixture, for further settings
     */
    public TimelineFixture fulfilled(String obligation, String dateOrInstant) {
        String id = "F-" + ++fulfilments;
        events.add(FixtureValues.isDate(dateOrInstant)
                ? Fulfilment.onDate(id, obligation, LocalDate.parse(dateOrInstant), agreement.zone())
                : Fulfilment.of(id, obligation, FixtureValues.instant(dateOrInstant, agreement.zone(), false)));
        return this;
    }

    /**
     * {@code party} blocked work on the obligation from {@code from} until {@code to} (exclusive).
     *
     * @param obligation the obligation's id
     * @param from the start, a date or an instant
     * @param to the end, exclusive, a date or an instant
     * @param party the id of the party that blocked it
     * @return this fixture, for further settings
     */
    public TimelineFixture blocked(String obligation, String from, String to, String party) {
        return blocked(obligation, from, to, party, "");
    }

    /**
     * {@code party} blocked work on the obligation from {@code from} until {@code to}, for a reason.
     *
     * @param obligation the obligation's id
     * @param from the start, a date or an instant
     * @param to the end, exclusive, a date or an instant
     * @param party the id of the party that blocked it
     * @param reason why, for explanations
     * @return this fixture, for further settings
     */
    public TimelineFixture blocked(String obligation, String from, String to, String party, String reason) {
        events.add(BlockedInterval.of("B-" + ++blocks, obligation, interval(from, to), party, reason));
        return this;
    }

    /**
     * Force majeure from {@code from} until {@code to} (exclusive).
     *
     * @param from the start, a date or an instant
     * @param to the end, exclusive, a date or an instant
     * @return this fixture, for further settings
     */
    public TimelineFixture forceMajeure(String from, String to) {
        return forceMajeure(from, to, "");
    }

    /**
     * Force majeure from {@code from} until {@code to} (exclusive), for a reason.
     *
     * @param from the start, a date or an instant
     * @param to the end, exclusive, a date or an instant
     * @param reason what happened, for explanations
     * @return this fixture, for further settings
     */
    public TimelineFixture forceMajeure(String from, String to, String reason) {
        events.add(ForceMajeure.of("FM-" + ++forceMajeure, interval(from, to), reason));
        return this;
    }

    /**
     * Adds an event built by hand.
     *
     * @param event the event
     * @return this fixture, for further settings
     */
    public TimelineFixture event(TimelineEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
        return this;
    }

    /**
     * Builds the timeline and checks it against the agreement.
     *
     * @throws InvalidInputException naming each unknown obligation or party, as a timeline file would
     * @return the timeline
     */
    public Timeline build() {
        Timeline timeline = Timeline.of(events);
        timeline.requireConsistentWith(agreement);
        return timeline;
    }

    private Interval interval(String from, String to) {
        return Interval.of(FixtureValues.instant(from, agreement.zone(), true),
                FixtureValues.instant(to, agreement.zone(), true));
    }
}
