package io.slarules.rules.properties;

import io.slarules.Evaluation;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.ServiceLevelArbitraries;
import io.slarules.testkit.properties.ServiceLevelInput;
import io.slarules.testkit.properties.SlaArbitraries;
import io.slarules.watch.Monitor;
import io.slarules.watch.Warning;
import io.slarules.watch.WarningKind;
import io.slarules.watch.WarningListener;
import io.slarules.watch.WatchOptions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor over generated agreements and timelines: its warnings do not depend on the order of
 * arrival within the lateness bound, a breach is never told before the thresholds that precede it,
 * and each month it settles is what {@code evaluate} gives over the same timeline.
 */
class MonitorPropertiesTest {

    private static final Duration BOUND = Duration.ofHours(6);

    @Provide
    Arbitrary<ServiceLevelInput> inputs() {
        return ServiceLevelArbitraries.inputs();
    }

    @Provide
    Arbitrary<GeneratedInput> deadlines() {
        return SlaArbitraries.inputs();
    }

    /** What one run of a monitor told. */
    private record Told(List<Warning> warnings, Map<YearMonth, Evaluation> settled) {
    }

    /**
     * Runs a monitor from the period's start over the events that happen from then on, in the
     * order given, each appended once the clock is {@code lateness} past it at most, then past
     * the period's end.
     */
    private static Told run(io.slarules.model.Agreement agreement, History history, DateRange period,
                            List<TimelineEvent> events, Duration lateness) {
        ZoneId zone = agreement.zone();
        Instant start = period.toInterval(zone).startInclusive();
        List<Warning> warnings = new ArrayList<>();
        Map<YearMonth, Evaluation> settled = new LinkedHashMap<>();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(start).withLateness(lateness)
                .withListener(new WarningListener() {
                    @Override
                    public void warned(Warning warning) {
                        warnings.add(warning);
                    }

                    @Override
                    public void settled(String agreementId, Evaluation evaluation) {
                        settled.put(YearMonth.from(evaluation.period().startInclusive()), evaluation);
                    }
                }));
        monitor.watch(agreement, history, io.slarules.model.WatchTerms.defaults());
        for (TimelineEvent e : events) {
            Instant latest = happened(e, zone).plus(lateness);
            if (latest.isAfter(monitor.clock())) {
                monitor.advanceTo(latest);
            }
            monitor.append(agreement.id(), e);
        }
        Instant end = lastWatermark(period, events, zone).plus(lateness);
        if (end.isAfter(monitor.clock())) {
            monitor.advanceTo(end);
        }
        return new Told(warnings, settled);
    }

    /** The events that happen from {@code start} on, but for the cases opened before it, in time order. */
    /**
     * {@return the watermark a run ends at: past the period's end and every event's instant by
     * more than the bound, whatever the lateness of the run}
     */
    private static Instant lastWatermark(DateRange period, List<TimelineEvent> events, ZoneId zone) {
        Instant end = period.toInterval(zone).endExclusive();
        for (TimelineEvent e : events) {
            if (happened(e, zone).isAfter(end)) {
                end = happened(e, zone);
            }
        }
        return end.plus(BOUND).plusMillis(1);
    }

    private static List<TimelineEvent> from(List<TimelineEvent> events, Instant start, ZoneId zone) {
        java.util.Set<String> openedBefore = new java.util.HashSet<>();
        for (TimelineEvent e : events) {
            if (e instanceof io.slarules.model.timeline.CaseEvent c && c.kind() == io.slarules.model.timeline.CaseEventKind.OPENED
                    && c.at().isBefore(start)) {
                openedBefore.add(c.caseId());
            }
        }
        List<TimelineEvent> kept = new ArrayList<>(events.stream().filter(e -> !happened(e, zone).isBefore(start))
                .filter(e -> !(e instanceof io.slarules.model.timeline.CaseEvent c && openedBefore.contains(c.caseId()))).toList());
        kept.sort(Comparator.comparing((TimelineEvent e) -> happened(e, zone)).thenComparing(TimelineEvent::id));
        return kept;
    }

    /** As the monitor reads an event's instant: an interval's start, a point event's instant. */
    private static Instant happened(TimelineEvent e, ZoneId zone) {
        if (e instanceof io.slarules.model.timeline.Fulfilment f) {
            return f.at();
        } else if (e instanceof io.slarules.model.timeline.BlockedInterval b) {
            return b.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.ForceMajeure f) {
            return f.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.Outage o) {
            return o.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.CaseEvent c) {
            return c.at();
        } else if (e instanceof io.slarules.model.timeline.Count c) {
            return c.at();
        }
        return ((io.slarules.model.timeline.LevelReport) e).window().startInclusive().atStartOfDay(zone).toInstant();
    }

    /**
     * Events shuffled within the lateness bound (each still arriving no later than the bound after
     * it happened) give the same warnings, with the same ids and contents, and the same months.
     */
    @Property(tries = 40)
    void warningsDoNotDependOnTheOrderOfArrivalWithinTheBound(@ForAll("inputs") ServiceLevelInput s,
                                                               @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        ZoneId zone = s.zone();
        List<TimelineEvent> inOrder = from(s.events(), s.period().toInterval(zone).startInclusive(), zone);
        // shuffle inside buckets of the bound: an event never arrives more than the bound late
        Map<Long, List<TimelineEvent>> buckets = new LinkedHashMap<>();
        for (TimelineEvent e : inOrder) {
            buckets.computeIfAbsent(happened(e, zone).getEpochSecond() / BOUND.getSeconds(), k -> new ArrayList<>()).add(e);
        }
        List<TimelineEvent> shuffled = new ArrayList<>();
        buckets.values().forEach(b -> {
            List<TimelineEvent> copy = new ArrayList<>(b);
            Collections.shuffle(copy, random);
            shuffled.addAll(copy);
        });
        Told ordered = run(s.agreement(), s.history(), s.period(), inOrder, Duration.ZERO);
        Told arriving = runLate(s, shuffled);
        assertThat(sorted(arriving.warnings())).as("in %s", s).isEqualTo(sorted(ordered.warnings()));
        assertThat(arriving.settled()).isEqualTo(ordered.settled());
    }

    /** Appends each bucket of events once the clock is at the bucket's end: up to the bound late. */
    private static Told runLate(ServiceLevelInput s, List<TimelineEvent> events) {
        ZoneId zone = s.zone();
        Instant start = s.period().toInterval(zone).startInclusive();
        List<Warning> warnings = new ArrayList<>();
        Map<YearMonth, Evaluation> settled = new LinkedHashMap<>();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(start).withLateness(BOUND)
                .withListener(new WarningListener() {
                    @Override
                    public void warned(Warning warning) {
                        warnings.add(warning);
                    }

                    @Override
                    public void settled(String agreementId, Evaluation evaluation) {
                        settled.put(YearMonth.from(evaluation.period().startInclusive()), evaluation);
                    }
                }));
        monitor.watch(s.agreement(), s.history(), io.slarules.model.WatchTerms.defaults());
        for (TimelineEvent e : events) {
            long bucket = happened(e, zone).getEpochSecond() / BOUND.getSeconds();
            Instant bucketEnd = Instant.ofEpochSecond((bucket + 1) * BOUND.getSeconds());
            if (bucketEnd.isAfter(monitor.clock())) {
                monitor.advanceTo(bucketEnd);
            }
            monitor.append(s.agreement().id(), e);
        }
        Instant end = lastWatermark(s.period(), events, zone).plus(BOUND);
        if (end.isAfter(monitor.clock())) {
            monitor.advanceTo(end);
        }
        return new Told(warnings, settled);
    }

    private static List<Warning> sorted(List<Warning> warnings) {
        List<Warning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparing(Warning::instant).thenComparing(Warning::id));
        return sorted;
    }

    /**
     * A case's breach is told after (or with) its 50 % and 75 % warnings, an availability window's
     * after its 75 % warning; each warning is told once.
     */
    @Property(tries = 40)
    void aBreachIsNeverToldWithoutTheThresholdsBeforeIt(@ForAll("inputs") ServiceLevelInput s) {
        ZoneId zone = s.zone();
        Told told = run(s.agreement(), s.history(), s.period(),
                from(s.events(), s.period().toInterval(zone).startInclusive(), zone), Duration.ZERO);
        List<Warning> warnings = told.warnings();
        assertThat(warnings).extracting(Warning::id).doesNotHaveDuplicates();
        for (int i = 0; i < warnings.size(); i++) {
            Warning breach = warnings.get(i);
            if (breach.kind() != WarningKind.BREACH || breach.item().isEmpty()) {
                continue;
            }
            List<Warning> before = warnings.subList(0, i + 1);
            if (breach.subject().equals("AVAIL")) {
                assertThat(before).as("%s in %s", breach, s).anySatisfy(w -> {
                    assertThat(w.kind()).isEqualTo(WarningKind.ALLOWANCE_CONSUMED);
                    assertThat(w.item()).isEqualTo(breach.item());
                    assertThat(w.instant()).isBeforeOrEqualTo(breach.instant());
                });
            } else {
                for (String share : List.of("50", "75")) {
                    assertThat(before).as("%s %% before %s in %s", share, breach, s).anySatisfy(w -> {
                        assertThat(w.kind()).isEqualTo(WarningKind.CASE_TARGET_ELAPSED);
                        assertThat(w.item()).isEqualTo(breach.item());
                        assertThat(w.threshold()).isEqualByComparingTo(new BigDecimal(share));
                        assertThat(w.instant()).isBeforeOrEqualTo(breach.instant());
                    });
                }
            }
        }
    }

    /** Each month the monitor settles equals {@code evaluate} over the same timeline and history. */
    @Property(tries = 40)
    void eachSettledMonthIsWhatEvaluateGives(@ForAll("inputs") ServiceLevelInput s) {
        ZoneId zone = s.zone();
        List<TimelineEvent> events = from(s.events(), s.period().toInterval(zone).startInclusive(), zone);
        Told told = run(s.agreement(), s.history(), s.period(), events, Duration.ZERO);
        Timeline timeline = Timeline.of(events);
        History history = s.history();
        assertThat(told.settled().keySet()).containsAll(s.months());
        for (YearMonth month : s.months()) {
            Evaluation evaluated = ENGINE.evaluate(s.agreement(), DateRange.ofMonth(month), timeline, history);
            assertThat(told.settled().get(month)).as("%s in %s", month, s).isEqualTo(evaluated);
            history = evaluated.history();
        }
    }

    /** The same for agreements of obligations (deadlines), month by month over their period. */
    @Property(tries = 40)
    void eachSettledMonthOfDeadlinesIsWhatEvaluateGives(@ForAll("deadlines") GeneratedInput s) {
        ZoneId zone = s.zone();
        YearMonth first = YearMonth.from(s.period().startInclusive());
        YearMonth last = YearMonth.from(s.period().endExclusive().minusDays(1));
        DateRange months = DateRange.of(first.atDay(1), last.plusMonths(1).atDay(1));
        List<TimelineEvent> events = from(s.events(), months.toInterval(zone).startInclusive(), zone);
        Told told = run(s.agreement(), History.empty(), months, events, Duration.ZERO);
        Timeline timeline = Timeline.of(events);
        for (Map.Entry<YearMonth, Evaluation> e : told.settled().entrySet()) {
            Evaluation evaluated = ENGINE.evaluate(s.agreement(), DateRange.ofMonth(e.getKey()), timeline);
            assertThat(e.getValue()).as("%s in %s", e.getKey(), s).isEqualTo(evaluated);
        }
        assertThat(told.settled()).isNotEmpty();
    }
}
