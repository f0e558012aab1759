package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.timeline.ExchangeRate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a penalty clause. A clause names its type by a logical name, never a class: the file is
 * data, and the set of types is this reader's to decide.
 */
final class PenaltyReader {

    static final String LIQUIDATED_DAMAGES_TYPE = "liquidated-damages";
    static final Map<String, String> TYPES = Map.of(LIQUIDATED_DAMAGES_TYPE, LIQUIDATED_DAMAGES_TYPE);

    static final Shape LIQUIDATED_DAMAGES = Shape.of(
            List.of("type", "id", "debtor", "creditor", "obligations", "rate", "rounding"),
            List.of("title", "value", "cap", "terminationAfter", "terminationBasis", "payIn", "exchangeRates"));
    static final Shape RATE = Shape.of(List.of("per"), List.of("percentOfValue", "amount"));
    static final Shape EXCHANGE_RATE = Shape.of(List.of("from", "to", "rate", "date"), List.of("id"));
    static final Map<String, LiquidatedDamages.TerminationBasis> TERMINATION_BASES =
            Values.names(List.of(LiquidatedDamages.TerminationBasis.values()));
    static final Shape CAP = Shape.of(List.of(), List.of("percentOfValue", "amount"));

    static final Map<String, DelayUnit> UNITS = units();
    static final Map<String, DelayRounding> DELAY_ROUNDINGS = Values.names(List.of(DelayRounding.values()));

    /** A rate as the file gives it: an amount per unit of delay, the unit a multiple of days or hours. */
    private record Rate(Amount amount, DelayUnit per, long multiple) {
    }

    private PenaltyReader() {
    }

    /** A file says how much per DAY, the model counts in DAYS: the words differ on purpose. */
    private static Map<String, DelayUnit> units() {
        Map<String, DelayUnit> units = new LinkedHashMap<>();
        units.put("DAY", DelayUnit.DAYS);
        units.put("HOUR", DelayUnit.HOURS);
        return Collections.unmodifiableMap(units);
    }

    static PenaltyClause penalty(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        // with a single type its fields are checked whatever the type says; a second type will
        // have to read the type first and choose the shape by it
        Fields f = reader.fields(node, path, LIQUIDATED_DAMAGES);
        f.required("type", Values.choice(TYPES));
        String id = f.required("id", Values::id);
        String title = f.optional("title", Values::text, "");
        String debtor = f.required("debtor", Values::id);
        String creditor = f.required("creditor", Values::id);
        List<String> obligations = f.requiredList("obligations", reader.scalar(Values::id));
        Optional<Money> value = Optional.ofNullable(f.optional("value", Values::money));
        Rate rate = f.required("rate", (n, at) -> rate(reader, n, at));
        DelayRounding rounding = f.required("rounding", Values.choice(DELAY_ROUNDINGS));
        Optional<Amount> cap = Optional.ofNullable(f.optional("cap", (n, at) -> cap(reader, n, at)));
        Long terminationAfter = f.optional("terminationAfter", Values::longValue);
        LiquidatedDamages.TerminationBasis basis = f.optional("terminationBasis", Values.choice(TERMINATION_BASES),
                LiquidatedDamages.TerminationBasis.COUNTED_UNITS);
        Currency payIn = f.optional("payIn", Values::currency);
        int[] index = {0};
        // a clause's rates need no id in a file: they are numbered within the clause, 12.1/rate-1 ...
        List<ExchangeRate> rates = f.optionalList("exchangeRates", (n, at) -> exchangeRate(reader, n, at,
                (id == null ? "clause" : id) + "/rate-" + ++index[0]));
        return reader.build(mark, path, () -> new LiquidatedDamages(id, title, debtor, creditor, obligations,
                value, rate.amount(), rate.per(), rounding, cap,
                terminationAfter == null ? OptionalLong.empty() : OptionalLong.of(terminationAfter), List.of(),
                rate.multiple(), basis, Optional.ofNullable(payIn), rates));
    }

    /**
     * {@code {from: EUR, to: USD, rate: 1.0850, date: 2026-04-01}} with an optional {@code id} (a timeline's
     * requires one: {@code shape} says).
     */
    static ExchangeRate exchangeRate(NodeReader reader, JsonNode node, String path, Shape shape, String defaultId) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, shape);
        String rateId = shape.required().contains("id") ? f.required("id", Values::id)
                : f.optional("id", Values::id, defaultId);
        Currency from = f.required("from", Values::currency);
        Currency to = f.required("to", Values::currency);
        BigDecimal rate = f.required("rate", Values::decimal);
        LocalDate date = f.required("date", Values::date);
        if (rate != null && rate.signum() <= 0) {
            reader.problem(path + ".rate", "must be positive, was " + rate.toPlainString());
        }
        if (from != null && from.equals(to)) {
            reader.problem(path + ".to", "converts " + from + " into itself");
        }
        return reader.build(mark, path, () -> new ExchangeRate(rateId, from, to, rate, date));
    }

    private static ExchangeRate exchangeRate(NodeReader reader, JsonNode node, String path, String defaultId) {
        return exchangeRate(reader, node, path, EXCHANGE_RATE, defaultId);
    }

    /**
     * {@code DAY} or {@code HOUR} (one of them), or an ISO-8601 length of whole days ({@code P1W}, {@code P2D}) or
     * whole hours ({@code PT4H}): the unit the clause counts, as days or hours and their multiple.
     */
    private static Rate unit(JsonNode node) throws Unreadable {
        if (node.isTextual() && UNITS.containsKey(node.textValue())) {
            return new Rate(null, UNITS.get(node.textValue()), 1);
        }
        String expected = "DAY, HOUR, or a whole number of days or hours in ISO-8601 (P1W, P2D, PT4H)";
        if (!node.isTextual()) {
            throw new Unreadable("must be " + expected + ", found " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        String text = node.textValue();
        Duration length;
        try {
            if (text.contains("T")) {
                length = Duration.parse(text);
            } else {
                Period period = Period.parse(text);
                if (period.getYears() != 0 || period.getMonths() != 0) {
                    throw new Unreadable("months and years differ in length; give " + expected + ", found \"" + text + "\"");
                }
                length = Duration.ofDays(period.getDays());
            }
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            throw new Unreadable("must be " + expected + ", found \"" + text + "\"");
        }
        if (length.isNegative() || length.isZero() || !length.equals(Duration.ofHours(length.toHours()))) {
            throw new Unreadable("must be a positive whole number of days or hours (" + expected + "), found \"" + text + "\"");
        }
        boolean days = length.equals(Duration.ofDays(length.toDays()));
        return new Rate(null, days ? DelayUnit.DAYS : DelayUnit.HOURS, days ? length.toDays() : length.toHours());
    }

    private static Rate rate(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, RATE);
        Rate per = f.required("per", PenaltyReader::unit);
        // a rate per unit may be finer than a cent (1000.125 EUR an hour); its total is rounded at the decision
        Amount amount = amount(reader, f, path, Values::rate);
        return reader.build(mark, path, () -> new Rate(amount, per.per(), per.multiple()));
    }

    private static Amount cap(NodeReader reader, JsonNode node, String path) {
        return amount(reader, reader.fields(node, path, CAP), path, Values::money);
    }

    /** Exactly one of {@code percentOfValue} and {@code amount}. */
    private static Amount amount(NodeReader reader, Fields f, String path, Reading<Money> moneyReading) {
        if (!f.isObject()) {
            return null;
        }
        int mark = reader.mark();
        boolean percent = f.has("percentOfValue");
        boolean fixed = f.has("amount");
        BigDecimal percentOfValue = f.optional("percentOfValue", Values::decimal);
        Money money = f.optional("amount", moneyReading);
        if (percent && fixed) {
            reader.problem(path, "gives both percentOfValue and amount; give one of them");
        } else if (!percent && !fixed) {
            reader.problem(path, "needs percentOfValue (a percentage of the clause's value) or amount (money)");
        }
        return reader.build(mark, path, () -> percent ? Amount.percentOfValue(percentOfValue) : Amount.of(money));
    }
}
