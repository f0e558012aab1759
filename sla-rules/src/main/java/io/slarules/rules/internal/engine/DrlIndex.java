package io.slarules.rules.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the rules of DRL files are: each rule's file and line, read from the text, so that an
 * error about a rule can name both. The executable model keeps no line numbers; the DRL files a
 * kjar ships next to its compiled rules still have them.
 */
public final class DrlIndex {

    /** A place in a DRL file. */
    record Location(String file, int line) {
        static final Location UNKNOWN = new Location("", 0);
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern IN_RULE = Pattern.compile("rule \"([^\"]+)\"");

    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, Location> rules = new LinkedHashMap<>();

    /** Adds a file; a rule declared twice keeps its first place. */
    void add(String file, String text) {
        List<String> fileLines = text.lines().toList();
        lines.put(file, fileLines);
        for (int i = 0; i < fileLines.size(); i++) {
            Matcher m = RULE.matcher(fileLines.get(i));
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                rules.putIfAbsent(name, new Location(file, i + 1));
            }
        }
    }

    /** Where a rule is declared. */
    Location of(String rule) {
        return rules.getOrDefault(rule, Location.UNKNOWN);
    }

    /** The rule whose declaration is the last before {@code line} of {@code file}; empty before the first. */
    String ruleAt(String file, int line) {
        String found = "";
        int best = 0;
        for (Map.Entry<String, Location> e : rules.entrySet()) {
            Location l = e.getValue();
            if (l.file().equals(file) && l.line() <= line && l.line() > best) {
                best = l.line();
                found = e.getKey();
            }
        }
        return found;
    }

    /**
     * Places a compiler message: its line when it gives one, else the first line of the file holding
     * the text it quotes (what follows its last colon); with the rule it names or that line lies in.
     */
    Location place(String file, int line, String message) {
        if (line > 0) {
            return new Location(file, line);
        }
        List<String> fileLines = lines.getOrDefault(file, List.of());
        for (String quoted : quotes(message)) {
            for (int i = 0; i < fileLines.size(); i++) {
                if (fileLines.get(i).contains(quoted)) {
                    return new Location(file, i + 1);
                }
            }
        }
        Optional<String> named = ruleNamedIn(message);
        return named.map(this::of).filter(l -> l.line() > 0).orElse(new Location(file, 0));
    }

    /** The rule a compiler message names ({@code rule "x"}), if any. */
    static Optional<String> ruleNamedIn(String message) {
        Matcher m = IN_RULE.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> quotes(String message) {
        List<String> quotes = new ArrayList<>();
        int colon = message.lastIndexOf(": ");
        if (colon >= 0) {
            String tail = message.substring(colon + 2).strip();
            if (tail.length() >= 3) {
                quotes.add(tail);
            }
        }
        return quotes;
    }
}
