package io.slarules.watch;

/**
 * What a {@link Warning} warns of. A {@code switch} over it needs a {@code default}: a rule pack
 * may add warnings of the kinds listed, and 1.x may add kinds.
 */
public enum WarningKind {
    /** A case has used a share of its target business time (by default 50 % and 75 %). */
    CASE_TARGET_ELAPSED,
    /**
     * An availability objective's window has used a share of its downtime allowance (by default
     * 75 %), counting only the downtime that counts against the obligated party.
     */
    ALLOWANCE_CONSUMED,
    /** An obligation one of whose dependencies is late: the dependency's owner holds it up. */
    DEPENDENCY_LATE,
    /** An obligation is due within a number of business days (by default 2) and not fulfilled. */
    DUE_SOON,
    /** A case over its target, a window's allowance used up, an obligation past its due date. */
    BREACH
}
