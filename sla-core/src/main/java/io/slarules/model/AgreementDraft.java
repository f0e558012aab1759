package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.internal.model.Checks;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agreement as far as its text could be read: the fields and elements that read, each valid in
 * itself, and what was there but could not be read. Never evaluated; it serves to report every
 * problem in one round: a reader of files reports the problems of the fields and elements it
 * could not read, and {@link #problems()} the cross-checks over those it could (unknown parties
 * and obligations, duplicate ids, cycles, currencies, amendments), without a follow-up problem: a
 * reference to an element that was there but could not be read is not unknown. A timeline is
 * checked against a draft with {@link Timeline#problemsWith(AgreementDraft)}.
 *
 * @param id              the agreement's id; {@code null} when it could not be read
 * @param kind            its structure; {@code null} when it could not be read
 * @param zone            its zone; {@code null} when it could not be read
 * @param currency        its currency; {@code null} when it could not be read
 * @param effective       the dates it is in force; {@code null} when they could not be read
 * @param holidays        the holidays that could be read
 * @param moneyRounding   how decision amounts are rounded; {@code null} when it could not be read
 * @param parties         the parties that could be read, in the order given
 * @param obligations     the obligations that could be read, in the order given
 * @param penalties       the penalty clauses that could be read, in the order given
 * @param serviceLevels   the service-level terms as far as they could be read
 * @param amendments      the amendments that could be read, in date order
 * @param concurrentDelay the concurrent-delay policy; {@code null} when it could not be read
 * @param unread          the elements that were there but could not be read
 */
public record AgreementDraft(String id, AgreementKind kind, ZoneId zone, Currency currency, DateRange effective,
                             List<LocalDate> holidays, RoundingMode moneyRounding, List<Party> parties,
                             List<Obligation> obligations, List<PenaltyClause> penalties, ServiceLevels serviceLevels,
                             List<Amendment> amendments, ConcurrentDelay concurrentDelay, Unread unread) {

    /**
     * Copies the lists (absent ones are empty) and puts the amendments in date order.
     *
     * @param id              the agreement's id; {@code null} when it could not be read
     * @param kind            its structure; {@code null} when it could not be read
     * @param zone            its zone; {@code null} when it could not be read
     * @param currency        its currency; {@code null} when it could not be read
     * @param effective       the dates it is in force; {@code null} when they could not be read
     * @param holidays        the holidays that could be read
     * @param moneyRounding   how decision amounts are rounded; {@code null} when it could not be read
     * @param parties         the parties that could be read, in the order given
     * @param obligations     the obligations that could be read, in the order given
     * @param penalties       the penalty clauses that could be read, in the order given
     * @param serviceLevels   the service-level terms as far as they could be read
     * @param amendments      the amendments that could be read
     * @param concurrentDelay the concurrent-delay policy; {@code null} when it could not be read
     * @param unread          the elements that were there but could not be read
     */
    public AgreementDraft {
        holidays = copy(holidays);
        parties = copy(parties);
        obligations = copy(obligations);
        penalties = copy(penalties);
        serviceLevels = Objects.requireNonNullElse(serviceLevels, ServiceLevels.NONE);
        amendments = copy(amendments).stream().sorted(Comparator.comparing(Amendment::effectiveFrom)).toList();
        unread = Objects.requireNonNullElse(unread, Unread.NONE);
    }

    /**
     * The draft of a valid agreement: everything read.
     *
     * @param agreement the agreement
     * @return its draft, with nothing unread
     */
    public static AgreementDraft of(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return new AgreementDraft(agreement.id(), agreement.kind(), agreement.zone(), agreement.currency(),
                agreement.effective(), agreement.holidays(), agreement.moneyRounding(), agreement.parties(),
                agreement.obligations(), agreement.penalties(), agreement.serviceLevels(), agreement.amendments(),
                agreement.concurrentDelay(), Unread.NONE);
    }

    /**
     * Every problem of what was read, as {@link Agreement}'s constructor lists them, except that a
     * field that is {@code null} is taken as one that could not be read (whose problem the reader
     * reports), and checks that need what could not be read are left out: a reference to an
     * unread element is not reported as unknown; the number of parties is not counted while one of
     * them is unread. Problems name {@code "agreement"} as their source; their paths index each
     * list as the draft holds it, {@code obligations[2]} being the third obligation read.
     *
     * @return the problems found; empty when none
     */
    public List<Problem> problems() {
        List<Problem> problems = new java.util.ArrayList<>();
        if (id != null) {
            try {
                Checks.id(id, "agreement", "id");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(AgreementChecks.problems(this, false));
        return problems;
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * The elements of an agreement's lists that were there but could not be read, by list. The
     * service-level lists are the agreement's own, not an amendment's.
     *
     * @param parties     of {@code parties}
     * @param obligations of {@code obligations}
     * @param services    of {@code services}
     * @param calendars   of {@code calendars}
     * @param objectives  of {@code objectives}
     */
    public record Unread(UnreadIds parties, UnreadIds obligations, UnreadIds services, UnreadIds calendars,
                         UnreadIds objectives) {

        /** Nothing unread. */
        public static final Unread NONE = new Unread(UnreadIds.NONE, UnreadIds.NONE, UnreadIds.NONE, UnreadIds.NONE,
                UnreadIds.NONE);

        /**
         * Validates that no component is null.
         *
         * @param parties     of {@code parties}
         * @param obligations of {@code obligations}
         * @param services    of {@code services}
         * @param calendars   of {@code calendars}
         * @param objectives  of {@code objectives}
         */
        public Unread {
            Objects.requireNonNull(parties, "parties");
            Objects.requireNonNull(obligations, "obligations");
            Objects.requireNonNull(services, "services");
            Objects.requireNonNull(calendars, "calendars");
            Objects.requireNonNull(objectives, "objectives");
        }
    }

    /**
     * The elements of one list that were there but could not be read.
     *
     * @param ids     the ids they give, where an id could be read
     * @param unnamed whether one of them gives no readable id, or the list itself could not be
     *                read: then any id may be one of them
     */
    public record UnreadIds(Set<String> ids, boolean unnamed) {

        /** Nothing unread. */
        public static final UnreadIds NONE = new UnreadIds(Set.of(), false);

        /**
         * Copies the ids.
         *
         * @param ids     the ids they give, where an id could be read
         * @param unnamed whether one of them gives no readable id, or the list itself could not be read
         */
        public UnreadIds {
            ids = Set.copyOf(ids);
        }

        /**
         * Whether an element with this id may be one that could not be read: a reference to it is
         * then not unknown.
         *
         * @param id the id referred to
         * @return whether it may name an unread element
         */
        public boolean mayBe(String id) {
            return unnamed || ids.contains(id);
        }

        /** {@return whether every element of the list could be read} */
        public boolean isEmpty() {
            return !unnamed && ids.isEmpty();
        }
    }
}
