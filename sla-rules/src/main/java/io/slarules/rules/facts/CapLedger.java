package io.slarules.rules.facts;

import io.slarules.model.money.Money;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the credits settled so far used of each limit: the one ledger of a session's {@code cap} phase. The
 * limit rules read it (the clause's cap is per clause and window, the service's cap and the agreement's caps
 * per month); the rule that settles a credit replaces it with {@link #after}. Windows of the month that ended
 * earlier (settled in an earlier session) are counted from the start.
 *
 * @param byClauseWindow what was issued per clause and window ({@link CreditUnderLimits#clauseWindow()})
 * @param byService      what was issued per service in the month (the empty id for credits of no service)
 * @param inMonth        what was issued in the month, under the agreement's monthly and rolling caps
 */
public record CapLedger(Map<String, Money> byClauseWindow, Map<String, Money> byService, Money inMonth) {

    /**
     * Validates the fields.
     *
     * @param byClauseWindow what was issued per clause and window
     * @param byService what was issued per service in the month
     * @param inMonth what was issued in the month
     */
    public CapLedger {
        byClauseWindow = Map.copyOf(byClauseWindow);
        byService = Map.copyOf(byService);
        Objects.requireNonNull(inMonth, "inMonth");
    }

    /**
     * {@return the ledger at the start of a session: what the month's earlier windows used}
     *
     * @param ctx the session's context, with the credits of the month's earlier windows
     */
    public static CapLedger startingFrom(ServiceLevelContext ctx) {
        return new CapLedger(Map.of(), ctx.creditedByServiceBefore(), ctx.creditedBefore());
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
        return new CapLedger(clauses, services, inMonth.plus(amount));
    }

    private static Money zero(CreditUnderLimits credit) {
        return Money.zero(credit.due().priced().currency());
    }
}
