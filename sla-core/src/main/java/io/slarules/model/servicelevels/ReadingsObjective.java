package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Quality judged by readings: every reading of the objective (a temperature, a shock, a humidity) must lie in
 * an allowed range, e.g. 2 to 8 °C, both ends included. Each reading outside it counts; a
 * {@link ServiceCredit#perReading()} term prices each one. A window with no reading outside is met.
 *
 * @param id          unique within the agreement; the timeline's readings name it
 * @param title       for explanations; may be empty
 * @param obligated   the party that keeps the readings in range (a carrier, a warehouse)
 * @param beneficiary the party it is promised to
 * @param window      the measurement window the readings are counted in
 * @param lower       the lowest value allowed, when there is one
 * @param upper       the highest value allowed, when there is one
 * @param unit        a label for explanations, e.g. {@code "°C"}; may be empty
 */
public record ReadingsObjective(String id, String title, String obligated, String beneficiary,
                                MeasurementWindow window, Optional<Limit> lower, Optional<Limit> upper, String unit)
        implements Objective {

    /**
     * Validates the fields: at least one limit, and a range that admits some value.
     *
     * @param id unique within the agreement; the timeline's readings name it
     * @param title for explanations; may be empty
     * @param obligated the party that keeps the readings in range
     * @param beneficiary the party it is promised to
     * @param window the measurement window the readings are counted in
     * @param lower the lowest value allowed, when there is one
     * @param upper the highest value allowed, when there is one
     * @param unit a label for explanations, e.g. {@code "°C"}; may be empty
     */
    public ReadingsObjective {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(obligated, "agreement", "obligated");
        Checks.id(beneficiary, "agreement", "beneficiary");
        window = Objects.requireNonNullElse(window, MeasurementWindow.month());
        lower = Objects.requireNonNullElse(lower, Optional.empty());
        upper = Objects.requireNonNullElse(upper, Optional.empty());
        unit = Checks.text(Objects.requireNonNullElse(unit, ""), "agreement", "unit");
        if (lower.isEmpty() && upper.isEmpty()) {
            throw Checks.fail("agreement", "range", "a readings objective needs a lower limit, an upper limit or both");
        }
        if (lower.isPresent() && upper.isPresent()) {
            int c = lower.get().value().compareTo(upper.get().value());
            if (c > 0 || c == 0 && !(lower.get().inclusive() && upper.get().inclusive())) {
                throw Checks.fail("agreement", "range", "the lower limit " + lower.get().value().toPlainString()
                        + " lies above the upper limit " + upper.get().value().toPlainString()
                        + " (or equals it with an end excluded): no reading could be in range");
            }
        }
    }

    /**
     * {@return a readings objective between two limits, both included, measured by calendar month}
     *
     * @param id unique within the agreement
     * @param obligated the party that keeps the readings in range
     * @param beneficiary the party it is promised to
     * @param from the lowest value allowed
     * @param to the highest value allowed
     * @param unit a label for explanations, e.g. {@code "°C"}; may be empty
     */
    public static ReadingsObjective between(String id, String obligated, String beneficiary, BigDecimal from,
                                            BigDecimal to, String unit) {
        return new ReadingsObjective(id, "", obligated, beneficiary, MeasurementWindow.month(),
                Optional.of(Limit.inclusive(from)), Optional.of(Limit.inclusive(to)), unit);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.READINGS;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.empty();
    }

    /**
     * {@return whether a value lies in the allowed range}
     *
     * @param value a reading's value
     */
    public boolean admits(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return lower.map(l -> l.admitsFromAbove(value)).orElse(true) && upper.map(u -> u.admitsFromBelow(value)).orElse(true);
    }

    /**
     * The allowed range in words: {@code 2–8 °C} when both ends are included, else e.g.
     * {@code above 2 and below 8 °C}, {@code at least 2 °C}.
     *
     * @return the range, with its unit
     */
    public String range() {
        String u = unit.isEmpty() ? "" : " " + unit;
        if (lower.isPresent() && upper.isPresent() && lower.get().inclusive() && upper.get().inclusive()) {
            return lower.get().value().toPlainString() + "–" + upper.get().value().toPlainString() + u;
        }
        String low = lower.map(l -> (l.inclusive() ? "at least " : "above ") + l.value().toPlainString()).orElse("");
        String high = upper.map(h -> (h.inclusive() ? "at most " : "below ") + h.value().toPlainString()).orElse("");
        return (low.isEmpty() ? high : high.isEmpty() ? low : low + " and " + high) + u;
    }

    /**
     * One end of an allowed range.
     *
     * @param value     the value at the end; any sign (temperatures below zero)
     * @param inclusive whether the value itself is allowed
     */
    public record Limit(BigDecimal value, boolean inclusive) {
        /**
         * Validates the value.
         *
         * @param value the value at the end
         * @param inclusive whether the value itself is allowed
         */
        public Limit {
            Checks.number(Checks.present(value, "agreement", "range"), "agreement", "range");
        }

        /**
         * {@return an end whose value is allowed}
         *
         * @param value the value
         */
        public static Limit inclusive(BigDecimal value) {
            return new Limit(value, true);
        }

        /**
         * {@return an end whose value is not allowed}
         *
         * @param value the value
         */
        public static Limit exclusive(BigDecimal value) {
            return new Limit(value, false);
        }

        boolean admitsFromAbove(BigDecimal v) {
            int c = v.compareTo(value);
            return c > 0 || c == 0 && inclusive;
        }

        boolean admitsFromBelow(BigDecimal v) {
            int c = v.compareTo(value);
            return c < 0 || c == 0 && inclusive;
        }
    }
}
