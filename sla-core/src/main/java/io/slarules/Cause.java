package io.slarules;

/** Why a segment of a delay counts against whom it counts against. */
public enum Cause {
    /** The obligation's owner was late on its own account. */
    OWN_DELAY,
    /** Work was blocked by another party during an interval. */
    BLOCKED,
    /** Force majeure: nobody is responsible. */
    FORCE_MAJEURE,
    /**
     * Another party blocked the work while the owner (or a subcontractor it answers for) delayed it
     * too; the agreement's concurrent-delay policy said who bears the overlap.
     */
    CONCURRENT_DELAY
}
