package io.slarules.rules.facts;

import io.slarules.CaseResult;
import io.slarules.Share;
import io.slarules.UnitShare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a window of an objective achieved.
 *
 * @param window    the objective window
 * @param achieved  the level reached (percentage, or count for a quota)
 * @param target    the level promised, same unit
 * @param met       whether the figure reaches the target as the objective measures it (a level at least the
 *                  target; no case over a per-case target and each share target reached; nothing short on the
 *                  obligated party's own account; no reading outside the range): arithmetic, not the verdict.
 *                  Whether the window is met is the {@link WindowVerdict} a rule decides from it
 * @param levels    the percentages credit bands are looked up with: one for availability, ratio
 *                  and quota (percent of target); one per share-of-cases priority target
 * @param lostTime  availability: downtime by party
 * @param shortfall quota: units short
 * @param shortfallBy quota: units short by the party they count against
 * @param cases     time-to: the cases counted in the window
 * @param notes     remarks for the reader
 * @param rules     the rules behind it
 */
public record Measurement(ObjectiveWindow window, BigDecimal achieved, BigDecimal target, boolean met,
                          List<AchievedLevel> levels, List<Share> lostTime, Optional<Long> shortfall, List<UnitShare> shortfallBy,
                          List<CaseResult> cases,
                          List<String> notes, List<String> rules) {

    /**
     * Validates the fields.
     *
     * @param window the objective window
     * @param achieved the level reached (percentage, or count for a quota)
     * @param target the level promised, same unit
     * @param met whether the figure reaches the target as the objective measures it; the verdict is a
     *            {@link WindowVerdict}
     * @param levels the percentages credit bands are looked up with: one for availability, ratio and quota (percent
     *               of target); one per share-of-cases priority target
     * @param lostTime availability: downtime by party
     * @param shortfall quota: units short
     * @param shortfallBy quota: units short by the party they count against
     * @param cases time-to: the cases counted in the window
     * @param notes remarks for the reader
     * @param rules the rules behind it
     */
    public Measurement {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(target, "target");
        levels = List.copyOf(levels);
        lostTime = List.copyOf(lostTime);
        Objects.requireNonNull(shortfall, "shortfall");
        shortfallBy = List.copyOf(shortfallBy);
        cases = List.copyOf(cases);
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
    }

    /**
     * {@return this measurement with one more rule cited after its own: a rule that decided on it}
     *
     * @param rule the rule's name
     */
    public Measurement citing(String rule) {
        Objects.requireNonNull(rule, "rule");
        List<String> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new Measurement(window, achieved, target, met, levels, lostTime, shortfall, shortfallBy, cases, notes,
                more);
    }

    /**
     * Quota: the units short that count against the window's obligated party.
     *
     * @return the units short on the obligated party's own account; 0 when not a quota or nothing is short
     */
    public long ownShortfall() {
        String obligated = window.objective().obligated();
        return shortfallBy.stream().filter(u -> u.responsible().id().equals(obligated)).mapToLong(UnitShare::units).sum();
    }
}
