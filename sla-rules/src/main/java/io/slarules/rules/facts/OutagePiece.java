package io.slarules.rules.facts;

import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;

import java.util.Objects;

/**
 * A part of an outage inside an availability window: a maintenance outage is cut where it leaves
 * the agreement's maintenance windows, so a rule can treat each part on its own.
 *
 * @param window              the objective window
 * @param outage              the outage
 * @param interval            the part
 * <p>Whether maintenance was announced in time is no part of it: a rule of the {@code facts} phase decides that
 * ({@link AnnouncedInTime}).
 *
 * @param inMaintenanceWindow whether the part lies in a recurring maintenance window
 */
public record OutagePiece(ObjectiveWindow window, Outage outage, Interval interval, boolean inMaintenanceWindow) {

    /**
     * Validates the fields.
     *
     * @param window the objective window
     * @param outage the outage
     * @param interval the part
     * @param inMaintenanceWindow whether the part lies in a recurring maintenance window
     */
    public OutagePiece {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(outage, "outage");
        Objects.requireNonNull(interval, "interval");
    }

    /**
     * {@return whether the outage was announced at least {@code notice} before it started} Arithmetic on the
     * instants; whether that is in time is for a rule to decide ({@link AnnouncedInTime}).
     *
     * @param notice how long before its start
     */
    public boolean announcedAtLeast(java.time.Duration notice) {
        Objects.requireNonNull(notice, "notice");
        return outage.announced().filter(a -> !a.plus(notice).isAfter(outage.interval().startInclusive())).isPresent();
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
