package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.time.Interval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A service was down over an interval.
 *
 * @param id          unique within the timeline
 * @param service     the service that was down
 * @param interval    when
 * @param kind        fault, maintenance or force majeure
 * @param responsible the party that caused a fault (required for a fault; for maintenance, the party
 *                    that carried it out, by default the objective's obligated party)
 * @param announced   when maintenance was announced, if it was
 * @param cause       in words, for explanations; may be empty
 */
public record Outage(String id, String service, Interval interval, OutageKind kind, Optional<String> responsible,
                     Optional<Instant> announced, String cause) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id unique within the timeline
     * @param service the service that was down
     * @param interval when
     * @param kind fault, maintenance or force majeure
     * @param responsible the party that caused a fault (required for a fault; for maintenance, the party that carried
     *                    it out, by default the objective's obligated party)
     * @param announced when maintenance was announced, if it was
     * @param cause in words, for explanations; may be empty
     */
    public Outage {
        Checks.id(id, "timeline", "id");
        Checks.id(service, "timeline", "service");
        Checks.present(interval, "timeline", "interval");
        Checks.present(kind, "timeline", "kind");
        responsible = Objects.requireNonNullElse(responsible, Optional.empty());
        announced = Objects.requireNonNullElse(announced, Optional.empty());
        cause = Checks.text(cause, "timeline", "cause");
        if (kind == OutageKind.FAULT && responsible.isEmpty()) {
            throw Checks.fail("timeline", "responsible", "a fault needs the party responsible for it");
        }
        if (kind == OutageKind.FORCE_MAJEURE && responsible.isPresent()) {
            throw Checks.fail("timeline", "responsible", "force majeure has no responsible party");
        }
        if (kind != OutageKind.MAINTENANCE && announced.isPresent()) {
            throw Checks.fail("timeline", "announced", "only maintenance is announced");
        }
    }

    /**
     * A fault of {@code responsible}.
     *
     * @param id unique within the timeline
     * @param service the service that was down
     * @param interval when
     * @param responsible the party that caused a fault (required for a fault; for maintenance, the party that carried
     *                    it out, by default the objective's obligated party)
     * @param cause in words, for explanations; may be empty
     * @return the fault
     */
    public static Outage fault(String id, String service, Interval interval, String responsible, String cause) {
        return new Outage(id, service, interval, OutageKind.FAULT, Optional.of(responsible), Optional.empty(), cause);
    }

    /**
     * Maintenance announced at {@code announced}, if it was.
     *
     * @param id unique within the timeline
     * @param service the service that was down
     * @param interval when
     * @param announced when maintenance was announced, if it was
     * @return the maintenance outage
     */
    public static Outage maintenance(String id, String service, Interval interval, Optional<Instant> announced) {
        return new Outage(id, service, interval, OutageKind.MAINTENANCE, Optional.empty(), announced, "maintenance");
    }

    /**
     * A force-majeure outage.
     *
     * @param id unique within the timeline
     * @param service the service that was down
     * @param interval when
     * @param cause in words, for explanations; may be empty
     * @return the force-majeure outage
     */
    public static Outage forceMajeure(String id, String service, Interval interval, String cause) {
        return new Outage(id, service, interval, OutageKind.FORCE_MAJEURE, Optional.empty(), Optional.empty(), cause);
    }
}
