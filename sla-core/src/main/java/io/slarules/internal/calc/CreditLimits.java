package io.slarules.internal.calc;

import io.slarules.model.Money;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service credits of one month under their limits, consumed in order: each credit is first
 * held to its clause's cap for the window, then refused when below the clause's minimum credit,
 * then held to its service's monthly cap, the agreement's monthly cap and the room the rolling cap
 * leaves. Nothing owed is never a decision: a credit below the minimum, or one the limits leave
 * nothing of, is withheld (no decision) with the reason, which the result's notes show. Every cap is
 * rounded down to the minor unit and each credit is rounded once, so credits never add up to more
 * than any cap.
 */
public final class CreditLimits {

    private CreditLimits() {
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
     * Applies the limits to the items, in order.
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
            Money zero = Money.zero(item.priced().currency());
            if (!item.limited()) {
                outcomes.add(new Outcome(item.priced().rounded(rounding), false, Optional.empty(), List.of()));
                continue;
            }
            List<String> notes = new ArrayList<>();
            Money amount = item.priced().rounded(rounding);
            boolean capped = false;
            Money usedClause = usedByClause.getOrDefault(item.capKey(), zero);
            if (item.clauseCap().isPresent()) {
                Money limited = Caps.apply(item.priced(), Caps.limit(item.clauseCap().get()), usedClause, rounding);
                if (limited.compareTo(amount) < 0) {
                    capped = true;
                    notes.add("held to the clause's cap of " + Caps.limit(item.clauseCap().get()).toDisplayString()
                            + " for the window (" + usedClause.toDisplayString() + " used before)");
                    amount = limited;
                }
            }
            if (item.minimum().isPresent() && amount.isPositive() && amount.compareTo(item.minimum().get()) < 0) {
                outcomes.add(new Outcome(zero, capped, Optional.of("the credit of " + amount.toDisplayString()
                        + " is below the minimum credit of " + item.minimum().get().toDisplayString() + " and is not issued"), notes));
                continue;
            }
            Money usedService = usedByService.getOrDefault(item.service(), zero);
            if (item.serviceCap().isPresent()) {
                Money limited = Caps.apply(amount, Caps.limit(item.serviceCap().get()), usedService, rounding);
                if (limited.compareTo(amount) < 0) {
                    capped = true;
                    notes.add("held to the service " + item.service() + "'s monthly cap of "
                            + Caps.limit(item.serviceCap().get()).toDisplayString() + " (" + usedService.toDisplayString()
                            + " used before)");
                    amount = limited;
                }
            }
            if (monthCap.isPresent()) {
                Money limited = Caps.apply(amount, Caps.limit(monthCap.get()), usedInMonth, rounding);
                if (limited.compareTo(amount) < 0) {
                    capped = true;
                    notes.add("held to the monthly cap of " + Caps.limit(monthCap.get()).toDisplayString() + " ("
                            + usedInMonth.toDisplayString() + " used before)");
                    amount = limited;
                }
            }
            if (rollingRoom.isPresent()) {
                Money room = rollingRoom.get().max(zero);
                Money limited = Caps.apply(amount, Caps.limit(room), usedInMonth, rounding);
                if (limited.compareTo(amount) < 0) {
                    capped = true;
                    notes.add("held to the " + Caps.limit(room).toDisplayString() + " the rolling cap leaves this month ("
                            + usedInMonth.toDisplayString() + " used before)");
                    amount = limited;
                }
            }
            if (capped && amount.isZero()) {
                // nothing owed is never a decision: a limit that leaves nothing withholds the credit, as the minimum does
                outcomes.add(new Outcome(amount, true, Optional.of("the credit of "
                        + item.priced().rounded(rounding).toDisplayString() + " is " + String.join(", then ", notes)
                        + ", which leaves nothing, and is not issued"), notes));
                continue;
            }
            usedByClause.put(item.capKey(), usedClause.plus(amount));
            usedByService.put(item.service(), usedService.plus(amount));
            usedInMonth = usedInMonth.plus(amount);
            outcomes.add(new Outcome(amount, capped, Optional.empty(), notes));
        }
        return List.copyOf(outcomes);
    }
}
