package io.slarules.rules.facts;

import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The billing month's limits on its credits and what the credits settled so far used of each: the one ledger of a
 * service-level session's {@code cap} phase. The limit rules read it (the clause's cap is per clause and window, the
 * service's cap and the agreement's caps per month); the rule that settles a credit replaces it with {@link #after}.
 * The engine inserts it when the session starts, with what the month's windows that ended earlier (settled in an
 * earlier session) used.
 *
 * @param monthCap       the agreement's cap on the month's credits, exact; empty when there is none
 * @param rollingCap     the agreement's rolling cap as the terms in force when the month starts (or when the
 *                       agreement starts, for a month it starts in) state it; empty when there is none
 * @param rollingRoom    what the rolling cap leaves for the month's credits, exact (computed from the history by
 *                       {@code Caps.rollingRoom}; whether it applies is the rule "cap: the rolling cap"'s choice,
 *                       which a pack may replace)
 * @param byClauseWindow what was issued per clause and window ({@link CreditUnderLimits#clauseWindow()})
 * @param byService      what was issued per service in the month (the empty id for credits of no service)
 * @param inMonth        what was issued in the month, under the agreement's monthly and rolling caps
 */
public record CapLedger(Optional<Money> monthCap, Optional<CreditCaps.RollingCap> rollingCap,
                        Optional<Money> rollingRoom, Map<String, Money> byClauseWindow, Map<String, Money> byService,
                        Money inMonth) {

    /**
     * Validates the fields.
     *
     * @param monthCap the agreement's cap on the month's credits, exact
     * @param rollingCap the agreement's rolling cap for the month
     * @param rollingRoom what the rolling cap leaves for the month's credits, exact
     * @param byClauseWindow what was issued per clause and window
     * @param byService what was issued per service in the month
     * @param inMonth what was issued in the month
     */
    public CapLedger {
        Objects.requireNonNull(monthCap, "monthCap");
        Objects.requireNonNull(rollingCap, "rollingCap");
        Objects.requireNonNull(rollingRoom, "rollingRoom");
        byClauseWindow = Map.copyOf(byClauseWindow);
        byService = Map.copyOf(byService);
        Objects.requireNonNull(inMonth, "inMonth");
    }

    /**
     * {@return what credits issued earlier under the clause in the window used of its cap}
     *
     * @param credit the credit about to be held to the clause's cap
     */
    public Money usedByClause(CreditUnderLimits credit) {
        return byClauseWindow.getOrDefault(credit.clauseWindow(), zero(credit));
    }

    /**
     * {@return what credits issued earlier in the month for the credit's service used of its cap}
     *
     * @param credit the credit about to be held to its service's cap
     */
    public Money usedByService(CreditUnderLimits credit) {
        return byService.getOrDefault(credit.service(), zero(credit));
    }

    /**
     * {@return the ledger with an issued credit added to each limit it counts under}
     *
     * @param credit the credit issued
     * @param amount its amount, rounded
     */
    public CapLedger after(CreditUnderLimits credit, Money amount) {
        Map<String, Money> clauses = new TreeMap<>(byClauseWindow);
        clauses.merge(credit.clauseWindow(), amount, Money::plus);
        Map<String, Money> services = new TreeMap<>(byService);
        services.merge(credit.service(), amount, Money::plus);
        return new CapLedger(monthCap, rollingCap, rollingRoom, clauses, services, inMonth.plus(amount));
    }

    private static Money zero(CreditUnderLimits credit) {
        return Money.zero(credit.due().priced().currency());
    }
}
