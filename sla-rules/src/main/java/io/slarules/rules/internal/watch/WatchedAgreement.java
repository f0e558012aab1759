package io.slarules.rules.internal.watch;

import io.slarules.Evaluation;
import io.slarules.SlaException;
import io.slarules.model.Agreement;
import io.slarules.model.WatchTerms;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.LevelReport;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.servicelevels.ServiceLevelFacts;
import io.slarules.watch.Warning;
import io.slarules.watch.WarningKind;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a monitor holds of one agreement: the events still needed, the warnings raised (by id, so
 * each is raised once), the history, the next month to settle (a month of the agreement's billing
 * cycle, named by the calendar month it starts in) and the instant to look again.
 * Memory stays bounded: when a month is settled, the events that can no longer change a window
 * still open are dropped with their warnings.
 */
public final class WatchedAgreement {

    static final Comparator<WatchedAgreement> BY_WAKE = Comparator
            .comparing((WatchedAgreement a) -> a.wakeAt, Comparator.<Instant>naturalOrder())
            .thenComparing(a -> a.agreement.id(), Comparator.<String>naturalOrder());

    private final Agreement agreement;
    private final WatchTerms terms;
    /** The agreement with {@link #terms} as its watch terms. */
    private final Agreement asWatched;
    private History history;
    private final Map<String, TimelineEvent> events = new LinkedHashMap<>();
    private Timeline timeline;
    private final Map<String, Warning> raised = new TreeMap<>();
    /** The instant an availability warning's window ends, by warning id: it is dropped with the window. */
    private final Map<String, Instant> windowEnds = new TreeMap<>();
    private YearMonth toSettle;
    private Optional<Evaluation> settled = Optional.empty();
    private Instant wakeAt = Instant.MAX;
    /** The ids of the outages going on: held with the agreement's end as theirs until they end. */
    private final Set<String> goingOn = new java.util.TreeSet<>();
    /** What stopped watching it: it is looked at no more. */
    private Optional<SlaException> failure = Optional.empty();

    WatchedAgreement(Agreement agreement, History history, WatchTerms terms, YearMonth toSettle) {
        this.agreement = agreement;
        this.history = history;
        this.terms = terms;
        this.asWatched = terms.equals(agreement.watchTerms()) ? agreement : agreement.withWatchTerms(terms);
        this.toSettle = toSettle;
    }

    Agreement agreement() {
        return agreement;
    }

    WatchTerms terms() {
        return terms;
    }

    /** The agreement with the thresholds it is watched with as its terms: what a monitor's session reasons over. */
    Agreement agreementAsWatched() {
        return asWatched;
    }

    History history() {
        return history;
    }

    Collection<TimelineEvent> events() {
        return events.values();
    }

    /** The events held, as a timeline; built once per change. */
    Timeline timeline() {
        if (timeline == null) {
            timeline = Timeline.of(events.values());
        }
        return timeline;
    }

    void add(TimelineEvent e) {
        if (events.putIfAbsent(e.id(), e) == null) {
            timeline = null;
        }
    }

    /** Marks an outage appended as going on. */
    void goingOn(String outageId) {
        goingOn.add(outageId);
    }

    /** {@return the outage going on with that id, as held} */
    Optional<Outage> outageGoingOn(String outageId) {
        return goingOn.contains(outageId) ? Optional.of((Outage) events.get(outageId)) : Optional.empty();
    }

    /** Replaces an outage going on by the outage as it ended. */
    void ended(Outage outage) {
        goingOn.remove(outage.id());
        events.put(outage.id(), outage);
        timeline = null;
    }

    Collection<Warning> raised() {
        return raised.values();
    }

    Optional<Evaluation> settled() {
        return settled;
    }

    YearMonth toSettle() {
        return toSettle;
    }

    /** The agreement's billing cycle: the months settled are its billing months, as {@code evaluate} settles them. */
    ServiceLevels.BillingCycle cycle() {
        return agreement.serviceLevels().billingCycle();
    }

    /** The end of the next billing month to settle, in the agreement's zone; far away past its effective dates. */
    Instant settleAt() {
        DateRange month = cycle().month(toSettle);
        if (!month.startInclusive().isBefore(agreement.effective().endExclusive())) {
            return Instant.MAX;
        }
        return month.endExclusive().atStartOfDay(agreement.zone()).toInstant();
    }

    Optional<SlaException> failure() {
        return failure;
    }

    /** Stops watching: the failure is kept, nothing more is looked at or settled. */
    void failed(SlaException e) {
        failure = Optional.of(e);
        wakeAt = Instant.MAX;
    }

    Instant wakeAt() {
        return wakeAt;
    }

    void wakeAt(Instant at) {
        this.wakeAt = at;
    }

    /**
     * Raises what a look found before the watermark and was not raised yet.
     *
     * @return the warnings raised now
     */
    List<Warning> raise(List<WatchRun.Found> found, Instant watermark) {
        List<Warning> now = new ArrayList<>();
        for (WatchRun.Found f : found) {
            Warning w = f.warning();
            if (w.instant().isBefore(watermark) && !raised.containsKey(w.id())) {
                raised.put(w.id(), w);
                f.windowEnd().ifPresent(end -> windowEnds.put(w.id(), end));
                now.add(w);
            }
        }
        return now;
    }

    /**
     * Records a settled month and drops what can no longer change a window still open: outages
     * ended and counts before the earliest open window, the events of cases resolved before it,
     * and the warnings of both.
     */
    void settled(YearMonth month, Optional<Evaluation> evaluation, ServiceLevelFacts facts) {
        evaluation.ifPresent(e -> {
            settled = Optional.of(e);
            history = e.history();
        });
        toSettle = month.plusMonths(1);
        ZoneId zone = agreement.zone();
        Instant horizon = cycle().month(toSettle).startInclusive().atStartOfDay(zone).toInstant();
        for (int ahead = 0; ahead < 4; ahead++) {
            for (ObjectiveWindow w : facts.windows(cycle().month(toSettle.plusMonths(ahead)))) {
                if (w.interval().startInclusive().isBefore(horizon)) {
                    horizon = w.interval().startInclusive();
                }
            }
        }
        Instant keepFrom = horizon;
        Set<String> resolved = new HashSet<>();
        for (TimelineEvent e : events.values()) {
            if (e instanceof CaseEvent c && c.kind() == CaseEventKind.RESOLVED && c.at().isBefore(keepFrom)) {
                resolved.add(c.caseId());
            }
        }
        int before = events.size();
        events.values().removeIf(e -> e instanceof Outage o && !o.interval().endExclusive().isAfter(keepFrom)
                || e instanceof Count c && c.at().isBefore(keepFrom)
                || e instanceof io.slarules.model.timeline.Reading r && r.at().isBefore(keepFrom)
                || e instanceof LevelReport l && !l.window().toInterval(zone).endExclusive().isAfter(keepFrom)
                || e instanceof CaseEvent c && resolved.contains(c.caseId()));
        if (events.size() != before) {
            timeline = null;
        }
        raised.values().removeIf(w -> w.item().isPresent() && resolved.contains(w.item().get())
                && (w.kind() == WarningKind.CASE_TARGET_ELAPSED || w.kind() == WarningKind.BREACH)
                && agreement.serviceLevels().objective(w.subject()).isPresent()
                || windowEnds.containsKey(w.id()) && !windowEnds.get(w.id()).isAfter(keepFrom));
        windowEnds.keySet().retainAll(raised.keySet());
    }

    /**
     * {@return the instant an event happened, as the lateness bound reads it: an interval's start
     * (its end may lie ahead), a point event's instant, a dated event's (a reported level's window, an
     * exchange rate) start of its first day in the agreement's zone}
     *
     * @param e    the event
     * @param zone the agreement's zone, for a reported level's window
     */
    static Instant happened(TimelineEvent e, ZoneId zone) {
        if (e instanceof Fulfilment f) {
            return f.at();
        } else if (e instanceof BlockedInterval b) {
            return b.interval().startInclusive();
        } else if (e instanceof ForceMajeure f) {
            return f.interval().startInclusive();
        } else if (e instanceof Outage o) {
            return o.interval().startInclusive();
        } else if (e instanceof CaseEvent c) {
            return c.at();
        } else if (e instanceof Count c) {
            return c.at();
        } else if (e instanceof io.slarules.model.timeline.Reading r) {
            return r.at();
        } else if (e instanceof io.slarules.model.timeline.ExchangeRate r) {
            // a rate is known from the start of its date: conversions of that day may use it
            return r.date().atStartOfDay(zone).toInstant();
        } else if (e instanceof LevelReport l) {
            return l.window().startInclusive().atStartOfDay(zone).toInstant();
        }
        // TimelineEvent is sealed: a new event kind must say here when it happened
        throw new IllegalStateException("no instant for a " + e.getClass().getSimpleName());
    }
}
