package io.slarules.rules.internal.watch;

import io.slarules.Responsible;
import io.slarules.calc.Downtime;
import io.slarules.calc.WallClock;
import io.slarules.internal.calc.CaseClock;
import io.slarules.internal.calc.CaseTrack;
import io.slarules.internal.calc.Crossings;
import io.slarules.internal.text.ShortDigest;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.internal.facts.CaseMeasure;
import io.slarules.rules.internal.facts.ObjectiveCase;
import io.slarules.watch.Warning;
import io.slarules.watch.WarningKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The warn phase's arithmetic, called from the rules of {@code watch/warn.drl}: each method finds when a
 * threshold is (or will be) crossed and builds the warning a rule inserts. A warning whose instant
 * lies at or after the context's "as of" instant (the watermark) is a projection: the monitor does not raise it, it looks
 * again then. Public only because the compiled rules call it; not part of the API.
 */
public final class Watches {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Watches() {
    }

    /**
     * {@return the warning of a case reaching {@code percent} % of its target, or empty when it
     * stopped before that}
     *
     * @param ctx     the monitor's context
     * @param m       the case as measured as of the watermark
     * @param pauses  the pauses attributed to parties other than the obligated one, in any order
     * @param percent the share of the target
     * @param rule    the rule's name
     */
    public static Optional<Warning> caseShare(EvaluationContext ctx, CaseMeasure m, List<CaseClock.Pause> pauses,
                                              BigDecimal percent, String rule) {
        ObjectiveCase c = m.kase();
        CaseTrack track = c.track();
        Duration target = c.target().within();
        List<CaseClock.Pause> sorted = sorted(pauses);
        Instant at = Crossings.caseReaches(track, Crossings.share(target, percent), c.calendar(), sorted);
        if (track.stopped().filter(stop -> !stop.isAfter(at)).isPresent()) {
            return Optional.empty();
        }
        List<CaseClock.Pause> before = Crossings.before(sorted, at);
        Instant breach = Crossings.caseReaches(track, target, c.calendar(), before);
        Map<Responsible, Duration> paused = Crossings.pausedByParty(before, c.calendar());
        Agreement a = ctx.agreement();
        StringBuilder text = new StringBuilder("case " + track.caseId() + " (" + c.objective().id() + "): "
                + percent(percent) + " of its " + length(target) + " target elapsed at " + when(at, c.calendar().zone()));
        Optional<Map.Entry<Responsible, Duration>> holder = holder(paused);
        holder.ifPresent(h -> text.append("; the clock was paused ").append(length(h.getValue())).append(" for ")
                .append(a.partyName(h.getKey().id())));
        text.append("; breached at ").append(when(breach, c.calendar().zone())).append(" if it stays open");
        return Optional.of(warning(a, WarningKind.CASE_TARGET_ELAPSED, c.objective().id(), Optional.of(track.caseId()),
                at, percent, Optional.of(breach), holder, text.toString(), rule));
    }

    /**
     * {@return the breach of a case's target, as the month's evaluation measures it; while it is
     * within target, a projection of the first instant it could be over it}
     *
     * @param ctx    the monitor's context
     * @param m      the case as measured as of the watermark
     * @param pauses the pauses attributed to parties other than the obligated one, in any order
     * @param rule   the rule's name
     */
    public static Optional<Warning> caseBreach(EvaluationContext ctx, CaseMeasure m, List<CaseClock.Pause> pauses,
                                               String rule) {
        ObjectiveCase c = m.kase();
        CaseTrack track = c.track();
        Duration target = c.target().within();
        List<CaseClock.Pause> sorted = sorted(pauses);
        Instant at;
        if (m.result().breachedAt().isPresent()) {
            at = m.result().breachedAt().get();
        } else if (track.stopped().isPresent()) {
            return Optional.empty();
        } else {
            // within target as of the watermark: not before the target is reached, nor before the clock runs again
            Instant reached = Crossings.caseReaches(track, target, c.calendar(), sorted);
            Instant runs = Crossings.caseReaches(new CaseTrack(track.caseId(), track.service(), track.priority(),
                    ctx.asOf(), Optional.empty(), List.of()), Duration.ofNanos(1), c.calendar(), List.of());
            at = reached.isAfter(runs) ? reached : runs;
        }
        List<CaseClock.Pause> before = Crossings.before(sorted, at);
        Map<Responsible, Duration> paused = Crossings.pausedByParty(before, c.calendar());
        Agreement a = ctx.agreement();
        Optional<Map.Entry<Responsible, Duration>> holder = holder(paused);
        StringBuilder text = new StringBuilder("case " + track.caseId() + " (" + c.objective().id() + ") breached its "
                + length(target) + " target at " + when(at, c.calendar().zone()));
        holder.ifPresent(h -> text.append("; the clock was paused ").append(length(h.getValue())).append(" for ")
                .append(a.partyName(h.getKey().id())));
        return Optional.of(warning(a, WarningKind.BREACH, c.objective().id(), Optional.of(track.caseId()), at, HUNDRED,
                Optional.of(at), holder, text.toString(), rule));
    }

    /**
     * {@return the warning of an availability window's allowance consumed to {@code percent} %,
     * counting the downtime that counts against the obligated party; empty when the downtime known
     * does not reach it}
     *
     * @param ctx      the monitor's context
     * @param w        the window
     * @param downtime the window's downtime, its overlaps resolved by the rule of the concurrent phase, in any order
     * @param percent  the share of the allowance
     * @param rule     the rule's name
     */
    public static Optional<Warning> allowanceShare(EvaluationContext ctx, ObjectiveWindow w, List<Downtime> downtime,
                                                   BigDecimal percent, String rule) {
        AvailabilityObjective o = (AvailabilityObjective) w.objective();
        List<Downtime> sorted = sortedDowntime(downtime);
        Optional<Instant> reached = Crossings.allowanceReaches(o, w.interval(), w.calendar(), sorted, percent);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        Instant at = reached.get();
        Optional<Instant> breach = usedUp(o, w, Crossings.goingOn(sorted, at, w.interval().endExclusive()));
        Duration denominator = io.slarules.internal.calc.AvailabilityMeasure.of(o, Responsible.party(o.obligated()),
                w.interval(), w.calendar(), Crossings.goingOn(sorted, at, at)).denominator();
        BigDecimal allowance = minutes(denominator).multiply(HUNDRED.subtract(o.target())).divide(HUNDRED);
        BigDecimal used = allowance.multiply(percent).divide(HUNDRED);
        String text = o.id() + " " + w.window() + ": " + percent(percent) + " of the downtime allowance ("
                + plain(used) + " of " + plain(allowance) + " min) used at " + when(at, ctx.agreement().zone())
                + breach.map(b -> "; used up at " + when(b, ctx.agreement().zone()) + " if the outage goes on")
                        .orElse("");
        return Optional.of(warning(ctx.agreement(), WarningKind.ALLOWANCE_CONSUMED, o.id(),
                Optional.of(w.window().toString()), at, percent, breach, Optional.empty(), text, rule));
    }

    /**
     * The instant a window's allowance is used up: the last instant it still meets its target, but
     * not before the downtime counted reaches the whole allowance. The two differ only when the
     * downtime counted jumps (an outage counted once it reaches the minimum outage): the level then
     * falls below the target at the instant of the jump, which the events before that instant do
     * not show, and which the share warnings are raised at; the breach is put there too.
     */
    private static Optional<Instant> usedUp(AvailabilityObjective o, ObjectiveWindow w, List<Downtime> downtime) {
        return Crossings.allowanceUsedUp(o, w.interval(), w.calendar(), downtime).map(last -> Crossings
                .allowanceReaches(o, w.interval(), w.calendar(), downtime, HUNDRED).filter(r -> r.isAfter(last))
                .orElse(last));
    }

    /**
     * {@return the breach of an availability window: its allowance used up, the level below the
     * target; empty when the downtime known does not breach it}
     *
     * @param ctx      the monitor's context
     * @param w        the window
     * @param downtime the window's downtime, its overlaps resolved by the rule of the concurrent phase, in any order
     * @param rule     the rule's name
     */
    public static Optional<Warning> allowanceUsedUp(EvaluationContext ctx, ObjectiveWindow w, List<Downtime> downtime,
                                                    String rule) {
        AvailabilityObjective o = (AvailabilityObjective) w.objective();
        Optional<Instant> usedUp = usedUp(o, w, sortedDowntime(downtime));
        return usedUp.map(at -> warning(ctx.agreement(), WarningKind.BREACH, o.id(), Optional.of(w.window().toString()),
                at, HUNDRED, Optional.of(at), Optional.empty(), o.id() + " " + w.window()
                        + ": the downtime allowance was used up at " + when(at, ctx.agreement().zone())
                        + "; the window is below its target of " + plain(o.target()) + " %", rule));
    }

    /**
     * {@return the warning that a dependency of an obligation is late: from its due date on, unless
     * it (or the obligation) was fulfilled by then; empty while its due date is unknown}
     *
     * @param ctx        the monitor's context
     * @param o          the obligation
     * @param dependency the obligation it depends on
     * @param rule       the rule's name
     */
    public static Optional<Warning> dependencyLate(EvaluationContext ctx, ObligationState o, ObligationState dependency,
                                                   String rule) {
        if (!dependency.dueKnown()) {
            return Optional.empty();
        }
        Instant at = dependency.due();
        if (dependency.fulfilled().filter(f -> !f.isAfter(at)).isPresent()
                || o.fulfilled().filter(f -> !f.isAfter(at)).isPresent()) {
            return Optional.empty();
        }
        Agreement a = ctx.agreement();
        String owner = dependency.owner();
        String text = o.id() + " is at risk: held up by " + a.partyName(owner) + " through " + dependency.id()
                + ", which was due " + when(at, a.zone()) + " and is not fulfilled";
        return Optional.of(warning(a, WarningKind.DEPENDENCY_LATE, o.id(), Optional.of(dependency.id()), at,
                BigDecimal.ZERO, o.dueKnown() ? Optional.of(o.due()) : Optional.empty(), Optional.of(owner),
                Duration.ZERO, text, rule));
    }

    /**
     * {@return the warning that an obligation is due within {@code businessDays} business days:
     * from the end of the business day that many business days before the day it is due, unless
     * fulfilled by then; empty while its due date is unknown or for 0 days}
     *
     * @param ctx          the monitor's context
     * @param o            the obligation
     * @param businessDays the notice
     * @param rule         the rule's name
     */
    public static Optional<Warning> dueSoon(EvaluationContext ctx, ObligationState o, int businessDays, String rule) {
        if (!o.dueKnown() || businessDays <= 0) {
            return Optional.empty();
        }
        Agreement a = ctx.agreement();
        ZoneId zone = a.zone();
        LocalDate dueDay = WallClock.dayEndingAtOrAfter(o.due(), zone);
        Instant at = WallClock.endOfDay(Crossings.businessDaysBefore(dueDay, businessDays, a.holidays()), zone);
        Instant start = a.effective().startInclusive().atStartOfDay(zone).toInstant();
        if (at.isBefore(start)) {
            at = start;
        }
        if (!at.isBefore(o.due())) {
            return Optional.empty();
        }
        Instant from = at;
        if (o.fulfilled().filter(f -> !f.isAfter(from)).isPresent()) {
            return Optional.empty();
        }
        String text = o.id() + " (" + a.partyName(o.owner()) + ") is due " + when(o.due(), zone) + ", within "
                + businessDays + " business days, and not fulfilled";
        return Optional.of(warning(a, WarningKind.DUE_SOON, o.id(), Optional.empty(), at, BigDecimal.valueOf(businessDays),
                Optional.of(o.due()), Optional.empty(), Duration.ZERO, text, rule));
    }

    /**
     * {@return the breach of an obligation's due date: not fulfilled by it; the dependency late the
     * longest by then holds it up}
     *
     * @param ctx          the monitor's context
     * @param o            the obligation
     * @param dependencies the obligations it depends on, in any order
     * @param rule         the rule's name
     */
    public static Optional<Warning> dueMissed(EvaluationContext ctx, ObligationState o, List<ObligationState> dependencies,
                                              String rule) {
        if (!o.dueKnown()) {
            return Optional.empty();
        }
        Instant at = o.due();
        if (o.fulfilled().filter(f -> !f.isAfter(at)).isPresent()) {
            return Optional.empty();
        }
        Agreement a = ctx.agreement();
        ObligationState critical = null;
        Duration longest = Duration.ZERO;
        List<ObligationState> sorted = new ArrayList<>(dependencies);
        sorted.sort(Comparator.comparing(ObligationState::id));
        for (ObligationState d : sorted) {
            if (!d.dueKnown() || !d.due().isBefore(at)) {
                continue;
            }
            Instant end = d.fulfilled().filter(f -> f.isBefore(at)).orElse(at);
            Duration late = WallClock.between(d.due(), end, a.zone());
            if (late.compareTo(longest) > 0) {
                longest = late;
                critical = d;
            }
        }
        StringBuilder text = new StringBuilder(o.id() + " (" + a.partyName(o.owner()) + ") was due "
                + when(at, a.zone()) + " and is not fulfilled");
        Optional<String> holder = Optional.empty();
        if (critical != null) {
            holder = Optional.of(critical.owner());
            text.append("; held up ").append(length(longest)).append(" by ").append(a.partyName(critical.owner()))
                    .append(" through ").append(critical.id());
        }
        return Optional.of(warning(a, WarningKind.BREACH, o.id(), Optional.empty(), at, HUNDRED, Optional.of(at), holder,
                longest, text.toString(), rule));
    }

    /** {@return a warning's id: {@code WN-} and 16 hex digits of a SHA-256 over what it is} */
    static String id(String agreement, WarningKind kind, String subject, Optional<String> item, BigDecimal threshold) {
        String identity = String.join("\u001f", agreement, kind.name(), subject, item.orElse(""),
                threshold.stripTrailingZeros().toPlainString());
        return "WN-" + ShortDigest.of(identity);
    }

    /** {@return a length for a person: days, hours or minutes, as exact as it is} */
    static String length(Duration d) {
        if (!d.isZero() && d.toHoursPart() == 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0
                && d.toNanosPart() == 0) {
            long days = d.toDays();
            return days + (days == 1 ? " day" : " days");
        }
        if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
            return d.toHours() + " h";
        }
        return plain(BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.DOWN)) + " min";
    }

    private static Warning warning(Agreement a, WarningKind kind, String subject, Optional<String> item, Instant at,
                                   BigDecimal threshold, Optional<Instant> breach,
                                   Optional<Map.Entry<Responsible, Duration>> holder, String text, String rule) {
        return warning(a, kind, subject, item, at, threshold, breach, holder.map(h -> h.getKey().id()),
                holder.map(Map.Entry::getValue).orElse(Duration.ZERO), text, rule);
    }

    private static Warning warning(Agreement a, WarningKind kind, String subject, Optional<String> item, Instant at,
                                   BigDecimal threshold, Optional<Instant> breach, Optional<String> holder,
                                   Duration heldUpFor, String text, String rule) {
        return Warning.builder().id(id(a.id(), kind, subject, item, threshold)).kind(kind).agreement(a.id())
                .subject(subject).item(item).instant(at).threshold(threshold).projectedBreach(breach).heldUpBy(holder)
                .heldUpFor(heldUpFor).message(io.slarules.internal.text.PrintableText.of(text)).rules(List.of(rule))
                .build();
    }

    /** The party that held the clock longest; ties go to the smallest id. */
    private static Optional<Map.Entry<Responsible, Duration>> holder(Map<Responsible, Duration> paused) {
        Map.Entry<Responsible, Duration> best = null;
        for (Map.Entry<Responsible, Duration> e : paused.entrySet()) {
            if (best == null || e.getValue().compareTo(best.getValue()) > 0) {
                best = e;
            }
        }
        return Optional.ofNullable(best).map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    private static List<CaseClock.Pause> sorted(List<CaseClock.Pause> pauses) {
        List<CaseClock.Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing((CaseClock.Pause p) -> p.interval()).thenComparing(p -> p.party().id()));
        return sorted;
    }

    private static List<Downtime> sortedDowntime(List<Downtime> downtime) {
        List<Downtime> sorted = new ArrayList<>(downtime);
        sorted.sort(Comparator.comparing((Downtime d) -> d.interval()).thenComparing(Downtime::outage)
                .thenComparing(d -> d.responsible().id()));
        return sorted;
    }

    private static String when(Instant at, ZoneId zone) {
        return at + (zone.getId().equals("UTC") || zone.getId().equals("Z") ? ""
                : " (" + LOCAL.format(at.atZone(zone)) + " " + zone.getId() + ")");
    }

    private static String percent(BigDecimal p) {
        return plain(p) + " %";
    }

    private static BigDecimal minutes(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.DOWN);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
