package io.slarules.rules.facts;

import io.slarules.internal.calc.CreditLimits;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service credit on its way through the limits of the {@code cap} phase, one limit at a time. Credits take
 * the limits one after another in {@link #order()} (window order, then clause, kind and subject): each limit
 * rule matches the credit of lowest order still under limits at its {@link #stage()}, holds it to its limit
 * with one of the methods here and moves it on with {@link #at(Stage)}; the rule at {@link Stage#SETTLE}
 * issues (or withholds) it and adds it to the {@link CapLedger}. A pack replaces a limit by replacing its rule;
 * its rule must move every credit it matches to a later stage, or the evaluation fails naming the credit and the
 * stage it was left at. Bonuses and earn-backs are never under limits.
 *
 * @param due      the credit found due
 * @param order    its turn: the month's credits take the limits one after another, lowest first
 * @param stage    the limit it is at
 * @param amount   the amount so far, rounded once; zero when withheld below the minimum
 * @param capped   whether a cap reduced it
 * @param withheld why it is not issued, once a limit withheld it
 * @param notes    which caps applied, in words, in order (the decision's explanation prints them)
 * @param rules    the limit rules that reduced or withheld it, in order (the decision cites them)
 */
public record CreditUnderLimits(CreditDue due, int order, Stage stage, Money amount, boolean capped,
                                Optional<String> withheld, List<String> notes, List<String> rules) {

    /** The limits in the order the default rules apply them, and the settlement after them. */
    public enum Stage {
        /** The clause's cap for the window. */
        CLAUSE_CAP,
        /** The clause's minimum credit. */
        MINIMUM,
        /** The service's monthly cap. */
        SERVICE_CAP,
        /** The agreement's monthly cap. */
        MONTHLY_CAP,
        /** The room the agreement's rolling cap leaves this month. */
        ROLLING_CAP,
        /** Past every limit: issued, or withheld when a limit left nothing of it. */
        SETTLE
    }

    /**
     * Validates the fields.
     *
     * @param due the credit found due
     * @param order its turn
     * @param stage the limit it is at
     * @param amount the amount so far, rounded once
     * @param capped whether a cap reduced it
     * @param withheld why it is not issued, once a limit withheld it
     * @param notes which caps applied, in words
     * @param rules the limit rules that reduced or withheld it
     * @throws IllegalArgumentException when the credit is a bonus or an earn-back, which no limit applies to
     */
    public CreditUnderLimits {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(withheld, "withheld");
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
        if (!due.isCredit()) {
            throw new IllegalArgumentException("SLA Rules: a " + due.kind() + " under clause " + due.clause().id()
                    + " is not limited by caps or the minimum credit");
        }
    }

    /**
     * {@return a credit before any limit, at the first stage: its priced amount rounded once}
     *
     * @param due the credit found due
     * @param order its turn among the month's credits
     * @param rounding the agreement's rounding of decision amounts
     */
    public static CreditUnderLimits of(CreditDue due, int order, RoundingMode rounding) {
        return from(due, order, Stage.CLAUSE_CAP, CreditLimits.Limited.of(due.priced(), rounding), List.of());
    }

    /**
     * {@return the same credit at another stage}
     *
     * @param next the stage it moves to
     */
    public CreditUnderLimits at(Stage next) {
        return new CreditUnderLimits(due, order, next, amount, capped, withheld, notes, rules);
    }

    /** {@return whether a limit withheld it} */
    public boolean isWithheld() {
        return withheld.isPresent();
    }

    /** {@return what the clause's cap is per: the clause and the window} */
    public String clauseWindow() {
        return due.clause().id() + "@" + due.window().window();
    }

    /** {@return the clause's cap for the window, exact; a deduction per reading's percentages are of the value it states} */
    public Optional<Money> clauseCap() {
        ServiceCredit clause = due.clause();
        Optional<Money> value = clause.perReading().flatMap(ServiceCredit.PerReading::value);
        return clause.cap().map((Amount cap) -> cap.resolve(value.isPresent() ? value : due.window().fee()));
    }

    /** {@return the id of the service whose monthly cap applies; empty when the objective names no service} */
    public String service() {
        return serviceTerms().map(Service::id).orElse("");
    }

    /** {@return the service's cap for the month, exact, when it has one} */
    public Optional<Money> serviceCap() {
        return serviceTerms().flatMap(s -> s.cap().map(a -> a.resolve(Optional.of(s.monthlyFee()))));
    }

    /**
     * {@return the credit held to its clause's cap for the window, after what the ledger says earlier credits used}
     *
     * @param ledger what earlier credits used
     * @param rounding the agreement's rounding of decision amounts
     * @param rule the rule that applies the cap, cited when it bites
     */
    public CreditUnderLimits heldToClauseCap(CapLedger ledger, RoundingMode rounding, String rule) {
        return next(CreditLimits.clauseCap(limited(), clauseCap(), ledger.usedByClause(this), rounding), rule);
    }

    /**
     * {@return the credit withheld when it is below its clause's minimum credit}
     *
     * @param rule the rule that applies the minimum, cited when it withholds
     */
    public CreditUnderLimits checkedAgainstMinimum(String rule) {
        return next(CreditLimits.minimum(limited(), due.clause().minimum()), rule);
    }

    /**
     * {@return the credit held to its service's monthly cap}
     *
     * @param ledger what earlier credits used
     * @param rounding the agreement's rounding of decision amounts
     * @param rule the rule that applies the cap, cited when it bites
     */
    public CreditUnderLimits heldToServiceCap(CapLedger ledger, RoundingMode rounding, String rule) {
        return next(CreditLimits.serviceCap(limited(), service(), serviceCap(), ledger.usedByService(this), rounding),
                rule);
    }

    /**
     * {@return the credit held to the agreement's monthly cap}
     *
     * @param cap the agreement's cap for the month, exact ({@link CapLedger#monthCap()})
     * @param ledger what earlier credits used
     * @param rounding the agreement's rounding of decision amounts
     * @param rule the rule that applies the cap, cited when it bites
     */
    public CreditUnderLimits heldToMonthlyCap(Optional<Money> cap, CapLedger ledger, RoundingMode rounding,
                                              String rule) {
        return next(CreditLimits.monthCap(limited(), cap, ledger.inMonth(), rounding), rule);
    }

    /**
     * {@return the credit held to the room the rolling cap leaves this month}
     *
     * @param room the room, exact ({@link CapLedger#rollingRoom()}); a negative room leaves none
     * @param ledger what earlier credits used
     * @param rounding the agreement's rounding of decision amounts
     * @param rule the rule that applies the cap, cited when it bites
     */
    public CreditUnderLimits heldToRollingRoom(Optional<Money> room, CapLedger ledger, RoundingMode rounding,
                                               String rule) {
        return next(CreditLimits.rollingRoom(limited(), room, ledger.inMonth(), rounding), rule);
    }

    /**
     * {@return the credit as it is issued: withheld when the caps left nothing of it}
     *
     * @param rounding the agreement's rounding of decision amounts
     */
    public CreditUnderLimits settled(RoundingMode rounding) {
        return next(CreditLimits.settled(limited(), rounding), "");
    }

    private Optional<Service> serviceTerms() {
        return due.window().objective().serviceId().flatMap(due.window().levels()::service);
    }

    private CreditLimits.Limited limited() {
        return new CreditLimits.Limited(due.priced(), amount, capped, withheld, notes);
    }

    private CreditUnderLimits next(CreditLimits.Limited after, String rule) {
        boolean changed = after.amount().compareTo(amount) != 0 || !after.withheld().equals(withheld);
        List<String> cited = rules;
        if (changed && !rule.isEmpty()) {
            cited = new ArrayList<>(rules);
            cited.add(rule);
        }
        return from(due, order, stage, after, cited);
    }

    private static CreditUnderLimits from(CreditDue due, int order, Stage stage, CreditLimits.Limited l,
                                          List<String> rules) {
        return new CreditUnderLimits(due, order, stage, l.amount(), l.capped(), l.withheld(), l.notes(), rules);
    }
}
