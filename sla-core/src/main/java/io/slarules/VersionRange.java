package io.slarules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of library versions in Maven's notation: {@code [0.1,0.2)}, {@code [0.1,)},
 * {@code (,1.0)}, or one version {@code [0.1.0]}. A bare version {@code 0.1} means
 * {@code [0.1,)}. Qualifiers ({@code -SNAPSHOT}) are ignored: {@code 0.1.0-SNAPSHOT} is 0.1.0.
 *
 * @param text the range as written
 */
record VersionRange(String text, List<Integer> lower, boolean lowerInclusive, List<Integer> upper,
                    boolean upperInclusive) {

    private static final Pattern RANGE = Pattern.compile("^([\\[(])\\s*([0-9.]*)\\s*(?:,\\s*([0-9.]*)\\s*)?([\\])])$");
    private static final Pattern VERSION = Pattern.compile("^[0-9]+(\\.[0-9]+)*$");

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static VersionRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String range = text.strip();
        if (VERSION.matcher(range).matches()) {
            return new VersionRange(text, numbers(range), true, List.of(), false);
        }
        Matcher m = RANGE.matcher(range);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version range: \"" + text + "\" (e.g. [0.1,0.2) or [0.1,))");
        }
        String low = m.group(2);
        boolean single = m.group(3) == null;
        String high = single ? low : m.group(3);
        for (String bound : List.of(low, high)) {
            if (!bound.isEmpty() && !VERSION.matcher(bound).matches()) {
                throw new IllegalArgumentException("not a version: \"" + bound + "\" in \"" + text + "\"");
            }
        }
        if (single && (low.isEmpty() || !m.group(1).equals("[") || !m.group(4).equals("]"))) {
            throw new IllegalArgumentException("one version is written [x.y.z]: \"" + text + "\"");
        }
        return new VersionRange(text, numbers(low), m.group(1).equals("["), numbers(high), m.group(4).equals("]"));
    }

    /** Whether a version (qualifier ignored) lies in the range. */
    boolean contains(String version) {
        String plain = version.strip();
        int dash = plain.indexOf('-');
        List<Integer> v = numbers(dash < 0 ? plain : plain.substring(0, dash));
        if (!lower.isEmpty()) {
            int c = compare(v, lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (!upper.isEmpty()) {
            int c = compare(v, upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    private static List<Integer> numbers(String version) {
        List<Integer> numbers = new ArrayList<>();
        if (!version.isEmpty()) {
            for (String part : version.split("\\.")) {
                numbers.add(Integer.parseInt(part));
            }
        }
        return List.copyOf(numbers);
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
