package io.slarules.rules.facts;

import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.model.time.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The downtime of one availability window once a rule of the {@code concurrent} phase has resolved its
 * overlaps: every instant lost is attributed to one responsible at most. The window's availability is
 * measured from it. The default rule applies {@link Downtime#explainedInOrder}; a pack that replaces it by name
 * inserts its own resolution, one per window.
 *
 * @param window   the availability window
 * @param downtime the resolved downtime: stretches of one responsible may overlap each other, stretches of two
 *                 never do
 * @param rules    the rules that attributed the downtime and the one that resolved it, in the order cited
 */
public record ResolvedDowntime(ObjectiveWindow window, List<Downtime> downtime, List<String> rules) {

    /**
     * Validates the fields.
     *
     * @param window the availability window
     * @param downtime the resolved downtime
     * @param rules the rules that attributed and resolved it
     * @throws IllegalArgumentException when an instant is attributed to two responsibles: a resolution that
     *                                  leaves an overlap would count or excuse the same minute twice
     */
    public ResolvedDowntime {
        Objects.requireNonNull(window, "window");
        downtime = List.copyOf(downtime);
        rules = List.copyOf(rules);
        Map<String, List<Interval>> byResponsible = new TreeMap<>();
        for (Downtime d : downtime) {
            byResponsible.computeIfAbsent(d.responsible().id() + (d.counts() ? " (counts)" : ""),
                    k -> new ArrayList<>()).add(d.interval());
        }
        List<String> keys = List.copyOf(byResponsible.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                List<Interval> both = Intervals.intersect(byResponsible.get(keys.get(i)), byResponsible.get(keys.get(j)));
                if (!both.isEmpty()) {
                    throw new IllegalArgumentException("SLA Rules: " + window.objectiveId() + " " + window.window()
                            + ": downtime from " + both.get(0).startInclusive() + " to " + both.get(0).endExclusive()
                            + " is attributed both to " + keys.get(i) + " and to " + keys.get(j) + " by " + rules);
                }
            }
        }
    }
}
