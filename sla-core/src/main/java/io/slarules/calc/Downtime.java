package io.slarules.calc;

import io.slarules.Responsible;
import io.slarules.model.Interval;

import java.util.Objects;

/**
 * A stretch of downtime and whom a rule attributed it to: the obligated party (it counts against
 * the objective), another party (reported, not counted) or nobody ({@link Responsible#EXCUSED}).
 *
 * @param responsible the party, or {@link Responsible#EXCUSED}
 * @param interval    when
 * @param counts      whether it counts against the obligated party
 * @param outage      the id of the outage it comes from
 */
public record Downtime(Responsible responsible, Interval interval, boolean counts, String outage) {

    /**
     * Validates the fields.
     *
     * @param responsible the party, or {@link Responsible#EXCUSED}
     * @param interval when
     * @param counts whether it counts against the obligated party
     * @param outage the id of the outage it comes from
     */
    public Downtime {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(outage, "outage");
        if (counts && responsible.isExcused()) {
            throw new IllegalArgumentException("SLA Rules: excused downtime cannot count against anyone");
        }
    }
}
