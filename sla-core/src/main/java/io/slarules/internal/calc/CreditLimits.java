package io.slarules.internal.calc;

import io.slarules.model.money.Money;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arithmetic of the limits on service credits, one limit at a time: the clause's cap for the
 * window, the minimum credit, the service's monthly cap, the agreement's monthly cap and the room the
 * rolling cap leaves. Which limits apply, and in which order, is the cap rules' choice (each a named
 * rule a pack can replace); each step here only holds one credit to one limit and says so in words.
 * Nothing owed is never a decision: a credit below the minimum, or one the limits leave nothing of, is
 * withheld (no decision) with the reason, which the result's notes show. Every cap is rounded down to
 * the minor unit and each credit is rounded once, so credits never add up to more than any cap.
 *
 * <p>{@link #apply} runs every step in the documented order over a month's credits, each after every
 * earlier one: the default policy in one loop, which the hand-written baseline (sla-bench) compares
 * with the rules.
 */
public final class CreditLimits {

    private CreditLimits() {
    }

    /**
     * A credit part-way through its limits.
     *
     * @param priced   the exact amount found due
     * @param amount   the amount so far, rounded once; zero when withheld below the minimum
     * @param capped   whether a cap reduced it
     * @param withheld why it is not issued, once a limit withheld it
     * @param notes    which caps applied, in words, in order
     */
    public record Limited(Money priced, Money amount, boolean capped, Optional<String> withheld, List<String> notes) {
        /**
         * Validates the fields.
         *
         * @param priced the exact amount found due
         * @param amount the amount so far, rounded once; zero when withheld below the minimum
         * @param capped whether a cap reduced it
         * @param withheld why it is not issued, once a limit withheld it
         * @param notes which caps applied, in words, in order
         */
        public Limited {
            Objects.requireNonNull(priced, "priced");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(withheld, "withheld");
            notes = List.copyOf(notes);
        }

        /**
         * {@return a credit before any limit: the priced amount rounded once}
         *
         * @param priced the exact amount found due
         * @param rounding the agreement's rounding of decision amounts
         */
        public static Limited of(Money priced, RoundingMode rounding) {
            return new Limited(priced, priced.rounded(rounding), false, Optional.empty(), List.of());
        }

        /** The same credit held to a lower amount, with the note saying by which cap. */
        private Limited heldTo(Money lower, String note) {
            List<String> more = new ArrayList<>(notes);
            more.add(note);
            return new Limited(priced, lower, true, withheld, more);
        }
    }

    /**
     * The credit held to its clause's cap for the window.
     *
     * @param credit   the credit so far
     * @param cap      the clause's cap for the window, exact; empty when the clause has none
     * @param used     what earlier credits of the clause and window were issued
     * @param rounding the agreement's rounding of decision amounts
     * @return the credit, reduced and noted when the cap bites; unchanged when withheld already
     */
    public static Limited clauseCap(Limited credit, Optional<Money> cap, Money used, RoundingMode rounding) {
        return heldTo(credit, cap, used, rounding, limit -> "held to the clause's cap of " + limit.toDisplayString()
                + " for the window (" + used.toDisplayString() + " used before)");
    }

    /**
     * The credit refused when below the clause's minimum credit (at least the minimum is issued; nothing due
     * is nothing, not a withheld credit).
     *
     * @param credit  the credit so far
     * @param minimum the clause's minimum credit; empty when it has none
     * @return the credit, withheld at zero with the reason when below the minimum; unchanged otherwise
     */
    public static Limited minimum(Limited credit, Optional<Money> minimum) {
        Money amount = credit.amount();
        if (credit.withheld().isPresent() || minimum.isEmpty() || !amount.isPositive()
                || amount.compareTo(minimum.get()) >= 0) {
            return credit;
        }
        return new Limited(credit.priced(), Money.zero(amount.currency()), credit.capped(), Optional.of("the credit of "
                + amount.toDisplayString() + " is below the minimum credit of " + minimum.get().toDisplayString()
                + " and is not issued"), credit.notes());
    }

    /**
     * The credit held to its service's monthly cap.
     *
     * @param credit   the credit so far
     * @param service  the service's id, named in the note
     * @param cap      the service's cap for the month, exact; empty when it has none
     * @param used     what earlier credits of the month issued for the service
     * @param rounding the agreement's rounding of decision amounts
     * @return the credit, reduced and noted when the cap bites; unchanged when withheld already
     */
    public static Limited serviceCap(Limited credit, String service, Optional<Money> cap, Money used,
                                     RoundingMode rounding) {
        return heldTo(credit, cap, used, rounding, limit -> "held to the service " + service + "'s monthly cap of "
                + limit.toDisplayString() + " (" + used.toDisplayString() + " used before)");
    }

    /**
     * The credit held to the agreement's monthly cap.
     *
     * @param credit   the credit so far
     * @param cap      the agreement's cap for the month, exact; empty when it has none
     * @param used     what earlier credits of the month issued
     * @param rounding the agreement's rounding of decision amounts
     * @return the credit, reduced and noted when the cap bites; unchanged when withheld already
     */
    public static Limited monthCap(Limited credit, Optional<Money> cap, Money used, RoundingMode rounding) {
        return heldTo(credit, cap, used, rounding, limit -> "held to the monthly cap of " + limit.toDisplayString()
                + " (" + used.toDisplayString() + " used before)");
    }

    /**
     * The credit held to the room the rolling cap leaves this month; a negative room (earlier months used more
     * than the cap) leaves none.
     *
     * @param credit   the credit so far
     * @param room     what the rolling cap leaves for the month's credits, exact; empty when there is no rolling cap
     * @param used     what earlier credits of the month issued
     * @param rounding the agreement's rounding of decision amounts
     * @return the credit, reduced and noted when the room bites; unchanged when withheld already
     */
    public static Limited rollingRoom(Limited credit, Optional<Money> room, Money used, RoundingMode rounding) {
        Money none = Money.zero(credit.amount().currency());
        return heldTo(credit, room.map(r -> r.max(none)), used, rounding, limit -> "held to the "
                + limit.toDisplayString() + " the rolling cap leaves this month (" + used.toDisplayString()
                + " used before)");
    }

    /** The credit held to a cap (rounded down to the minor unit) after {@code used}, noted when the cap bites. */
    private static Limited heldTo(Limited credit, Optional<Money> cap, Money used, RoundingMode rounding,
                                  Function<Money, String> note) {
        if (credit.withheld().isPresent() || cap.isEmpty()) {
            return credit;
        }
        Money limit = Caps.limit(cap.get());
        Money limited = Caps.apply(credit.amount(), limit, used, rounding);
        return limited.compareTo(credit.amount()) < 0 ? credit.heldTo(limited, note.apply(limit)) : credit;
    }

    /**
     * The credit as it is issued after its limits: a credit a cap left nothing of is withheld, as one below the
     * minimum is, so nothing owed is never a decision.
     *
     * @param credit   the credit after its limits
     * @param rounding the agreement's rounding of decision amounts, for the priced amount the reason names
     * @return the credit, withheld with the caps that left nothing of it; unchanged otherwise
     */
    public static Limited settled(Limited credit, RoundingMode rounding) {
        if (credit.withheld().isPresent() || !credit.capped() || !credit.amount().isZero()) {
            return credit;
        }
        return new Limited(credit.priced(), credit.amount(), true, Optional.of("the credit of "
                + credit.priced().rounded(rounding).toDisplayString() + " is " + String.join(", then ", credit.notes())
                + ", which leaves nothing, and is not issued"), credit.notes());
    }

    /**
     * One amount found due.
     *
     * @param capKey    what the clause's cap is per: the clause and the window
     * @param priced    the exact amount
     * @param clauseCap the clause's cap for the window, exact
     * @param minimum   the clause's minimum credit
     * @param limited   whether caps and the minimum apply (credits yes; bonuses and earn-backs no)
     * @param service    the service whose cap applies, empty when none
     * @param serviceCap the service's cap for the month, exact
     */
    public record Item(String capKey, Money priced, Optional<Money> clauseCap, Optional<Money> minimum, boolean limited,
                       String service, Optional<Money> serviceCap) {
        /**
         * Validates the fields.
         *
         * @param capKey what the clause's cap is per: the clause and the window
         * @param priced the exact amount
         * @param clauseCap the clause's cap for the window, exact
         * @param minimum the clause's minimum credit
         * @param limited whether caps and the minimum apply (credits yes; bonuses and earn-backs no)
         * @param service the service whose cap applies, empty when none
         * @param serviceCap the service's cap for the month, exact
         */
        public Item {
            Objects.requireNonNull(capKey, "capKey");
            Objects.requireNonNull(priced, "priced");
            Objects.requireNonNull(clauseCap, "clauseCap");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(serviceCap, "serviceCap");
        }
    }

    /**
     * What became of an item.
     *
     * @param amount   rounded; zero when withheld
     * @param capped   whether a cap reduced it
     * @param withheld why it was not issued, if it was not
     * @param notes    which caps applied, in words
     */
    public record Outcome(Money amount, boolean capped, Optional<String> withheld, List<String> notes) {
    }

    /**
     * Applies every limit in the documented order to the items, each after every earlier one: the default
     * policy in one loop (the rules apply the same steps one named rule at a time).
     *
     * @param items       the amounts due, in the order they consume caps
     * @param monthCap    the agreement's cap for the month, exact
     * @param rollingRoom what the rolling cap leaves for this month, exact
     * @param rounding    the agreement's rounding of decision amounts
     * @param usedBefore  what earlier credits of the month (windows that ended earlier) used of the
     *                    monthly and rolling caps
     * @param usedByServiceBefore what they used of each service's cap
     * @return one outcome per item, in the items' order: the amount issued and the caps that reduced it
     */
    public static List<Outcome> apply(List<Item> items, Optional<Money> monthCap, Optional<Money> rollingRoom,
                                      RoundingMode rounding, Money usedBefore, Map<String, Money> usedByServiceBefore) {
        Map<String, Money> usedByClause = new HashMap<>();
        Map<String, Money> usedByService = new HashMap<>(usedByServiceBefore);
        Money usedInMonth = usedBefore;
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            Limited credit = Limited.of(item.priced(), rounding);
            if (!item.limited()) {
                outcomes.add(new Outcome(credit.amount(), false, Optional.empty(), List.of()));
                continue;
            }
            Money zero = Money.zero(item.priced().currency());
            Money usedClause = usedByClause.getOrDefault(item.capKey(), zero);
            Money usedService = usedByService.getOrDefault(item.service(), zero);
            credit = clauseCap(credit, item.clauseCap(), usedClause, rounding);
            credit = minimum(credit, item.minimum());
            credit = serviceCap(credit, item.service(), item.serviceCap(), usedService, rounding);
            credit = monthCap(credit, monthCap, usedInMonth, rounding);
            credit = rollingRoom(credit, rollingRoom, usedInMonth, rounding);
            credit = settled(credit, rounding);
            outcomes.add(new Outcome(credit.amount(), credit.capped(), credit.withheld(), credit.notes()));
            if (credit.withheld().isEmpty()) {
                usedByClause.put(item.capKey(), usedClause.plus(credit.amount()));
                usedByService.put(item.service(), usedService.plus(credit.amount()));
                usedInMonth = usedInMonth.plus(credit.amount());
            }
        }
        return List.copyOf(outcomes);
    }
}
