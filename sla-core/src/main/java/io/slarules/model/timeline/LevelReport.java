package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.servicelevels.LevelRounding;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;

/**
 * The level an objective achieved over one of its windows, as a monitoring tool reported it, in
 * place of outages or counts: "availability of April 2026: 99.42 %, per StatusCake". The
 * objective's {@link LevelRounding} applies to the figure before it is compared.
 *
 * <p>A window with a reported level has no outages of the objective's service (an availability)
 * or counts of its metrics (a ratio) in the same timeline: the level would be told twice, two
 * ways, and the library does not choose between them.
 *
 * @param id        unique within the timeline
 * @param objective the availability or ratio objective the level is of
 * @param window    the window's dates, exactly as the objective's window runs (April: 2026-04-01 to
 *                  2026-05-01)
 * @param level     the level, a percentage between 0 and 100
 * @param source    where the figure comes from (the tool, its report), shown in explanations
 */
public record LevelReport(String id, String objective, DateRange window, BigDecimal level, String source)
        implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id        unique within the timeline
     * @param objective the availability or ratio objective the level is of
     * @param window    the window's dates
     * @param level     the level, a percentage between 0 and 100
     * @param source    where the figure comes from, not empty
     */
    public LevelReport {
        Checks.id(id, "timeline", "id");
        Checks.id(objective, "timeline", "objective");
        Checks.present(window, "timeline", "window");
        Checks.percent(level, "timeline", "level");
        source = Checks.text(source, "timeline", "source");
        if (source.isBlank()) {
            throw Checks.fail("timeline", "source", "must say where the level comes from");
        }
    }
}
