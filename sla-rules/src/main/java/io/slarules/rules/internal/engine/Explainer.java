package io.slarules.rules.internal.engine;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.Interval;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.facts.DerivationLine;
import io.slarules.rules.internal.facts.CappedCharge;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Writes derivations in words a contract manager can check by hand. */
public final class Explainer {

    private final Agreement agreement;
    /**
     * An evaluation explains each attribution twice (on its own, and in every decision it prices) and looks
     * parties and obligations up by id for every line: at 10,000 events that was a fifth of the CPU (issue 15).
     * An explainer serves one evaluation, so it keeps what it wrote and an index by id.
     */
    private final Map<DelayAttribution, String> attributions = new IdentityHashMap<>();
    private Map<String, String> partyNames;
    private Map<String, String> descriptions;

    public Explainer(Agreement agreement) {
        this.agreement = agreement;
    }

    public String attribution(DelayAttribution a) {
        String text = attributions.get(a);
        if (text == null) {
            text = explain(a);
            attributions.put(a, text);
        }
        return text;
    }

    private String explain(DelayAttribution a) {
        StringBuilder text = new StringBuilder();
        String description = description(a.subject());
        text.append(a.subject());
        if (!description.isEmpty()) {
            text.append(" (").append(description).append(')');
        }
        text.append(", owed by ").append(partyName(a.owner()))
                .append(", was due ").append(instant(a.due()));
        if (a.provisional()) {
            text.append(" and is still open: ").append(duration(a.total())).append(" late so far (provisional).\n");
        } else {
            text.append(" and fulfilled ").append(instant(a.fulfilled().orElseThrow())).append(": ")
                    .append(duration(a.total())).append(" late.\n");
        }
        List<String> lengths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Line line : lines(a)) {
            lengths.add(duration(line.length()));
            names.add(line.responsible().isExcused() ? "excused" : partyName(line.responsible().id()));
            lines.add(line.first().via().size() < 2 ? segment(a.subject(), line.first()) : passedOn(line.first()));
        }
        int lengthWidth = lengths.stream().mapToInt(String::length).max().orElse(0);
        int nameWidth = names.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < lines.size(); i++) {
            text.append("    ").append(pad(lengths.get(i), lengthWidth, true)).append("  ")
                    .append(pad(names.get(i), nameWidth, false)).append("  ")
                    .append(lines.get(i)).append('\n');
        }
        text.append("  Shares:");
        for (Share share : a.shares()) {
            text.append(' ').append(share.responsible().isExcused() ? "excused"
                    : partyName(share.responsible().id())).append(' ').append(duration(share.length()))
                    .append(';');
        }
        text.setLength(text.length() - 1);
        text.append(".\n");
        return text.toString();
    }

    public String decision(String id, CappedCharge capped, Money amount, String conversion, boolean terminationRight,
                    List<String> rules) {
        DelayAssessment assessment = capped.charge().assessment();
        LiquidatedDamages clause = assessment.clause();
        String debtor = partyName(clause.debtor());
        StringBuilder text = new StringBuilder();
        text.append(id).append(": ").append(debtor).append(" owes ").append(partyName(clause.creditor()))
                .append(' ').append(money(amount)).append(" under clause ").append(clause.id());
        if (!clause.title().isEmpty()) {
            text.append(" (").append(clause.title()).append(')');
        }
        text.append(" for ").append(assessment.obligation().id()).append(".\n  ");
        text.append(attribution(assessment.attribution()).replace("\n", "\n  ").stripTrailing()).append('\n');
        boolean answersForOthers = agreement.answeredBy(clause.debtor()).size() > 1;
        text.append("  ").append(debtor).append(" is responsible for ").append(duration(assessment.attributed()))
                .append(answersForOthers ? " (its own and its subcontractors')" : "")
                .append("; ").append(counted(assessment)).append(".\n");
        // the pricing rule's own arithmetic, never worked out again here: a pack may price differently
        for (String line : capped.charge().derivation()) {
            text.append("  ").append(line).append('\n');
        }
        if (capped.capLimit().isPresent()) {
            Money limit = capped.capLimit().get();
            text.append("  Cap ").append(money(limit));
            if (clause.cap().orElseThrow() instanceof Amount.PercentOfValue p) {
                text.append(" (").append(p.percent().toPlainString()).append(" % of the value)");
            }
            text.append(" over the agreement; ").append(money(capped.usedBefore())).append(" used before: ")
                    .append(capped.capped() ? "capped at " + money(capped.amount()) : "not reached").append(".\n");
        }
        if (!conversion.isEmpty()) {
            text.append("  ").append(conversion).append('\n');
        } else if (!capped.capped() && capped.amount().compareTo(capped.charge().priced()) != 0) {
            text.append("  Rounded once, ").append(agreement.moneyRounding()).append(", to ")
                    .append(money(capped.amount())).append(".\n");
        }
        if (terminationRight) {
            long threshold = clause.terminationAfter().getAsLong();
            if (clause.terminationBasis() == LiquidatedDamages.TerminationBasis.EXACT_DURATION) {
                text.append("  ").append(duration(assessment.attributed())).append(" exceed the termination threshold of ")
                        .append(threshold).append(' ').append(clause.unitLabel(threshold)).append(" (compared exactly)");
            } else {
                text.append("  ").append(assessment.units()).append(' ').append(clause.unitLabel(assessment.units()))
                        .append(" exceed the termination threshold of ").append(threshold);
            }
            text.append(": ").append(partyName(clause.creditor()))
                    .append(" may terminate the agreement.\n");
        }
        text.append("  Rules: ").append(String.join("; ", rules)).append(".\n");
        return text.toString();
    }

    /** The party's name, as {@link Agreement#partyName} gives it. */
    private String partyName(String partyId) {
        if (partyNames == null) {
            partyNames = new HashMap<>();
            for (Party p : agreement.parties()) {
                partyNames.putIfAbsent(p.id(), p.name());
            }
        }
        String name = partyNames.get(partyId);
        return name == null ? partyId : name;
    }

    /** The obligation's description, empty when it has none or no obligation has the id. */
    private String description(String obligationId) {
        if (descriptions == null) {
            descriptions = new HashMap<>();
            for (Obligation o : agreement.obligations()) {
                descriptions.putIfAbsent(o.id(), o.description());
            }
        }
        String description = descriptions.get(obligationId);
        return description == null ? "" : description;
    }

    /** How the clause counted the delay: "counted in started days: 4 days", "counted pro rata: 10/7 weeks". */
    private static String counted(DelayAssessment assessment) {
        LiquidatedDamages clause = assessment.clause();
        long units = assessment.units();
        return switch (clause.rounding()) {
            case UP -> "counted in started " + clause.unitLabel(2) + ": " + units + " " + clause.unitLabel(units);
            case DOWN -> "counted in whole " + clause.unitLabel(2) + ": " + units + " " + clause.unitLabel(units);
            case PRO_RATA -> {
                java.math.BigInteger[] f = io.slarules.internal.calc.DelayCount.fraction(assessment.attributed(),
                        clause.unitLength());
                String fraction = f[1].equals(java.math.BigInteger.ONE) ? f[0].toString() : f[0] + "/" + f[1];
                yield "counted pro rata: " + fraction + " " + clause.unitLabel(f[0].equals(f[1]) ? 1 : 2);
            }
            case ONCE -> "counted once, late at all: 1 time";
        };
    }

    /**
     * A line of an attribution: a segment, or the segments of one party passed on through the
     * same dependency from further upstream.
     */
    private record Line(Segment first, Duration length) {
        Responsible responsible() {
            return first.responsible();
        }
    }

    /**
     * The lines of an attribution. A segment born in the subject, in a dependency or one step
     * before it is a line of its own (the worked examples read so). Segments passed on through
     * two or more obligations are summed per party and nearest dependency, which explains them in
     * its own attribution: repeating every upstream segment at every level of a long chain would
     * make the text grow as the chain's square (or cube).
     */
    private static List<Line> lines(DelayAttribution a) {
        Map<List<String>, Integer> grouped = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Segment s : a.segments()) {
            if (s.via().size() < 2) {
                lines.add(new Line(s, s.length()));
                continue;
            }
            List<String> key = List.of(s.via().get(0), s.responsible().id());
            Integer at = grouped.putIfAbsent(key, lines.size());
            if (at == null) {
                lines.add(new Line(s, s.length()));
            } else {
                Line line = lines.get(at);
                lines.set(at, new Line(line.first(), line.length().plus(s.length())));
            }
        }
        return lines;
    }

    /** Segments of one party passed on through the nearest dependency, from further upstream. */
    private static String passedOn(Segment s) {
        String nearest = s.via().get(0);
        return "passed on through " + nearest + " from obligations before it (see " + nearest + ")";
    }

    private String segment(String subject, Segment s) {
        StringBuilder text = new StringBuilder();
        String event = s.event().map(e -> " " + e).orElse("");
        String when = s.interval().map(i -> " " + interval(i)).orElse("");
        String reason = s.reason().isEmpty() ? "" : ": " + s.reason();
        text.append(switch (s.cause()) {
            case OWN_DELAY -> "own delay";
            case BLOCKED -> "blocked" + event + when + reason;
            case FORCE_MAJEURE -> "force majeure" + event + when + reason;
            case CONCURRENT_DELAY -> "concurrent delay" + event + when + reason;
        });
        if (!s.origin().equals(subject)) {
            text.append(s.cause() == Cause.OWN_DELAY ? " of " : ", on ").append(s.origin());
            if (!s.via().isEmpty()) {
                text.append(", passed on through ").append(String.join(", ", s.via()));
            }
        }
        return text.toString();
    }

    /** A due or fulfilment instant: a date when it is the end of a day, else the local time. */
    public String instant(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, agreement.zone());
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.toLocalDate().minusDays(1).toString();
        }
        return local.toLocalDate() + " " + local.toLocalTime() + " " + agreement.zone();
    }

    /** An interval as explanations write it: "from 2026-02-01 to 2026-04-15". */
    public String period(Interval interval) {
        return interval(interval);
    }

    private String interval(Interval interval) {
        return "from " + bound(interval.startInclusive()) + " to " + bound(interval.endExclusive());
    }

    private String bound(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, agreement.zone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().toString()
                : local.toLocalDate() + " " + local.toLocalTime();
    }

    public static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        long seconds = d.toSecondsPart();
        StringBuilder text = new StringBuilder(32);
        if (days > 0) {
            text.append(days).append(days == 1 ? " day" : " days");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (seconds > 0 || d.toNanosPart() > 0) {
            text.append(text.isEmpty() ? "" : " ")
                    .append(BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9))
                    .stripTrailingZeros().toPlainString()).append(" seconds");
        }
        return text.isEmpty() ? "0 minutes" : text.toString();
    }

    public static String money(Money money) {
        return DerivationLine.money(money);
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - s.length()));
        return right ? space + s : s + space;
    }
}
