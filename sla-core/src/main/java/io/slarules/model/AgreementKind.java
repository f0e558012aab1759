package io.slarules.model;

/** How an agreement is structured (DESIGN.md §3). */
public enum AgreementKind {
    /** One set of terms for every customer of a service. */
    SERVICE_BASED,
    /** One customer, several services. */
    CUSTOMER_BASED,
    /** Corporate, customer and service levels, a lower level inheriting from a higher one. */
    MULTI_LEVEL,
    /** Between units of one organisation. */
    INTERNAL
}
