package io.slarules.model.obligations;

/** How a clause turns a delay into a count of its units. */
public enum DelayRounding {
    /** A started unit counts as a whole one: 5 days 18 hours is 6 days. */
    UP,
    /** Only whole units count: 5 days 18 hours is 5 days. */
    DOWN,
    /**
     * The exact fraction counts: 10 days at a rate per week is 10/7 weeks; the price is rounded once,
     * at the decision. Counted as started units wherever a whole count is needed (the decision's
     * {@code delay}, a termination threshold compared on counted units).
     */
    PRO_RATA,
    /** Any delay counts as one unit, however short or long: a flat sum once late at all. */
    ONCE
}
