package io.slarules;

/** What a {@link PenaltyDecision} is for. */
public enum PenaltyKind implements DecisionKind {
    /** Liquidated damages for the attributed delay of an obligation, under a delay clause. */
    LIQUIDATED_DAMAGES
}
