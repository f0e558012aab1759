package io.slarules.model;

/** The part a party plays in an agreement. */
public enum PartyRole {
    /** Promises a level of service or a delivery. */
    PROVIDER,
    /** Receives the service and pays for it; has obligations of its own (specifications, access). */
    CUSTOMER,
    /** Works for a provider; its delays count against the provider that engaged it. */
    SUBCONTRACTOR,
    /** A unit of one organisation in an internal agreement (marketing, sales, customer service). */
    INTERNAL_UNIT
}
