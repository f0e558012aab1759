package com.example.telecom;

import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.model.time.Interval;
import io.slarules.rules.facts.AttributedDowntime;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.facts.OutagePiece;
import io.slarules.rules.facts.EvaluationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The telecom pack's arithmetic, called from its rules. */
public final class Telecom {

    /** The carriers' allowance per availability window, in hours of the objective's calendar. */
    public static final int ALLOWANCE_HOURS = 4;

    private static final Duration ALLOWANCE = Duration.ofHours(ALLOWANCE_HOURS);

    private Telecom() {
    }

    /** Whether a fault is the window's obligated party's own. */
    public static boolean isOwn(OutagePiece piece) {
        return piece.outage().responsible().filter(piece.window().objective().obligated()::equals).isPresent();
    }

    /** Whether a fault is a carrier's: a subcontractor the obligated party engaged. */
    public static boolean isCarrier(EvaluationContext ctx, OutagePiece piece) {
        String obligated = piece.window().objective().obligated();
        return piece.outage().responsible().filter(p -> !p.equals(obligated) && ctx.answersFor(obligated, p)).isPresent();
    }

    /**
     * The carriers' downtime of a window: overlapping outages count once; the first
     * {@value #ALLOWANCE_HOURS} hours (on the objective's calendar, in time order) are excused, the
     * rest counts against the obligated party.
     */
    public static List<AttributedDowntime> carrierDowntime(ObjectiveWindow w, List<OutagePiece> pieces, String rule) {
        List<OutagePiece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparing(OutagePiece::interval).thenComparing(p -> p.outage().id()));
        Duration left = ALLOWANCE;
        List<AttributedDowntime> result = new ArrayList<>();
        for (Interval run : Intervals.union(sorted.stream().map(OutagePiece::interval).toList())) {
            String outages = sorted.stream().filter(p -> p.interval().overlaps(run) || run.encloses(p.interval()))
                    .map(p -> p.outage().id()).distinct().collect(Collectors.joining("+"));
            Duration length = w.calendar().between(run.startInclusive(), run.endExclusive());
            if (left.compareTo(length) >= 0) {
                result.add(new AttributedDowntime(w, Downtime.excused(run, outages), rule));
                left = left.minus(length);
                continue;
            }
            Instant split = left.isZero() ? run.startInclusive() : w.calendar().plus(run.startInclusive(), left);
            if (split.isAfter(run.startInclusive())) {
                result.add(new AttributedDowntime(w, Downtime.excused(
                        Interval.of(run.startInclusive(), split), outages), rule));
            }
            result.add(new AttributedDowntime(w, Downtime.countedAgainst(w.objective().obligated(),
                    Interval.of(split, run.endExclusive()), outages), rule));
            left = Duration.ZERO;
        }
        return result;
    }
}
