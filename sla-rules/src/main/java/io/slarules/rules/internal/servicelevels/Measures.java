package io.slarules.rules.internal.servicelevels;

import io.slarules.CaseResult;
import io.slarules.Responsible;
import io.slarules.UnitShare;
import io.slarules.calc.Downtime;
import io.slarules.internal.calc.AvailabilityMeasure;
import io.slarules.internal.calc.CaseClock;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.LevelRounding;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.timeline.LevelReport;
import io.slarules.rules.facts.AchievedLevel;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.internal.facts.CaseMeasure;
import io.slarules.rules.internal.facts.ObjectiveCase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The measure phase's arithmetic, called from the rules: each method builds the fact a rule inserts.
 * Public only because the compiled rules call it; not part of the API.
 */
public final class Measures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The order a window's downtime is measured in: by interval, outage, responsible. */
    private static final Comparator<Downtime> DOWNTIME_ORDER = Comparator.comparing((Downtime d) -> d.interval())
            .thenComparing(Downtime::outage).thenComparing(d -> d.responsible().id());

    /** The order a case's pauses are measured in: by interval, then party. */
    private static final Comparator<CaseClock.Pause> PAUSE_ORDER = Comparator
            .comparing((CaseClock.Pause p) -> p.interval()).thenComparing(p -> p.party().id());

    /** How the note of a reported level starts. */
    private static final String REPORTED = "reported ";

    private Measures() {
    }

    /**
     * {@return the rules to cite for a resolution: those that attributed the downtime, in name order, then the
     * one that resolved its overlaps when there was one (a rule that changed nothing is not cited)}
     *
     * @param attributedBy the names of the rules that attributed the downtime, in any order
     * @param attributed the downtime as attributed
     * @param resolved the downtime as resolved
     * @param rule the name of the rule that resolved its overlaps
     */
    public static List<String> citing(java.util.Collection<String> attributedBy, List<Downtime> attributed,
                                      List<Downtime> resolved, String rule) {
        List<String> rules = new ArrayList<>(new java.util.TreeSet<>(attributedBy));
        if (!new java.util.HashSet<>(attributed).equals(new java.util.HashSet<>(resolved))) {
            rules.add(rule);
        }
        return rules;
    }

    /**
     * {@return the availability of a window from the downtime the attribute rules decided on, its overlaps
     * resolved by a rule of the concurrent phase}
     *
     * @param ctx the evaluation's service-level context
     * @param w the availability objective's window
     * @param downtime the downtime of the window, no instant attributed to two responsibles, in any order
     * @param resolvedBy the rules that attributed and resolved the downtime, in the order cited
     * @param rule the name of the rule that calls it
     */
    public static Measurement availability(EvaluationContext ctx, ObjectiveWindow w, List<Downtime> downtime,
                                           List<String> resolvedBy, String rule) {
        AvailabilityObjective o = (AvailabilityObjective) w.objective();
        List<Downtime> sorted = new ArrayList<>(downtime);
        // facts come out of working memory in no stated order; the measure must not depend on it
        sorted.sort(DOWNTIME_ORDER);
        AvailabilityMeasure m = AvailabilityMeasure.of(o, Responsible.party(o.obligated()), w.interval(),
                w.calendar(), sorted);
        boolean met = m.achieved().compareTo(o.target()) >= 0;
        List<String> rules = new ArrayList<>(resolvedBy);
        rules.add(rule);
        List<String> notes = List.of("measured " + minutes(m.measured()) + " min, denominator " + minutes(m.denominator())
                + " min, counted downtime " + minutes(m.counted()) + " min", "level " + o.levelRounding());
        return new Measurement(w, m.achieved(), o.target(), met, List.of(new AchievedLevel(o.id(), m.achieved(), o.target())),
                m.lostTime(), Optional.empty(), List.of(), List.of(), notes, rules);
    }

    /**
     * {@return a case's business time, pauses and breach, as known at the month's end}
     *
     * @param ctx the evaluation's service-level context; its "as of" instant ends an open case's clock
     * @param c the case and the target it is measured against
     * @param pauses the pauses attributed to the case, in any order
     * @param rule the name of the rule that calls it
     */
    public static CaseMeasure kase(EvaluationContext ctx, ObjectiveCase c, List<CaseClock.Pause> pauses, String rule) {
        List<CaseClock.Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(PAUSE_ORDER);
        CaseResult result = CaseClock.measure(c.track(), c.target().within(), c.calendar(),
                sorted, ctx.asOf());
        return new CaseMeasure(c, result, CaseClock.countedAt(result, c.track()), rule);
    }

    /**
     * {@return a case that carries its own due date, measured against that date on the wall clock}
     *
     * @param ctx the evaluation's service-level context
     * @param c the case
     * @param pauses the pauses the attribute rules found, reported by party
     * @param pausesMoveDue whether the pauses move the due date (the objective's term, as the rule read it)
     * @param rule the name of the rule that calls it
     */
    public static CaseMeasure kaseAgainstDue(EvaluationContext ctx, ObjectiveCase c, List<CaseClock.Pause> pauses,
                                             boolean pausesMoveDue, String rule) {
        List<CaseClock.Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(PAUSE_ORDER);
        CaseResult result = CaseClock.measureAgainstDue(c.track(), ctx.agreement().zone(), sorted, pausesMoveDue,
                ctx.asOf());
        return new CaseMeasure(c, result, CaseClock.countedAt(result, c.track()), rule);
    }

    /**
     * The cases counted in a window against their targets. Per-case targets: met when no case
     * breached; share targets: per priority, met when the share in time reaches it. The achieved
     * figure is the share of cases in time over all counted cases.
     *
     * @param w the time-to objective's window
     * @param measures the cases counted in the window, in any order
     * @param rule the name of the rule that calls it
     * @return the window's measurement: the share of cases in time and whether each target was met
     */
    public static Measurement cases(ObjectiveWindow w, List<CaseMeasure> measures, String rule) {
        TimeToObjective o = (TimeToObjective) w.objective();
        List<CaseResult> cases = measures.stream().map(CaseMeasure::result)
                .sorted(Comparator.comparing(CaseResult::caseId)).toList();
        List<AchievedLevel> levels = new ArrayList<>();
        boolean met = true;
        TreeMap<String, List<CaseResult>> byPriority = new TreeMap<>();
        cases.forEach(r -> byPriority.computeIfAbsent(r.priority(), k -> new ArrayList<>()).add(r));
        for (CaseTarget t : o.targets()) {
            List<CaseResult> of = byPriority.getOrDefault(t.priority(), List.of());
            BigDecimal share = shareInTime(of);
            if (t.isShare()) {
                levels.add(new AchievedLevel(o.id() + "/" + t.priority(), share, t.share().get()));
                met &= share.compareTo(t.share().get()) >= 0;
            } else {
                met &= of.stream().noneMatch(CaseResult::breached);
            }
        }
        BigDecimal target = o.targets().stream().flatMap(t -> t.share().stream()).min(Comparator.naturalOrder())
                .orElse(HUNDRED);
        List<String> rules = new ArrayList<>(measures.stream().map(CaseMeasure::rule).distinct().sorted().toList());
        rules.add(rule);
        List<String> notes = List.of(cases.size() + " cases counted, " + cases.stream().filter(CaseResult::breached).count()
                + " over target");
        return new Measurement(w, shareInTime(cases), target, met, levels, List.of(), Optional.empty(), List.of(), cases,
                notes, rules);
    }

    /**
     * The readings of a window against a readings objective's allowed range: the count outside is what the
     * window achieved (its target is none outside); met when none is outside.
     *
     * @param w the readings objective's window
     * @param all how many readings the window has
     * @param outside the readings outside the allowed range, in any order
     * @param rule the name of the rule that calls it
     * @return the window's measurement; its note lists the readings outside, by time
     */
    public static Measurement readings(ObjectiveWindow w, long all, List<io.slarules.rules.internal.facts.OutsideReading> outside,
                                       String rule) {
        io.slarules.model.servicelevels.ReadingsObjective o = (io.slarules.model.servicelevels.ReadingsObjective) w.objective();
        List<io.slarules.model.timeline.Reading> out = byTime(outside);
        List<String> rules = new ArrayList<>();
        outside.stream().map(io.slarules.rules.internal.facts.OutsideReading::rule).distinct().sorted().forEach(rules::add);
        rules.add(rule);
        String note = out.isEmpty() ? all + " reading(s), all within " + o.range()
                : out.size() + " of " + all + " reading(s) outside " + o.range() + ": " + listed(out);
        return new Measurement(w, BigDecimal.valueOf(out.size()), BigDecimal.ZERO, out.isEmpty(), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of(note), rules);
    }

    /**
     * {@return the readings, by time then id: the order explanations list them in}
     *
     * @param outside readings found outside the allowed range, in any order
     */
    public static List<io.slarules.model.timeline.Reading> byTime(List<io.slarules.rules.internal.facts.OutsideReading> outside) {
        return outside.stream().map(io.slarules.rules.internal.facts.OutsideReading::reading)
                .sorted(java.util.Comparator.comparing(io.slarules.model.timeline.Reading::at)
                        .thenComparing(io.slarules.model.timeline.Reading::id)).toList();
    }

    /**
     * {@return the readings in words: "9.5 at 2026-03-02T10:00:00Z, 1.0 at ..."}
     *
     * @param readings readings, in the order to list them
     */
    public static String listed(List<io.slarules.model.timeline.Reading> readings) {
        return readings.stream().map(r -> r.value().toPlainString() + " at " + r.at())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * {@return a quota's count in the window; bands look at the count as a percentage of the target}
     *
     * @param w the quota objective's window
     * @param count the units delivered in the window
     * @param rule the name of the rule that calls it
     */
    public static Measurement quota(ObjectiveWindow w, long count, String rule) {
        QuotaObjective o = (QuotaObjective) w.objective();
        long shortfall = Math.max(0, o.target() - count);
        BigDecimal level = BigDecimal.valueOf(Math.min(count, o.target())).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(o.target()), AvailabilityMeasure.SCALE, RoundingMode.DOWN);
        return new Measurement(w, BigDecimal.valueOf(count), BigDecimal.valueOf(o.target()), shortfall == 0,
                List.of(new AchievedLevel(o.id(), level, HUNDRED)), List.of(), Optional.of(shortfall),
                shortfall == 0 ? List.of() : List.of(new UnitShare(Responsible.party(o.obligated()), shortfall)), List.of(),
                List.of(), List.of(rule));
    }

    /**
     * A quota whose target depends on an upstream quota's delivery: the target scaled by the fraction
     * the upstream delivered (never above 1), rounded as the objective states; the units the scaling
     * took off count against the upstream's obligated party, the rest of the shortfall against this
     * one's.
     *
     * @param w the dependent quota's window
     * @param count the units delivered in the window
     * @param upstream the upstream quota's measurement for the same window
     * @param rule the name of the rule that calls it
     * @return the window's measurement, its shortfall split between the upstream's obligated party and this one's
     */
    public static Measurement dependentQuota(ObjectiveWindow w, long count, Measurement upstream, String rule) {
        return dependentQuota(w, count, upstream, tookOff(w, upstream), rule);
    }

    /**
     * {@return the units of a dependent quota's target the upstream's delivery takes off: the target less the target
     * scaled by the fraction the upstream delivered (never above 1), rounded as the objective states} Arithmetic;
     * whom they count against is a rule's decision ({@link io.slarules.rules.facts.UpstreamShortfall}).
     *
     * @param w the dependent quota's window
     * @param upstream the upstream quota's measurement for the same window
     */
    public static long tookOff(ObjectiveWindow w, Measurement upstream) {
        return ((QuotaObjective) w.objective()).target() - scaledTarget(w, upstream);
    }

    private static long scaledTarget(ObjectiveWindow w, Measurement upstream) {
        QuotaObjective o = (QuotaObjective) w.objective();
        QuotaObjective up = (QuotaObjective) upstream.window().objective();
        long delivered = Math.min(upstream.achieved().longValueExact(), up.target());
        return BigDecimal.valueOf(o.target()).multiply(BigDecimal.valueOf(delivered))
                .divide(BigDecimal.valueOf(up.target()), 0, o.scaledRounding()).longValueExact();
    }

    /**
     * A dependent quota measured against its scaled target, at most {@code againstUpstream} of its missing units
     * counting against the upstream's obligated party (as a rule decided), the rest against this one's.
     *
     * @param w the dependent quota's window
     * @param count the units delivered in the window
     * @param upstream the upstream quota's measurement for the same window
     * @param againstUpstream how many missing units, at most, count against the upstream
     * @param rule the name of the rule that calls it
     * @return the window's measurement, its shortfall split between the upstream's obligated party and this one's
     */
    public static Measurement dependentQuota(ObjectiveWindow w, long count, Measurement upstream, long againstUpstream,
                                             String rule) {
        QuotaObjective o = (QuotaObjective) w.objective();
        QuotaObjective up = (QuotaObjective) upstream.window().objective();
        long delivered = Math.min(upstream.achieved().longValueExact(), up.target());
        long scaled = scaledTarget(w, upstream);
        long shortfall = Math.max(0, o.target() - count);
        long upstreamUnits = Math.min(shortfall, againstUpstream);
        long own = shortfall - upstreamUnits;
        List<UnitShare> by = new ArrayList<>();
        if (own > 0) {
            by.add(new UnitShare(Responsible.party(o.obligated()), own));
        }
        if (upstreamUnits > 0) {
            by.add(new UnitShare(Responsible.party(up.obligated()), upstreamUnits));
        }
        BigDecimal level = scaled == 0 ? HUNDRED.setScale(AvailabilityMeasure.SCALE)
                : BigDecimal.valueOf(Math.min(count, scaled)).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(scaled), AvailabilityMeasure.SCALE, RoundingMode.DOWN);
        String note = up.id() + " delivered " + delivered + " of " + up.target() + ": the target " + o.target()
                + " scales to " + scaled + " (rounded " + o.scaledRounding() + "); " + shortfall + " short, "
                + upstreamUnits + " of them attributed to " + up.obligated() + ", " + own + " to " + o.obligated();
        List<String> rules = new ArrayList<>(upstream.rules());
        rules.add(rule);
        return new Measurement(w, BigDecimal.valueOf(count), BigDecimal.valueOf(o.target()), own == 0,
                List.of(new AchievedLevel(o.id(), level, HUNDRED)), List.of(), Optional.of(shortfall), by, List.of(),
                List.of(note), rules);
    }

    /**
     * {@return a ratio of good events over all events in the window; no events at all meets it}
     *
     * @param w the ratio objective's window
     * @param good the good events counted; more than {@code total} is taken as all good
     * @param total all events counted
     * @param rule the name of the rule that calls it
     */
    public static Measurement ratio(ObjectiveWindow w, long good, long total, String rule) {
        RatioObjective o = (RatioObjective) w.objective();
        BigDecimal achieved = o.levelRounding().percent(BigDecimal.valueOf(Math.min(good, total)), BigDecimal.valueOf(total));
        List<String> notes = List.of(total == 0 ? "no events in the window" : good > total
                ? "more good events (" + good + ") than events (" + total + ") were counted; taken as all good"
                : good + " good of " + total, "level " + o.levelRounding());
        return new Measurement(w, achieved, o.target(), achieved.compareTo(o.target()) >= 0,
                List.of(new AchievedLevel(o.id(), achieved, o.target())), List.of(), Optional.empty(), List.of(), List.of(),
                notes, List.of(rule));
    }

    /**
     * {@return the level a monitoring tool reported for a window, rounded as the objective says}
     * Nothing was measured: the window has no downtime or counts of its own (the timeline's checks
     * refuse a window both reported and measured), so no time is lost to anyone.
     *
     * @param w the availability or ratio objective's window
     * @param report the level reported for exactly that window
     * @param rule the name of the rule that calls it
     */
    public static Measurement reported(ObjectiveWindow w, LevelReport report, String rule) {
        LevelRounding rounding = w.objective() instanceof RatioObjective r ? r.levelRounding()
                : ((AvailabilityObjective) w.objective()).levelRounding();
        BigDecimal target = w.objective() instanceof RatioObjective r ? r.target()
                : ((AvailabilityObjective) w.objective()).target();
        BigDecimal achieved = rounding.apply(report.level());
        List<String> notes = List.of(REPORTED + report.level().toPlainString() + " % by " + report.source()
                + " (" + report.id() + ")", "level " + rounding);
        return new Measurement(w, achieved, target, achieved.compareTo(target) >= 0,
                List.of(new AchievedLevel(w.objectiveId(), achieved, target)), List.of(), Optional.empty(), List.of(),
                List.of(), notes, List.of(rule));
    }

    /**
     * {@return how a level came about, for a credit's explanation: {@code " (reported by X, LV-1;
     * level rounded to 1 decimal, HALF_UP)"}} Empty for a level measured from the timeline and
     * truncated as by default, so the explanations of such credits read as they always did.
     *
     * @param m the measurement the credit is priced from
     */
    static String provenance(Measurement m) {
        LevelRounding rounding = m.window().objective() instanceof RatioObjective r ? r.levelRounding()
                : m.window().objective() instanceof AvailabilityObjective a ? a.levelRounding() : null;
        boolean reported = !m.notes().isEmpty() && m.notes().get(0).startsWith(REPORTED);
        if (rounding == null || !reported && rounding.equals(LevelRounding.truncated())) {
            return "";
        }
        return " (" + (reported ? m.notes().get(0) + "; " : "") + "level " + rounding + ")";
    }

    private static BigDecimal shareInTime(List<CaseResult> cases) {
        if (cases.isEmpty()) {
            return HUNDRED.setScale(AvailabilityMeasure.SCALE);
        }
        long inTime = cases.stream().filter(c -> !c.breached()).count();
        return BigDecimal.valueOf(inTime).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(cases.size()), AvailabilityMeasure.SCALE, RoundingMode.DOWN);
    }

    private static long minutes(java.time.Duration d) {
        return d.toMinutes();
    }
}
