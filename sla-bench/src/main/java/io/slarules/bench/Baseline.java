package io.slarules.bench;

import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calc.WallClock;
import io.slarules.internal.calc.BusinessDays;
import io.slarules.internal.calc.Caps;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default policy hand-written in plain Java, with no rule engine, for speed: the same
 * attributions and penalty decisions as the engine (a test checks it on a sample of the workload),
 * computed in a few passes over arrays indexed by obligation.
 *
 * <p>It validates what the engine validates (the timeline names known obligations and parties, no
 * obligation is fulfilled twice, the period meets the agreement) and derives the same decision ids,
 * but writes no explanation and records no rule names: that is what the engine does on top. It
 * uses the same arithmetic of {@code sla-core} (wall clock, business days, caps, money) except for
 * counting units of delay, which it does in long nanoseconds.
 */
public final class Baseline {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Baseline() {
    }

    /** A piece of a delay: who it counts against, for how long. */
    private record Piece(Responsible responsible, Duration length) {
    }

    /** An interval of an obligation's work claimed for another party or excused. */
    private record Claim(Instant start, Instant end, Responsible responsible, String event) {
    }

    /**
     * The decisions for a request.
     *
     * @throws InvalidInputException when the timeline or the period do not fit the agreement
     */
    public static Decisions evaluate(EvaluationRequest request) {
        Agreement agreement = request.agreement();
        Timeline timeline = request.timeline();
        ZoneId zone = agreement.zone();
        List<Obligation> obligations = agreement.obligations();
        int n = obligations.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            index.put(obligations.get(k).id(), k);
        }
        Interval period = request.period().toInterval(zone);
        Instant asOf = period.endExclusive();
        Instant[] fulfilled = fulfilments(request, index, n, asOf);

        // due dates, measured-to instants, work intervals
        Instant agreementStart = agreement.effective().startInclusive().atStartOfDay(zone).toInstant();
        Instant[] due = new Instant[n];
        Instant[] measuredTo = new Instant[n];
        Instant[] workStart = new Instant[n];
        int[][] edges = new int[n][];
        int[] anchor = new int[n];
        for (int k = 0; k < n; k++) {
            Obligation o = obligations.get(k);
            measuredTo[k] = fulfilled[k] != null ? fulfilled[k] : asOf;
            anchor[k] = -1;
            List<String> dependsOn = o.dependsOn();
            int[] e = new int[dependsOn.size() + 1];
            int count = 0;
            for (String d : dependsOn) {
                e[count++] = index.get(d);
            }
            Due d = o.due();
            if (d instanceof Due.AfterFulfilment after) {
                anchor[k] = index.get(after.obligation());
                if (!dependsOn.contains(after.obligation())) {
                    e[count++] = anchor[k];
                }
                Instant anchorDone = fulfilled[anchor[k]];
                if (anchorDone != null) {
                    LocalDate day = WallClock.dayEndingAtOrAfter(anchorDone, zone);
                    LocalDate dueDay = after.count() == DayCount.BUSINESS
                            ? BusinessDays.plus(day, after.days(), agreement.holidays()) : day.plusDays(after.days());
                    due[k] = WallClock.endOfDay(dueDay, zone);
                } else {
                    due[k] = measuredTo[k];
                }
            } else if (d instanceof Due.OnDate onDate) {
                due[k] = WallClock.endOfDay(onDate.date(), zone);
            } else {
                due[k] = ((Due.AtInstant) d).instant();
            }
            edges[k] = count == e.length ? e : Arrays.copyOf(e, count);
            Instant start = agreementStart;
            for (int dep : edges[k]) {
                Instant done = fulfilled[dep];
                if (done != null && done.isAfter(start)) {
                    start = done;
                }
            }
            workStart[k] = start;
        }

        if (!agreement.concurrentDelay().policy().equals(ConcurrentDelay.EXCUSE_OVERLAP)) {
            throw new UnsupportedOperationException("the baseline implements the default concurrent-delay policy only");
        }
        @SuppressWarnings("unchecked")
        List<Claim>[] ownSide = new List[n];
        List<Claim>[] claims = claims(agreement, timeline, index, workStart, measuredTo, ownSide);

        // attributions, each after every obligation it depends on
        Duration[] total = new Duration[n];
        List<Piece>[] pieces = pieces(n);
        for (int k : topologicalOrder(edges)) {
            Duration lateness = WallClock.between(due[k], measuredTo[k], zone);
            total[k] = lateness;
            Duration left = lateness;
            List<Piece> counted = pieces[k];
            int critical = -1;
            for (int dep : edges[k]) {
                if (dep == anchor[k] || total[dep].isZero()) {
                    continue;
                }
                if (critical < 0) {
                    critical = dep;
                } else {
                    int byLength = total[dep].compareTo(total[critical]);
                    if (byLength > 0 || byLength == 0
                            && obligations.get(dep).id().compareTo(obligations.get(critical).id()) < 0) {
                        critical = dep;
                    }
                }
            }
            if (critical >= 0) {
                for (Piece p : pieces[critical]) {
                    if (left.isZero()) {
                        break;
                    }
                    Duration used = p.length().compareTo(left) <= 0 ? p.length() : left;
                    counted.add(used == p.length() ? p : new Piece(p.responsible(), used));
                    left = left.minus(used);
                }
            }
            List<Claim> own = claims[k];
            if (own != null && !left.isZero()) {
                own.sort((a, b) -> {
                    int c = a.start().compareTo(b.start());
                    c = c != 0 ? c : a.end().compareTo(b.end());
                    return c != 0 ? c : a.event().compareTo(b.event());
                });
                Instant takenUntil = Instant.MIN;
                for (Claim claim : own) {
                    if (left.isZero()) {
                        break;
                    }
                    Instant freeFrom = claim.start().isAfter(takenUntil) ? claim.start() : takenUntil;
                    if (freeFrom.isBefore(claim.end())) {
                        takenUntil = claim.end();
                        // where the owner's side blocked the work too, the overlap is excused (EXCUSE_OVERLAP)
                        List<Claim> concurrent = claim.responsible().isExcused() ? null : ownSide[k];
                        Instant from = freeFrom;
                        while (from.isBefore(claim.end()) && !left.isZero()) {
                            Instant overlapStart = claim.end();
                            Instant overlapEnd = claim.end();
                            if (concurrent != null) {
                                for (Claim c : concurrent) {
                                    if (c.end().isAfter(from) && c.start().isBefore(overlapStart)) {
                                        overlapStart = c.start().isAfter(from) ? c.start() : from;
                                    }
                                }
                                if (overlapStart.isBefore(claim.end())) {
                                    // the union of the owner's side's blocks from overlapStart on
                                    overlapEnd = overlapStart;
                                    for (boolean grew = true; grew; ) {
                                        grew = false;
                                        for (Claim c : concurrent) {
                                            if (!c.start().isAfter(overlapEnd) && c.end().isAfter(overlapEnd)) {
                                                overlapEnd = c.end();
                                                grew = true;
                                            }
                                        }
                                    }
                                    overlapEnd = overlapEnd.isBefore(claim.end()) ? overlapEnd : claim.end();
                                }
                            }
                            left = take(counted, claim.responsible(), WallClock.between(from, overlapStart, zone), left);
                            left = take(counted, Responsible.EXCUSED, WallClock.between(overlapStart, overlapEnd, zone),
                                    left);
                            from = overlapEnd;
                        }
                    }
                }
            }
            if (!left.isZero()) {
                counted.add(new Piece(Responsible.party(obligations.get(k).owner()), left));
            }
        }

        boolean[] settledInPeriod = new boolean[n];
        List<Decisions.Attribution> attributions = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            settledInPeriod[k] = fulfilled[k] != null && fulfilled[k].isAfter(period.startInclusive());
            if (!total[k].isZero() && (settledInPeriod[k] || fulfilled[k] == null)) {
                attributions.add(new Decisions.Attribution(obligations.get(k).id(), total[k], fulfilled[k] == null,
                        shares(pieces[k])));
            }
        }
        List<Decisions.Penalty> penalties = penalties(request, fulfilled, settledInPeriod, pieces);
        ServiceLevelBaseline.Month levels = serviceLevels(request);
        return new Decisions(agreement.id(), attributions, penalties, levels.objectives(), levels.credits());
    }

    /** The fulfilments known at the end of the period, by obligation; checks the timeline and the period. */
    /** The service levels of a one-month period; none for an agreement without them. */
    private static ServiceLevelBaseline.Month serviceLevels(EvaluationRequest request) {
        Agreement agreement = request.agreement();
        if (agreement.serviceLevels().isEmpty()) {
            return new ServiceLevelBaseline.Month(List.of(), List.of());
        }
        YearMonth month = YearMonth.from(request.period().startInclusive());
        DateRange effective = agreement.effective();
        if (!request.period().equals(DateRange.ofMonth(month))
                || effective.startInclusive().isAfter(request.period().startInclusive())
                || effective.endExclusive().isBefore(request.period().endExclusive())) {
            throw new UnsupportedOperationException("the baseline settles service levels of one month of the agreement");
        }
        return ServiceLevelBaseline.evaluate(agreement, month, request.timeline(), request.history());
    }

    private static Instant[] fulfilments(EvaluationRequest request, Map<String, Integer> index, int n, Instant asOf) {
        Agreement agreement = request.agreement();
        Timeline timeline = request.timeline();
        Instant[] fulfilled = new Instant[n];
        boolean[] seen = new boolean[n];
        List<Problem> problems = null;
        for (Fulfilment f : timeline.fulfilments()) {
            Integer k = index.get(f.obligation());
            if (k == null) {
                problems = problem(problems, "fulfilments[" + f.id() + "].obligation",
                        "fulfilment of unknown obligation " + f.obligation());
            } else if (seen[k]) {
                problems = problem(problems, "fulfilments[" + f.id() + "]",
                        "obligation " + f.obligation() + " is already fulfilled");
            } else {
                seen[k] = true;
                if (!f.at().isAfter(asOf)) {
                    fulfilled[k] = f.at();
                }
            }
        }
        Set<String> parties = null;
        for (BlockedInterval b : timeline.blocked()) {
            for (String o : b.obligations()) {
                if (!index.containsKey(o)) {
                    problems = problem(problems, "blocked[" + b.id() + "]", "unknown obligation " + o);
                }
            }
            if (parties == null) {
                parties = new HashSet<>();
                for (Party p : agreement.parties()) {
                    parties.add(p.id());
                }
            }
            if (!parties.contains(b.responsible())) {
                problems = problem(problems, "blocked[" + b.id() + "].responsible", "unknown party " + b.responsible());
            }
        }
        if (!request.period().overlaps(agreement.effective())) {
            problems = problem(problems, "", "period lies outside the agreement's effective period");
        }
        if (problems != null) {
            throw new InvalidInputException(agreement.id(), problems);
        }
        return fulfilled;
    }

    private static List<Problem> problem(List<Problem> problems, String path, String message) {
        List<Problem> list = problems == null ? new ArrayList<>() : problems;
        list.add(Problem.at(path.isEmpty() ? "period" : "timeline", path, message));
        return list;
    }

    /** Counts up to {@code left} of {@code length} against {@code responsible}; what is left after. */
    private static Duration take(List<Piece> counted, Responsible responsible, Duration length, Duration left) {
        if (length.isZero() || left.isZero()) {
            return left;
        }
        Duration used = length.compareTo(left) <= 0 ? length : left;
        counted.add(new Piece(responsible, used));
        return left.minus(used);
    }

    /**
     * Blocked intervals caused by another party than the owner's side, and force majeure, inside each
     * obligation's work; the owner's side's (the owner's and its subcontractors') go to {@code ownSide}.
     */
    private static List<Claim>[] claims(Agreement agreement, Timeline timeline, Map<String, Integer> index,
                                        Instant[] workStart, Instant[] measuredTo, List<Claim>[] ownSide) {
        List<Obligation> obligations = agreement.obligations();
        @SuppressWarnings("unchecked")
        List<Claim>[] claims = new List[obligations.size()];
        for (BlockedInterval b : timeline.blocked()) {
            List<String> named = b.obligations();
            for (int i = 0; i < named.size(); i++) {
                String o = named.get(i);
                if (i > 0 && named.indexOf(o) < i) {
                    continue;
                }
                int k = index.get(o);
                if (agreement.answeredBy(obligations.get(k).owner()).contains(b.responsible())) {
                    claim(ownSide, k, b.interval(), workStart[k], measuredTo[k], Responsible.party(b.responsible()), b.id());
                    continue;
                }
                claim(claims, k, b.interval(), workStart[k], measuredTo[k], Responsible.party(b.responsible()), b.id());
            }
        }
        for (ForceMajeure f : timeline.forceMajeure()) {
            for (int k = 0; k < obligations.size(); k++) {
                claim(claims, k, f.interval(), workStart[k], measuredTo[k], Responsible.EXCUSED, f.id());
            }
        }
        return claims;
    }

    private static void claim(List<Claim>[] claims, int k, Interval interval, Instant workStart, Instant workEnd,
                              Responsible responsible, String event) {
        // both non-empty and overlapping; the claim is the intersection
        Instant start = interval.startInclusive().isAfter(workStart) ? interval.startInclusive() : workStart;
        Instant end = interval.endExclusive().isBefore(workEnd) ? interval.endExclusive() : workEnd;
        if (start.isBefore(end) && workStart.isBefore(workEnd) && !interval.isEmpty()) {
            if (claims[k] == null) {
                claims[k] = new ArrayList<>(2);
            }
            claims[k].add(new Claim(start, end, responsible, event));
        }
    }

    /** Obligations ordered so that each comes after every obligation it has an edge to. */
    private static int[] topologicalOrder(int[][] edges) {
        int n = edges.length;
        int[] order = new int[n];
        int size = 0;
        byte[] state = new byte[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[depth] = root;
            next[depth] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int k = stack[depth];
                if (next[depth] < edges[k].length) {
                    int d = edges[k][next[depth]++];
                    if (state[d] == 0) {
                        state[d] = 1;
                        stack[++depth] = d;
                        next[depth] = 0;
                    }
                } else {
                    state[k] = 2;
                    order[size++] = k;
                    depth--;
                }
            }
        }
        return order;
    }

    private static List<Share> shares(List<Piece> pieces) {
        List<Share> shares = new ArrayList<>(pieces.size());
        outer:
        for (Piece p : pieces) {
            for (int i = 0; i < shares.size(); i++) {
                Share s = shares.get(i);
                if (s.responsible().equals(p.responsible())) {
                    shares.set(i, new Share(s.responsible(), s.length().plus(p.length())));
                    continue outer;
                }
            }
            shares.add(new Share(p.responsible(), p.length()));
        }
        return shares;
    }

    private static List<Decisions.Penalty> penalties(EvaluationRequest request, Instant[] fulfilled,
                                                     boolean[] settledInPeriod, List<Piece>[] pieces) {
        Agreement agreement = request.agreement();
        List<Obligation> obligations = agreement.obligations();
        int n = obligations.size();
        RoundingMode rounding = agreement.moneyRounding();
        Integer[] bySettlement = null;
        List<Decisions.Penalty> penalties = new ArrayList<>();
        for (PenaltyClause clause : agreement.penalties()) {
            LiquidatedDamages ld = (LiquidatedDamages) clause;
            Set<String> covered = new HashSet<>(ld.obligations());
            List<String> answeredBy = agreement.answeredBy(ld.debtor());
            long unitNanos = ld.unit().length().toNanos();
            Money rate = ld.ratePerUnit();
            Money limit = ld.capAmount().map(Caps::limit).orElse(null);
            Money used = limit == null ? null : Money.zero(limit.currency());
            Decisions.Penalty[] decided = new Decisions.Penalty[n];
            if (bySettlement == null) {
                bySettlement = settlementOrder(fulfilled);
            }
            for (int k : bySettlement) {
                if (fulfilled[k] == null) {
                    break;
                }
                if (!covered.contains(obligations.get(k).id())) {
                    continue;
                }
                long share = 0;
                for (Piece p : pieces[k]) {
                    if (answeredBy.contains(p.responsible().id())) {
                        share += p.length().toNanos();
                    }
                }
                if (share <= 0) {
                    continue;
                }
                long units = share / unitNanos;
                if (ld.rounding() == DelayRounding.UP && share % unitNanos != 0) {
                    units++;
                }
                if (units <= 0) {
                    continue;
                }
                Money priced = rate.times(units);
                Money rounded = priced.rounded(rounding);
                Money amount = rounded;
                if (limit != null) {
                    amount = Caps.apply(priced, limit, used, rounding);
                    used = used.plus(amount);
                }
                if (settledInPeriod[k]) {
                    String subject = obligations.get(k).id();
                    decided[k] = new Decisions.Penalty(id(agreement.id(), ld.id(), subject, ld.debtor(),
                            ld.creditor()), ld.id(), subject, ld.debtor(), ld.creditor(), amount, priced, units,
                            amount.compareTo(rounded) < 0, ld.givesTerminationRight(units));
                }
            }
            for (Decisions.Penalty p : decided) {
                if (p != null) {
                    penalties.add(p);
                }
            }
        }
        return penalties;
    }

    /** Obligations by fulfilment time, then in the agreement's order; open ones last. */
    private static Integer[] settlementOrder(Instant[] fulfilled) {
        Integer[] order = new Integer[fulfilled.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            Instant x = fulfilled[a];
            Instant y = fulfilled[b];
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return x.compareTo(y);
        });
        return order;
    }

    /**
     * The engine's decision id: {@code PD-} and the first 16 hex digits of a SHA-256 over the identity (the
     * obligation names its settlement; the evaluated period takes no part).
     */
    private static String id(String agreement, String clause, String subject, String debtor, String creditor) {
        MessageDigest sha = SHA_256.get();
        byte[] hash = sha.digest(String.join("\u001f", "liquidated damages", agreement, clause, "settlement of " + subject,
                debtor, creditor).getBytes(StandardCharsets.UTF_8));
        char[] text = new char[19];
        text[0] = 'P';
        text[1] = 'D';
        text[2] = '-';
        for (int i = 0; i < 8; i++) {
            text[3 + 2 * i] = HEX[(hash[i] >> 4) & 0xf];
            text[4 + 2 * i] = HEX[hash[i] & 0xf];
        }
        return new String(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Piece>[] pieces(int n) {
        List<Piece>[] pieces = new List[n];
        for (int k = 0; k < n; k++) {
            pieces[k] = new ArrayList<>(3);
        }
        return pieces;
    }
}
