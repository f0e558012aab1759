package io.slarules.rules.facts;

import io.slarules.model.Interval;
import io.slarules.model.Outage;

import java.util.Objects;

/**
 * A part of an outage inside an availability window: a maintenance outage is cut where it leaves
 * the agreement's maintenance windows, so a rule can treat each part on its own.
 *
 * @param window              the objective window
 * @param outage              the outage
 * @param interval            the part
 * @param inMaintenanceWindow whether the part lies in a recurring maintenance window
 * @param announcedInTime     whether the outage is maintenance announced with the agreement's notice
 */
public record OutagePiece(ObjectiveWindow window, Outage outage, Interval interval, boolean inMaintenanceWindow,
                          boolean announcedInTime) {

    /**
     * Validates the fields.
     *
     * @param window the objective window
     * @param outage the outage
     * @param interval the part
     * @param inMaintenanceWindow whether the part lies in a recurring maintenance window
     * @param announcedInTime whether the outage is maintenance announced with the agreement's notice
     */
    public OutagePiece {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(outage, "outage");
        Objects.requireNonNull(interval, "interval");
    }

    /**
     * {@return the party an outage's fault or maintenance is attributed to: its responsible party, else the obligated
     * one}
     *
     * @param obligated the obligated party of the objective the outage is measured against
     */
    public String responsibleOr(String obligated) {
        return outage.responsible().orElse(obligated);
    }
}
