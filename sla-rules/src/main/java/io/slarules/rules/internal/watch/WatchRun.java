package io.slarules.rules.internal.watch;

import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.deadlines.Normalisation;
import io.slarules.rules.internal.engine.ChunkSessions;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.Phase;
import io.slarules.rules.internal.servicelevels.ServiceLevelFacts;
import io.slarules.watch.Warning;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One look at a watched agreement as of a watermark: the windows still open (their outage pieces
 * and cases as known), the obligations and their dependencies go into a session with the
 * {@link EvaluationContext} every session holds (the billing month the watermark is in, known up to the watermark,
 * the agreement with the thresholds it is watched with); the {@code attribute} and {@code measure} rules of the evaluation say whom
 * each wait and each minute counts against, and the {@code warn} rules what to warn of.
 */
public final class WatchRun {

    /** How many months ahead of the watermark's a window settled then may already have started (a quarter). */
    private static final int MONTHS_AHEAD = 3;

    private final DroolsSlaEngine engine;
    private final ChunkSessions sessions;
    private final WatchedAgreement watched;

    WatchRun(DroolsSlaEngine engine, ChunkSessions sessions, WatchedAgreement watched) {
        this.engine = engine;
        this.sessions = sessions;
        this.watched = watched;
    }

    /** A warning a rule inserted, with the end of its availability window (it ages out with it). */
    record Found(Warning warning, Optional<Instant> windowEnd) {
    }

    /**
     * What a look found: every warning the rules inserted (before the watermark: to raise; at or
     * after it: projections), and the earliest projection, when to look again.
     */
    record Look(List<Found> warnings, Optional<Instant> next) {
    }

    Look look(Instant watermark) {
        Agreement agreement = watched.agreement();
        Timeline timeline = watched.timeline();
        ServiceLevels.BillingCycle cycle = watched.cycle();
        // the billing month the watermark is in, as evaluate names it (the calendar month it starts in)
        YearMonth now = cycle.monthHolding(watermark.atZone(agreement.zone()).toLocalDate());
        List<Object> facts = new ArrayList<>();
        facts.add(new EvaluationContext(watched.agreementAsWatched(), cycle.month(now).toInterval(agreement.zone()),
                watermark));
        Map<Object, Instant> windowEnds = new IdentityHashMap<>();
        if (!agreement.serviceLevels().isEmpty() || !agreement.amendments().isEmpty()) {
            ServiceLevelFacts levels = new ServiceLevelFacts(agreement, timeline);
            List<ObjectiveWindow> windows = new ArrayList<>();
            for (YearMonth m = watched.toSettle(); !m.isAfter(now.plusMonths(MONTHS_AHEAD)); m = m.plusMonths(1)) {
                for (ObjectiveWindow w : levels.windows(cycle.month(m))) {
                    if (w.interval().startInclusive().isBefore(watermark)) {
                        windows.add(w);
                    }
                }
            }
            if (!windows.isEmpty()) {
                facts.addAll(windows);
                for (ObjectiveWindow w : windows) {
                    facts.addAll(levels.outagePieces(w));
                }
                facts.addAll(levels.cases(windows, watermark));
            }
        }
        Instant start = agreement.effective().startInclusive().atStartOfDay(agreement.zone()).toInstant();
        if (!agreement.obligations().isEmpty() && start.isBefore(watermark)) {
            Normalisation normalisation = new Normalisation(agreement, Interval.of(start, watermark), timeline);
            facts.addAll(normalisation.obligationsToStart());   // the facts phase starts their work
            facts.addAll(normalisation.dependencies());
        }
        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            Look look = engine.fire(session, agreement.id(), Phase.WATCH, s -> facts.forEach(s::insert),
                    (s, firings) -> conclude(s, watermark));
            evaluated = true;
            return look;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    private Look conclude(KieSession session, Instant watermark) {
        List<Found> found = new ArrayList<>();
        Instant next = null;
        WindowEnds zone = new WindowEnds(watched.agreement());
        for (Object fact : session.getObjects()) {
            if (fact instanceof Warning w) {
                found.add(new Found(w, zone.windowEnd(w)));
                if (!w.instant().isBefore(watermark) && (next == null || w.instant().isBefore(next))) {
                    next = w.instant();
                }
            }
        }
        found.sort((a, b) -> DroolsMonitor.ORDER.compare(a.warning(), b.warning()));
        return new Look(found, Optional.ofNullable(next));
    }

    /** Reads an availability warning's window (its item) back as the instant it ends. */
    private record WindowEnds(Agreement agreement) {
        Optional<Instant> windowEnd(Warning w) {
            if (w.item().isEmpty() || agreement.serviceLevels().objective(w.subject()).filter(o ->
                    o.kind() == io.slarules.model.servicelevels.MetricKind.AVAILABILITY).isEmpty()) {
                return Optional.empty();
            }
            String item = w.item().get();
            java.time.LocalDate end = item.contains("..") ? java.time.LocalDate.parse(item.substring(item.indexOf("..") + 2))
                    : YearMonth.parse(item).plusMonths(1).atDay(1);
            return Optional.of(end.atStartOfDay(agreement.zone()).toInstant());
        }
    }
}
