package io.slarules.rules.facts;

import io.slarules.model.Agreement;
import io.slarules.model.WatchTerms;

import java.time.Instant;
import java.util.Objects;

/**
 * The context of a monitor's session (phase {@code warn}): the agreement watched, the watermark
 * (every event before it is known) and the thresholds. A {@code warn} rule inserts a
 * {@link io.slarules.watch.Warning}; one whose instant lies before the watermark is raised (once,
 * by id), one at or after it tells the monitor when to look again.
 *
 * @param agreement the agreement watched
 * @param watermark every event before it is known
 * @param terms     the thresholds the agreement is watched with
 */
public record WatchContext(Agreement agreement, Instant watermark, WatchTerms terms) {

    /**
     * Validates the fields.
     *
     * @param agreement the agreement watched
     * @param watermark every event before it is known
     * @param terms the thresholds
     */
    public WatchContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(watermark, "watermark");
        Objects.requireNonNull(terms, "terms");
    }

    /**
     * {@return whether {@code party}'s delays count as {@code obligated}'s own (itself or a
     * subcontractor it answers for): waiting on them holds nothing up}
     *
     * @param obligated the obligated party
     * @param party     the party waited on
     */
    public boolean answersFor(String obligated, String party) {
        return agreement.answeredBy(obligated).contains(party);
    }
}
