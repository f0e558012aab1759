package io.slarules.rules.internal.watch;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaException;
import io.slarules.calc.WallClock;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.WatchTerms;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.rules.internal.engine.ChunkSessions;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.servicelevels.ServiceLevelFacts;
import io.slarules.watch.Monitor;
import io.slarules.watch.Warning;
import io.slarules.watch.WarningKind;
import io.slarules.watch.WatchOptions;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The monitor over the engine's rule base: per agreement, the events still needed, the warnings
 * raised and the instant to look again; a session per look, through the {@code attribute},
 * {@code measure} and {@code warn} phases. An agreement is looked at when events were appended to
 * it or when the watermark passes its next projected crossing (or the end of its month), so
 * advancing the clock costs nothing for the agreements nothing happens to.
 */
public final class DroolsMonitor implements Monitor {

    /**
     * Warnings in the order they are told: by instant, then agreement, an allowance's share before
     * the other warnings of its instant (downtime jumping past a share and the whole allowance at
     * once is warned of, then breached), then id.
     */
    static final Comparator<Warning> ORDER = Comparator.comparing(Warning::instant).thenComparing(Warning::agreement)
            .thenComparing(w -> w.kind() != WarningKind.ALLOWANCE_CONSUMED).thenComparing(Warning::id);

    private final DroolsSlaEngine engine;
    private final WatchOptions options;
    private final Map<String, WatchedAgreement> watched = new HashMap<>();
    /** Agreements to look at, by the instant to look again (then id): the watermark must pass it. */
    private final TreeSet<WatchedAgreement> wakes = new TreeSet<>(WatchedAgreement.BY_WAKE);
    private final TreeSet<String> dirty = new TreeSet<>();
    private Instant clock;

    public DroolsMonitor(DroolsSlaEngine engine, WatchOptions options) {
        this.engine = engine;
        this.options = options;
        this.clock = options.start();
    }

    @Override
    public void watch(Agreement agreement, History history, WatchTerms terms) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(terms, "terms");
        if (watched.containsKey(agreement.id())) {
            throw new InvalidInputException(agreement.id(), List.of(Problem.at("monitor", "agreement",
                    "agreement " + agreement.id() + " is watched already")));
        }
        List<Problem> problems = history.problems(agreement, Optional.empty());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
        WatchedAgreement a = new WatchedAgreement(agreement, history, terms, agreement.serviceLevels().billingCycle()
                .monthHolding(clock.atZone(agreement.zone()).toLocalDate()));
        watched.put(agreement.id(), a);
        dirty.add(agreement.id());
    }

    @Override
    public void append(String agreementId, Collection<? extends TimelineEvent> events) {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(events, "events");
        WatchedAgreement a = requireWatching(agreementId);
        Instant watermark = watermark();
        List<Problem> problems = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (e == null) {
                problems.add(Problem.at("timeline", "events", "an event is missing (null)"));
                continue;
            }
            Instant happened = WatchedAgreement.happened(e, a.agreement().zone());
            if (happened.isBefore(watermark)) {
                problems.add(Problem.at("timeline", "events[" + e.id() + "]", "happened at " + happened
                        + ", before the monitor's watermark " + watermark + " (its clock " + clock + " less the lateness "
                        + options.lateness() + "); the warnings up to the watermark are final"));
            }
        }
        List<TimelineEvent> all = new ArrayList<>(a.events());
        events.stream().filter(Objects::nonNull).forEach(all::add);
        Timeline timeline = null;
        try {
            timeline = Timeline.of(all);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (timeline != null) {
            // as evaluate checks a timeline; a case whose opening may still arrive within the bound waits for it
            for (Problem p : timeline.problemsWith(AgreementDraft.of(a.agreement()))) {
                if (!mayStillBeCompleted(p, timeline, watermark)) {
                    problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreementId, problems);
        }
        events.forEach(a::add);
        dirty.add(agreementId);
    }

    @Override
    public void outageStarted(String agreementId, String outageId, String service, Instant start, String responsible,
                              String cause) {
        Objects.requireNonNull(start, "start");
        WatchedAgreement a = require(agreementId);
        Instant end = a.agreement().effective().toInterval(a.agreement().zone()).endExclusive();
        if (!start.isBefore(end)) {
            throw new InvalidInputException(agreementId, List.of(Problem.at("timeline", "events[" + outageId + "]",
                    "starts at " + start + ", after the agreement's effective dates (to " + end + ")")));
        }
        // going on: taken to last to the end of the agreement until its end is told; a look warns of what the
        // watermark passed and projects the rest, as it does for an outage whose end lies ahead
        append(agreementId, List.of(Outage.fault(outageId, service, Interval.of(start, end), responsible, cause)));
        a.goingOn(outageId);
    }

    @Override
    public void outageEnded(String agreementId, String outageId, Instant end) {
        Objects.requireNonNull(outageId, "outageId");
        Objects.requireNonNull(end, "end");
        WatchedAgreement a = requireWatching(agreementId);
        Outage going = a.outageGoingOn(outageId).orElseThrow(() -> new InvalidInputException(agreementId, List.of(
                Problem.at("timeline", "events[" + outageId + "]", "no outage " + outageId + " is going on"))));
        List<Problem> problems = new ArrayList<>();
        if (end.isBefore(watermark())) {
            problems.add(Problem.at("timeline", "events[" + outageId + "]", "ended at " + end + ", before the"
                    + " monitor's watermark " + watermark() + "; the warnings up to the watermark took it as going on"
                    + " and are final"));
        }
        if (!end.isAfter(going.interval().startInclusive())) {
            problems.add(Problem.at("timeline", "events[" + outageId + "]", "ended at " + end + ", not after its start "
                    + going.interval().startInclusive()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreementId, problems);
        }
        a.ended(new Outage(going.id(), going.service(), Interval.of(going.interval().startInclusive(), end),
                going.kind(), going.responsible(), going.announced(), going.cause()));
        dirty.add(agreementId);
    }

    /**
     * Whether a problem is a case's that an event still to come may resolve: one of the case's
     * events lies at or after the watermark, so another of it (its opening, the end of a pause)
     * may still arrive within the bound. A case still inconsistent when its month is settled fails
     * the settlement, as {@code evaluate} would.
     */
    private static boolean mayStillBeCompleted(Problem p, Timeline timeline, Instant watermark) {
        if (!p.path().startsWith("cases[") || p.path().indexOf(']') < 0) {
            return false;
        }
        String caseId = p.path().substring("cases[".length(), p.path().indexOf(']'));
        return timeline.caseEvents().stream().anyMatch(e -> e.caseId().equals(caseId) && !e.at().isBefore(watermark));
    }

    @Override
    public List<Warning> advanceTo(Instant newClock) {
        Objects.requireNonNull(newClock, "clock");
        if (newClock.isBefore(clock)) {
            throw new InvalidInputException(null, List.of(Problem.at("monitor", "clock", "the clock cannot go back from "
                    + clock + " to " + newClock)));
        }
        clock = newClock;
        Instant watermark = watermark();
        TreeSet<String> due = new TreeSet<>(dirty);
        dirty.clear();
        while (!wakes.isEmpty() && wakes.first().wakeAt().isBefore(watermark)) {
            due.add(wakes.pollFirst().agreement().id());
        }
        List<Warning> raised = new ArrayList<>();
        List<WatchedAgreement> failed = new ArrayList<>();
        ChunkSessions sessions = engine.sessions();
        try {
            for (String id : due) {
                WatchedAgreement a = watched.get(id);
                wakes.remove(a);
                try {
                    WatchRun.Look look = new WatchRun(engine, sessions, a).look(watermark);
                    raised.addAll(a.raise(look.warnings(), watermark));
                    settle(a, watermark);
                    a.wakeAt(look.next().filter(n -> n.isBefore(a.settleAt())).orElse(a.settleAt()));
                    wakes.add(a);
                } catch (SlaException e) {
                    // one agreement's bad timeline or throwing rule stops that agreement, not the monitor;
                    // it is kept and told below, never counted as "no warning"
                    a.failed(e);
                    failed.add(a);
                }
            }
        } finally {
            sessions.release();
        }
        raised.sort(ORDER);
        raised.forEach(options.listener()::warned);
        failed.forEach(a -> options.listener().failed(a.agreement().id(), a.failure().orElseThrow()));
        return List.copyOf(raised);
    }

    /**
     * Settles every billing month of the agreement (calendar months unless its {@code billingCycle}
     * says otherwise) that ended before the watermark, telling the listener.
     */
    private void settle(WatchedAgreement a, Instant watermark) {
        while (a.settleAt().isBefore(watermark)) {
            YearMonth month = a.toSettle();
            DateRange billingMonth = a.cycle().month(month);
            Optional<Evaluation> evaluation = Optional.empty();
            if (billingMonth.overlaps(a.agreement().effective())) {
                evaluation = Optional.of(engine.evaluate(a.agreement(), billingMonth, a.timeline(), a.history()));
            }
            a.settled(month, evaluation, new ServiceLevelFacts(a.agreement(), a.timeline()));
            evaluation.ifPresent(e -> options.listener().settled(a.agreement().id(), e));
        }
    }

    @Override
    public Instant clock() {
        return clock;
    }

    @Override
    public Instant watermark() {
        return clock.minus(options.lateness());
    }

    @Override
    public List<Warning> warnings(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Warning> all = new ArrayList<>();
        watched.values().forEach(a -> all.addAll(view(a, asOf)));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    @Override
    public List<Warning> warnings(String agreementId, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Warning> all = new ArrayList<>(view(require(agreementId), asOf));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /** The agreement's warnings raised before {@code asOf}, a late dependency's hold-up as of then. */
    private List<Warning> view(WatchedAgreement a, Instant asOf) {
        List<Warning> seen = new ArrayList<>();
        for (Warning w : a.raised()) {
            if (!w.instant().isBefore(asOf)) {
                continue;
            }
            if (w.kind() == WarningKind.DEPENDENCY_LATE && w.item().isPresent()) {
                Instant end = asOf;
                for (TimelineEvent e : a.events()) {
                    if (e instanceof Fulfilment f && f.obligation().equals(w.item().get()) && f.at().isBefore(end)) {
                        end = f.at();
                    }
                }
                Duration late = WallClock.between(w.instant(), end, a.agreement().zone());
                seen.add(w.toBuilder().heldUpFor(late).asOf(asOf).message(late.isZero() ? w.message()
                        : w.message() + "; " + Watches.length(late) + " late so far").build());
            } else {
                seen.add(w.toBuilder().asOf(asOf).build());
            }
        }
        return seen;
    }

    @Override
    public Optional<Evaluation> settled(String agreementId) {
        return require(agreementId).settled();
    }

    @Override
    public Optional<SlaException> failure(String agreementId) {
        return require(agreementId).failure();
    }

    @Override
    public int size() {
        return watched.size();
    }

    /** How many events the monitor holds of an agreement: tests check that old ones age out. */
    public int eventsHeld(String agreementId) {
        return require(agreementId).events().size();
    }

    /** How many warnings the monitor holds of an agreement. */
    public int warningsHeld(String agreementId) {
        return require(agreementId).raised().size();
    }

    /** The agreement, still watched: not stopped by a failure. */
    private WatchedAgreement requireWatching(String agreementId) {
        WatchedAgreement a = require(agreementId);
        if (a.failure().isPresent()) {
            throw new InvalidInputException(agreementId, List.of(Problem.at("monitor", "agreement", "agreement "
                    + agreementId + " is no longer watched: it failed (" + a.failure().get().getMessage() + ")")));
        }
        return a;
    }

    private WatchedAgreement require(String agreementId) {
        WatchedAgreement a = watched.get(Objects.requireNonNull(agreementId, "agreementId"));
        if (a == null) {
            throw new InvalidInputException(agreementId, List.of(Problem.at("monitor", "agreement",
                    "agreement " + agreementId + " is not watched")));
        }
        return a;
    }
}
