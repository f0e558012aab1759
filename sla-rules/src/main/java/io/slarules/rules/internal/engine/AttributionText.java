package io.slarules.rules.internal.engine;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.Obligation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explainer's paragraph on one delay attribution: the subject, how late, a line per segment (or per party passed
 * on from further upstream) and the shares. Written in the {@link Explainer}'s words.
 */
final class AttributionText {

    private final Explainer words;
    /** The obligations' descriptions by id, made once: immutable, as the {@link Explainer} is. */
    private final Map<String, String> descriptions;

    AttributionText(Agreement agreement, Explainer words) {
        this.words = words;
        Map<String, String> byId = new HashMap<>();
        for (Obligation o : agreement.obligations()) {
            byId.putIfAbsent(o.id(), o.description());
        }
        this.descriptions = Map.copyOf(byId);
    }

    String text(DelayAttribution a) {
        StringBuilder text = new StringBuilder();
        String description = description(a.subject());
        text.append(a.subject());
        if (!description.isEmpty()) {
            text.append(" (").append(description).append(')');
        }
        text.append(", owed by ").append(words.partyName(a.owner()))
                .append(", was due ").append(words.instant(a.due()));
        if (a.provisional()) {
            text.append(" and is still open: ").append(Explainer.duration(a.total())).append(" late so far (provisional).\n");
        } else {
            text.append(" and fulfilled ").append(words.instant(a.fulfilled().orElseThrow())).append(": ")
                    .append(Explainer.duration(a.total())).append(" late.\n");
        }
        List<String> lengths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Line line : lines(a)) {
            lengths.add(Explainer.duration(line.length()));
            names.add(words.who(line.responsible()));
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
            text.append(' ').append(words.who(share.responsible())).append(' ').append(Explainer.duration(share.length()))
                    .append(';');
        }
        text.setLength(text.length() - 1);
        text.append(".\n");
        return text.toString();
    }

    /** The obligation's description, empty when it has none or no obligation has the id. */
    private String description(String obligationId) {
        String description = descriptions.get(obligationId);
        return description == null ? "" : description;
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
        String when = s.interval().map(i -> " " + words.period(i)).orElse("");
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

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - s.length()));
        return right ? space + s : s + space;
    }
}
