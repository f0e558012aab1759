package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.time.Interval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An event beyond every party's control (flood, strike, pandemic closure) during an interval. It
 * excuses the delay of the obligations in progress during it that it affects: nobody pays for that
 * time. An event that names no obligation affects them all.
 *
 * @param id       the event's id
 * @param interval when
 * @param reason   what happened, for explanations; may be empty
 * @param affects  the obligations it affects; empty for all of them
 */
public record ForceMajeure(String id, Interval interval, String reason, List<String> affects) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id the event's id
     * @param interval when
     * @param reason what happened, for explanations; may be empty
     * @param affects the obligations it affects; empty for all of them
     */
    public ForceMajeure {
        Checks.id(id, "timeline", "id");
        Checks.present(interval, "timeline", "interval");
        reason = Checks.text(reason, "timeline", "reason");
        affects = Checks.list(affects, "timeline", "affects");
        affects.forEach(o -> Checks.id(o, "timeline", "affects"));
    }

    /**
     * A force-majeure event that affects every obligation.
     *
     * @param id the event's id
     * @param interval when
     * @param reason what happened, for explanations; may be empty
     */
    public ForceMajeure(String id, Interval interval, String reason) {
        this(id, interval, reason, List.of());
    }

    /**
     * A force-majeure period that affects every obligation.
     *
     * @param id the event's id
     * @param interval when
     * @param reason what happened, for explanations; may be empty
     * @return the force-majeure period
     */
    public static ForceMajeure of(String id, Interval interval, String reason) {
        return new ForceMajeure(id, interval, reason);
    }

    /**
     * The same event limited to some obligations.
     *
     * @param obligations the obligations it affects; none for all of them
     * @return an event equal to this one but for what it affects
     */
    public ForceMajeure affecting(String... obligations) {
        return new ForceMajeure(id, interval, reason, List.of(obligations));
    }

    /**
     * {@return whether the event affects the obligation: it names it, or names none}
     *
     * @param obligation an obligation's id
     */
    public boolean affects(String obligation) {
        return affects.isEmpty() || affects.contains(obligation);
    }

    /**
     * A clause of the agreement: when one force-majeure event lasts strictly longer than {@code afterDays}
     * (calendar days of the agreement's zone), the parties it names may terminate the agreement.
     *
     * @param id           the clause reference the termination right cites, unique among the agreement's clauses
     * @param title        for explanations; may be empty
     * @param afterDays    the days an event may last before the right arises; not negative
     * @param mayTerminate the parties that may terminate; empty for every party of the agreement ("either party")
     */
    public record Termination(String id, String title, long afterDays, List<String> mayTerminate) {
        /**
         * Validates the fields; the parties are checked by {@link Agreement}.
         *
         * @param id the clause reference the termination right cites
         * @param title for explanations; may be empty
         * @param afterDays the days an event may last before the right arises; not negative
         * @param mayTerminate the parties that may terminate; empty for every party of the agreement
         */
        public Termination {
            Checks.id(id, "agreement", "forceMajeure.id");
            title = Checks.text(title, "agreement", "forceMajeure.title");
            if (afterDays < 0) {
                throw Checks.fail("agreement", "forceMajeure.terminationAfterDays",
                        "must not be negative, was " + afterDays);
            }
            mayTerminate = Checks.list(mayTerminate, "agreement", "forceMajeure.mayTerminate");
            mayTerminate.forEach(p -> Checks.id(p, "agreement", "forceMajeure.mayTerminate"));
        }

        /**
         * {@return a clause: either party may terminate once one event lasts more than {@code afterDays} days}
         *
         * @param id the clause reference
         * @param afterDays the days an event may last before the right arises
         */
        public static Termination eitherPartyAfter(String id, long afterDays) {
            return new Termination(id, "", afterDays, List.of());
        }

        /**
         * {@return the parties of {@code agreement} that may terminate under this clause, in the agreement's order}
         *
         * @param agreement the agreement the clause is part of
         */
        public List<String> parties(Agreement agreement) {
            return agreement.parties().stream().map(Party::id)
                    .filter(p -> mayTerminate.isEmpty() || mayTerminate.contains(p)).toList();
        }

        /**
         * The instant the right arises for an event: once it has lasted {@code afterDays} calendar days on the
         * agreement's wall clock, any moment more exceeds them; empty when the event ended by then.
         *
         * @param event when the event lasted
         * @param zone the agreement's zone
         * @return the instant the event has lasted exactly {@code afterDays} days, if it went on past it
         */
        public java.util.Optional<java.time.Instant> arisesAt(Interval event, java.time.ZoneId zone) {
            java.time.Instant threshold = event.startInclusive().atZone(zone).toLocalDateTime().plusDays(afterDays)
                    .atZone(zone).toInstant();
            return event.endExclusive().isAfter(threshold) ? java.util.Optional.of(threshold) : java.util.Optional.empty();
        }

        /**
         * Whether the right arises for an event within a period: the event lasted strictly more than
         * {@code afterDays} days and reached that length inside the period, so each right is reported once.
         *
         * @param event when the event lasted
         * @param zone the agreement's zone
         * @param period the period evaluated
         * @return whether the period gives the right
         */
        public boolean arisesIn(Interval event, java.time.ZoneId zone, Interval period) {
            return arisesAt(event, zone).filter(at -> !at.isBefore(period.startInclusive())
                    && at.isBefore(period.endExclusive())).isPresent();
        }

    }
}
