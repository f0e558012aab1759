package io.slarules.model.timeline;

/** Why a service was down. */
public enum OutageKind {
    /** A fault some party caused: the provider, its subcontractor, the customer. */
    FAULT,
    /** Planned maintenance; excluded where it lies in a maintenance window or was announced in time. */
    MAINTENANCE,
    /** Force majeure: excused, nobody pays. */
    FORCE_MAJEURE
}
