package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The timeline without the downtime the obligated party does not answer for: every force-majeure
 * outage and every fault of a party the obligated party does not answer for is removed, and the
 * obligated party's own faults and every maintenance are cut where those outages covered them. Under the rule "an instant
 * counts against the obligated party only when nothing else explains it", the obligated party's
 * lost time is the same on both timelines, and, with the whole window as denominator, so are the
 * achieved levels and the credits.
 */
final class OthersDowntime {

    private OthersDowntime() {
    }

    /**
     * The timeline with others' downtime taken out, or empty when it holds none (or when two
     * availability objectives of one service are promised by parties answering for different
     * parties, so "others" is not one set).
     */
    static Optional<Timeline> removed(Agreement agreement, Timeline timeline) {
        Map<String, Set<String>> answeringByService = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Objective o : agreement.serviceLevels().objectives()) {
            if (o instanceof AvailabilityObjective a) {
                Set<String> answering = Set.copyOf(agreement.answeredBy(a.obligated()));
                Set<String> earlier = answeringByService.putIfAbsent(a.service(), answering);
                if (earlier != null && !earlier.equals(answering)) {
                    ambiguous.add(a.service());
                }
            }
        }
        Map<String, List<Interval>> othersByService = new HashMap<>();
        List<Outage> others = new ArrayList<>();
        for (Outage o : timeline.outages()) {
            Set<String> answering = answeringByService.get(o.service());
            if (answering == null || ambiguous.contains(o.service())) {
                continue;
            }
            boolean other = o.kind() == OutageKind.FORCE_MAJEURE
                    || o.kind() == OutageKind.FAULT && !answering.contains(o.responsible().orElseThrow());
            if (other) {
                others.add(o);
                othersByService.computeIfAbsent(o.service(), s -> new ArrayList<>()).add(o.interval());
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (TimelineEvent e : timeline.events()) {
            if (others.contains(e)) {
                continue;
            }
            if (e instanceof Outage o && othersByService.containsKey(o.service())) {
                List<Interval> pieces = minus(o.interval(), othersByService.get(o.service()));
                for (int i = 0; i < pieces.size(); i++) {
                    events.add(new Outage(pieces.size() == 1 ? o.id() : o.id() + "~" + (i + 1), o.service(),
                            pieces.get(i), o.kind(), o.responsible(), o.announced(), o.cause()));
                }
            } else {
                events.add(e);
            }
        }
        return Optional.of(Timeline.of(events));
    }

    /** The parts of {@code interval} no interval of {@code cut} covers, in time order. */
    static List<Interval> minus(Interval interval, List<Interval> cut) {
        List<Interval> sorted = new ArrayList<>(cut);
        sorted.sort(Comparator.naturalOrder());
        List<Interval> pieces = new ArrayList<>();
        Instant from = interval.startInclusive();
        for (Interval c : sorted) {
            if (!c.endExclusive().isAfter(from) || !c.startInclusive().isBefore(interval.endExclusive())) {
                continue;
            }
            if (c.startInclusive().isAfter(from)) {
                pieces.add(Interval.of(from, c.startInclusive()));
            }
            if (c.endExclusive().isAfter(from)) {
                from = c.endExclusive();
            }
            if (!from.isBefore(interval.endExclusive())) {
                break;
            }
        }
        if (from.isBefore(interval.endExclusive())) {
            pieces.add(Interval.of(from, interval.endExclusive()));
        }
        return pieces;
    }

    /** What differs between the evaluation with others' downtime and the one without it. */
    static List<String> differences(Agreement agreement, Evaluation with, Evaluation without) {
        List<String> violations = new ArrayList<>();
        boolean wholeWindows = agreement.serviceLevels().objectives().stream()
                .noneMatch(o -> o instanceof AvailabilityObjective a && a.denominator() != Denominator.WHOLE_WINDOW);
        for (int i = 0; i < Math.min(with.objectives().size(), without.objectives().size()); i++) {
            ObjectiveResult a = with.objectives().get(i);
            ObjectiveResult b = without.objectives().get(i);
            Optional<Objective> objective = agreement.serviceLevels().objective(a.objective());
            if (objective.isEmpty() || !(objective.get() instanceof AvailabilityObjective o)) {
                continue;
            }
            Responsible obligated = Responsible.party(o.obligated());
            if (!a.lostTimeOf(obligated).equals(b.lostTimeOf(obligated))) {
                violations.add("result of " + a.objective() + " for " + a.window() + ": " + o.obligated() + " loses "
                        + Texts.duration(a.lostTimeOf(obligated)) + ", but " + Texts.duration(b.lostTimeOf(obligated))
                        + " once others' downtime is taken out");
            }
            if (wholeWindows && (a.achieved().compareTo(b.achieved()) != 0 || a.met() != b.met())) {
                violations.add("result of " + a.objective() + " for " + a.window() + ": achieved "
                        + a.achieved().toPlainString() + " %, but " + b.achieved().toPlainString()
                        + " % once others' downtime is taken out");
            }
        }
        if (with.objectives().size() != without.objectives().size()) {
            violations.add(with.objectives().size() + " objective results, but " + without.objectives().size()
                    + " once others' downtime is taken out");
        }
        if (wholeWindows) {
            List<String> credits = with.credits().stream().map(OthersDowntime::credit).toList();
            List<String> creditsWithout = without.credits().stream().map(OthersDowntime::credit).toList();
            if (!credits.equals(creditsWithout)) {
                violations.add("credits differ once others' downtime is taken out:\n  with:    " + credits
                        + "\n  without: " + creditsWithout);
            }
        }
        return violations;
    }

    private static String credit(CreditDecision d) {
        return d.id() + " " + Texts.credit(d) + " priced " + d.priced();
    }
}
