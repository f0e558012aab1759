package io.slarules.watch;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.SlaException;
import io.slarules.model.Agreement;
import io.slarules.model.WatchTerms;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.TimelineEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Watches many agreements live: events are appended as they arrive, the clock is advanced
 * explicitly (never read from the wall clock), and warnings are raised before (and when) a case,
 * an availability window or an obligation is breached. Get one from
 * {@link io.slarules.SlaEngine#monitor(WatchOptions)}.
 *
 * <p><b>Time.</b> The monitor knows every event that happened before its <em>watermark</em>, the
 * clock less the options' lateness: an event that happened earlier than the watermark is refused,
 * events at or after it are taken in any order. An event happens at its instant (a case event, a
 * fulfilment, a count) or at its start (an outage, a blocked interval, force majeure: its end may
 * lie ahead of the clock). A warning is raised once the watermark has passed the instant its
 * threshold was crossed, computed from the events before that instant only, so the same events
 * give the same warnings, with the same ids and contents, whatever their order of arrival within
 * the bound and however the clock is advanced.
 *
 * <p><b>Months.</b> When the watermark passes the end of a billing month (in an agreement's zone;
 * a calendar month unless the agreement's {@code billingCycle} starts months on another day), the
 * month is settled: it is evaluated from the monitor's events and the agreement's
 * history (which the evaluation extends), exactly as {@code SlaEngine.evaluate} evaluates the same
 * timeline, and told to the listener. Then the events that can no longer change a window still
 * open are dropped: outages that ended before the earliest open window, counts before it, and the
 * events of cases resolved before it; the warnings of what was dropped go with them. Fulfilments,
 * blocked intervals and force majeure are kept (an open obligation may need them).
 *
 * <p><b>Failures.</b> When a look at one agreement or the settlement of one of its months throws,
 * that agreement is stopped and the failure told to {@link WarningListener#failed(String, SlaException)};
 * the clock goes on for every other agreement.
 *
 * <p>A monitor is not thread-safe: one thread appends and advances (the listener is called on it).
 */
public interface Monitor {

    /**
     * Watches an agreement from now on, with the thresholds of {@code terms} in place of the
     * agreement's own. Its events are appended with {@link #append(String, Collection)}; the first
     * month settled is the one the clock is in (in the agreement's zone) when it is watched.
     *
     * @param agreement the agreement; its id must not be watched already
     * @param history   what earlier evaluations decided; each settled month extends it
     * @param terms     the thresholds, overriding {@link Agreement#watchTerms()}
     * @throws InvalidInputException when the agreement is watched already, or its history does not fit it
     */
    void watch(Agreement agreement, History history, WatchTerms terms);

    /**
     * Watches an agreement with the thresholds it states ({@link Agreement#watchTerms()}: the
     * {@linkplain WatchTerms#defaults() defaults} unless its file or builder sets them).
     *
     * @param agreement the agreement; its id must not be watched already
     * @param history   what earlier evaluations decided; each settled month extends it
     * @throws InvalidInputException as {@link #watch(Agreement, History, WatchTerms)}
     */
    default void watch(Agreement agreement, History history) {
        watch(agreement, history, java.util.Objects.requireNonNull(agreement, "agreement").watchTerms());
    }

    /**
     * Watches an agreement with an empty history and the thresholds it states.
     *
     * @param agreement the agreement
     * @throws InvalidInputException when the agreement is watched already
     */
    default void watch(Agreement agreement) {
        watch(agreement, History.empty(), java.util.Objects.requireNonNull(agreement, "agreement").watchTerms());
    }

    /**
     * Appends events of an agreement. An event already appended (same id, same content) is taken
     * once; nothing is appended when any event is refused.
     *
     * @param agreementId the agreement
     * @param events      the events, in any order
     * @throws InvalidInputException listing every problem at its event's id: an agreement not
     *                               watched or stopped by a failure, an event before the watermark, two events with one id,
     *                               an event that does not fit the agreement
     */
    void append(String agreementId, Collection<? extends TimelineEvent> events);

    /**
     * Appends events of an agreement.
     *
     * @param agreementId the agreement
     * @param events      the events
     * @throws InvalidInputException as {@link #append(String, Collection)}
     * @see #append(String, Collection)
     */
    default void append(String agreementId, TimelineEvent... events) {
        append(agreementId, List.of(events));
    }

    /**
     * Appends a fault that has started and is still going on: its end is not known yet. Until
     * {@link #outageEnded(String, String, Instant)} is told, the monitor takes it as going on: a
     * threshold it crosses is warned of once the watermark passes that instant, and a month settled
     * meanwhile counts it to the month's end (so the end, when told, must not lie before the
     * watermark). Planned maintenance has a planned end: {@linkplain #append(String, Collection) append} it.
     *
     * @param agreementId the agreement
     * @param outageId    the outage's id, unique within the agreement's events
     * @param service     the service that is down
     * @param start       when it started; not before the watermark
     * @param responsible the party that caused the fault
     * @param cause       in words, for explanations; may be empty
     * @throws InvalidInputException listing every problem, as {@link #append(String, Collection)}
     */
    void outageStarted(String agreementId, String outageId, String service, Instant start, String responsible,
                       String cause);

    /**
     * Ends an outage appended as going on ({@link #outageStarted}); from now on it is the outage
     * from its start to {@code end}, as {@code evaluate} reads it.
     *
     * @param agreementId the agreement
     * @param outageId    the outage going on
     * @param end         when it ended: after its start, not before the watermark (the warnings up to
     *                    the watermark took it as going on and are final)
     * @throws InvalidInputException when the agreement is not watched, no such outage is going on,
     *                               or {@code end} lies before the watermark or at or before the start
     */
    void outageEnded(String agreementId, String outageId, Instant end);

    /**
     * Advances the clock, raising the warnings whose instant the watermark passes (each told to
     * the listener) and settling the months whose end it passes.
     *
     * @param clock the new clock; not before the current one
     * @return the warnings raised by this advance, by instant, then agreement, then id (an
     *         agreement that fails on the way is stopped and reported, not thrown: see {@link #failure(String)})
     * @throws InvalidInputException when {@code clock} lies before the current clock
     */
    List<Warning> advanceTo(Instant clock);

    /** {@return the monitor's clock} */
    Instant clock();

    /** {@return the clock less the lateness: every event before it is known} */
    Instant watermark();

    /**
     * The warnings raised before {@code asOf} (and kept: see the class comment on months), of
     * every agreement, each seen as of {@code asOf}.
     *
     * @param asOf the instant; warnings after the watermark are not known yet
     * @return the warnings, by instant, then agreement, then id
     */
    List<Warning> warnings(Instant asOf);

    /**
     * {@return the warnings of one agreement raised before {@code asOf}, as {@link #warnings(Instant)}}
     *
     * @param agreementId the agreement
     * @param asOf        the instant
     * @throws InvalidInputException when the agreement is not watched
     */
    List<Warning> warnings(String agreementId, Instant asOf);

    /**
     * {@return the evaluation of the last month settled for the agreement; empty before the first}
     *
     * @param agreementId the agreement
     * @throws InvalidInputException when the agreement is not watched
     */
    Optional<Evaluation> settled(String agreementId);

    /**
     * {@return the failure that stopped watching the agreement; empty while it is watched}
     * One agreement's failure (its settlement refused by {@code evaluate}, a rule throwing) stops
     * that agreement only, and is told to {@link WarningListener#failed(String, SlaException)}.
     *
     * @param agreementId the agreement
     * @throws InvalidInputException when the agreement is not watched
     */
    Optional<SlaException> failure(String agreementId);

    /** {@return how many agreements are watched} */
    int size();
}
