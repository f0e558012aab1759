package io.slarules.model;

/** How a clause turns a delay into a count of its units. */
public enum DelayRounding {
    /** A started unit counts as a whole one: 5 days 18 hours is 6 days. */
    UP,
    /** Only whole units count: 5 days 18 hours is 5 days. */
    DOWN
}
