package io.slarules;

/** What a credit decision is for. */
public enum CreditKind implements DecisionKind {
    /** A service credit from the band the achieved level fell in, or per unit a quota fell short. */
    SERVICE_CREDIT,
    /** An amount for one breached case. */
    PER_BREACH,
    /** The extra credit for breaching in the previous windows too. */
    REPEAT_OFFENCE,
    /** A bonus the beneficiary pays for over-performance. */
    BONUS,
    /** An earlier credit forgiven because the following windows all met the objective: paid back. */
    EARN_BACK
}
