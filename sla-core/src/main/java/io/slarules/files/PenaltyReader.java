package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.model.Amount;
import io.slarules.model.DelayRounding;
import io.slarules.model.DelayUnit;
import io.slarules.model.LiquidatedDamages;
import io.slarules.model.Money;
import io.slarules.model.PenaltyClause;

import java.math.BigDecimal;
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
            List.of("title", "value", "cap", "terminationAfter"));
    static final Shape RATE = Shape.of(List.of("per"), List.of("percentOfValue", "amount"));
    static final Shape CAP = Shape.of(List.of(), List.of("percentOfValue", "amount"));

    static final Map<String, DelayUnit> UNITS = units();
    static final Map<String, DelayRounding> DELAY_ROUNDINGS = Values.names(List.of(DelayRounding.values()));

    /** A rate as the file gives it: an amount per unit of delay. */
    private record Rate(Amount amount, DelayUnit per) {
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
        return reader.build(mark, path, () -> new LiquidatedDamages(id, title, debtor, creditor, obligations,
                value, rate.amount(), rate.per(), rounding, cap,
                terminationAfter == null ? OptionalLong.empty() : OptionalLong.of(terminationAfter)));
    }

    private static Rate rate(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, RATE);
        DelayUnit per = f.required("per", Values.choice(UNITS));
        // a rate per unit may be finer than a cent (1000.125 EUR an hour); its total is rounded at the decision
        Amount amount = amount(reader, f, path, Values::rate);
        return reader.build(mark, path, () -> new Rate(amount, per));
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
