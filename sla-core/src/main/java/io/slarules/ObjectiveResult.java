package io.slarules;

import io.slarules.model.DateRange;
import io.slarules.model.MetricKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One window of one objective: what was achieved against what was promised, and who lost the time.
 *
 * @param objective  the objective
 * @param kind       its metric kind
 * @param window     the window measured, clipped to the agreement's effective dates
 * @param achieved   the level reached: a percentage (availability, ratio, share of cases within
 *                   target) or a count (quota); for per-case targets, the number of cases in time
 * @param target     the level promised, in the same unit
 * @param met        whether the objective was met
 * @param lostTime   availability: the outage time by responsible party (excused included); the
 *                   obligated party's share is what counted against it
 * @param shortfall  quota: how many units short of the target as agreed; empty otherwise
 * @param shortfallBy quota: the shortfall by the party it counts against (an upstream party that
 *                   fell short scales a dependent target down, and answers for the difference)
 * @param cases      time-to: every case that stopped in the window or breached before its end
 * @param notes      what the reader should know beyond the figures, e.g. a credit below the minimum
 * @param rules      the rules that produced it
 */
public record ObjectiveResult(String objective, MetricKind kind, DateRange window, BigDecimal achieved,
                              BigDecimal target, boolean met, List<Share> lostTime, Optional<Long> shortfall,
                              List<UnitShare> shortfallBy, List<CaseResult> cases, List<String> notes,
                              List<String> rules) {

    /** Validates the fields. */
    public ObjectiveResult {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(target, "target");
        lostTime = List.copyOf(lostTime);
        Objects.requireNonNull(shortfall, "shortfall");
        shortfallBy = List.copyOf(shortfallBy);
        cases = List.copyOf(cases);
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
    }

    /** The case with the given id. */
    public Optional<CaseResult> caseResult(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    /** The outage time attributed to a party (or {@link Responsible#EXCUSED}); zero when none. */
    public java.time.Duration lostTimeOf(Responsible responsible) {
        return lostTime.stream().filter(s -> s.responsible().equals(responsible)).map(Share::length).findFirst()
                .orElse(java.time.Duration.ZERO);
    }
}
