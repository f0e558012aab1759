package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.ServiceCredit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads a service-credit clause. A band of achieved levels names each end by how it compares,
 * because contracts differ: {@code below} / {@code atOrBelow} for the upper end, {@code atLeast}
 * / {@code above} for the lower one, e.g. {@code {below: 99.95, atLeast: 99.0, credit: 10%}}.
 */
final class CreditReader {

    static final Shape CREDIT = Shape.of(List.of("id", "objective", "debtor", "creditor"),
            List.of("title", "bands", "perBreach", "perUnitShort", "repeat", "cap", "minimum", "earnBack", "bonus",
                    "shares", "perReading"));
    static final Shape PER_READING = Shape.of(List.of(), List.of("percentOfValue", "value", "amount"));
    static final Shape SHARE = Shape.of(List.of("party", "percent"), List.of());
    /** What a lower level of a multi-level agreement may state of a clause its parent has: its id and any other field. */
    static final Shape OVERRIDE = Shape.of(List.of("id"), CREDIT.allowed().stream().filter(f -> !f.equals("id")).toList());
    static final Shape BAND = Shape.of(List.of("credit"), List.of("below", "atOrBelow", "atLeast", "above"));
    static final Shape PER_BREACH = Shape.of(List.of("amount"), List.of("priority"));
    static final Shape REPEAT = Shape.of(List.of("windows", "extra"), List.of());
    static final Shape BONUS = Shape.of(List.of("amount"), List.of("atLeast", "above"));

    private CreditReader() {
    }

    static ServiceCredit credit(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, CREDIT);
        String id = f.required("id", Values::id);
        String title = f.optional("title", Values::text, "");
        String objective = f.required("objective", Values::id);
        String debtor = f.required("debtor", Values::id);
        String creditor = f.required("creditor", Values::id);
        List<CreditBand> bands = f.optionalList("bands", (n, at) -> band(reader, n, at));
        List<ServiceCredit.PerBreach> perBreach = f.optionalList("perBreach", (n, at) -> perBreach(reader, n, at));
        Money perUnitShort = f.optional("perUnitShort", Values::rate);
        ServiceCredit.RepeatOffence repeat = f.optional("repeat", (n, at) -> repeat(reader, n, at));
        Amount cap = f.optional("cap", Values::amount);
        Money minimum = f.optional("minimum", Values::money);
        Integer earnBack = f.optional("earnBack", Values::intValue, 0);
        ServiceCredit.Bonus bonus = f.optional("bonus", (n, at) -> bonus(reader, n, at));
        List<CreditShare> shares = f.optionalList("shares", (n, at) -> share(reader, n, at));
        ServiceCredit.PerReading perReading = f.optional("perReading", (n, at) -> perReading(reader, n, at));
        return reader.build(mark, path, () -> new ServiceCredit(id, title, objective, debtor, creditor, bands, perBreach,
                Optional.ofNullable(perUnitShort), Optional.ofNullable(repeat), Optional.ofNullable(cap),
                Optional.ofNullable(minimum), earnBack, Optional.ofNullable(bonus), shares,
                Optional.ofNullable(perReading)));
    }

    /**
     * {@code perReading: {percentOfValue: 2, value: "10000.00 EUR"}} or {@code {amount: "50.00 EUR"}}: exactly one
     * of the two rates; whether a percentage states its value is the agreement's check, at its path.
     */
    private static ServiceCredit.PerReading perReading(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, PER_READING);
        if (!f.isObject()) {
            return null;
        }
        boolean percent = f.has("percentOfValue");
        boolean fixed = f.has("amount");
        BigDecimal percentOfValue = f.optional("percentOfValue", Values::decimal);
        Money amount = f.optional("amount", Values::money);
        Money value = f.optional("value", Values::money);
        if (percent && fixed) {
            reader.problem(path, "gives both percentOfValue and amount; give one of them");
        } else if (!percent && !fixed) {
            reader.problem(path, "needs percentOfValue (a percentage of value) or amount (money per reading)");
        }
        if (percentOfValue != null && percentOfValue.signum() < 0) {
            reader.problem(f.path("percentOfValue"), "must not be negative, was " + percentOfValue.toPlainString());
        }
        if (amount != null && amount.isNegative()) {
            reader.problem(f.path("amount"), "must not be negative, was " + amount);
        }
        if (value != null && value.isNegative()) {
            reader.problem(f.path("value"), "must not be negative, was " + value);
        }
        return reader.build(mark, path, () -> new ServiceCredit.PerReading(
                percent ? Amount.percentOfValue(percentOfValue) : Amount.of(amount), Optional.ofNullable(value)));
    }

    /** {@code {party: sales, percent: 70}}: a party's share of what the clause pays. */
    private static CreditShare share(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, SHARE);
        String party = f.required("party", Values::id);
        BigDecimal percent = f.required("percent", Values::percent);
        return reader.build(mark, path, () -> new CreditShare(party, percent));
    }

    private static CreditBand band(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, BAND);
        if (!f.isObject()) {
            return null;
        }
        Bound upper = bound(reader, f, path, "below", "atOrBelow", "the upper end of the band");
        Bound lower = f.has("atLeast") || f.has("above")
                ? bound(reader, f, path, "above", "atLeast", "the lower end of the band") : null;
        Amount credit = f.required("credit", Values::amount);
        if (upper != null && lower != null && lower.level().compareTo(upper.level()) >= 0) {
            reader.problem(path, "a band must end above where it starts: " + lower.asLower() + " and " + upper.asUpper());
        }
        return reader.build(mark, path, () -> new CreditBand(Optional.ofNullable(lower), upper, credit));
    }

    /**
     * One end of a band: exactly one of the field that excludes the level and the one that holds
     * it; {@code null} when neither or both are given (reported) or the level is unreadable.
     */
    private static Bound bound(NodeReader reader, Fields f, String path, String exclusive, String inclusive,
                               String what) {
        boolean excludes = f.has(exclusive);
        boolean includes = f.has(inclusive);
        if (excludes && includes) {
            reader.problem(path, "gives both " + exclusive + " and " + inclusive + "; give one of them");
            return null;
        }
        if (!excludes && !includes) {
            reader.problem(path, "needs " + exclusive + " (the level itself excluded) or " + inclusive
                    + " (the level itself included): " + what);
            return null;
        }
        BigDecimal level = f.optional(excludes ? exclusive : inclusive, Values::percent);
        return level == null ? null : new Bound(level, includes);
    }

    private static ServiceCredit.PerBreach perBreach(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, PER_BREACH);
        String priority = f.optional("priority", Values::id);
        Money amount = f.required("amount", Values::money);
        return reader.build(mark, path, () -> new ServiceCredit.PerBreach(Optional.ofNullable(priority), amount));
    }

    private static ServiceCredit.RepeatOffence repeat(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, REPEAT);
        Integer windows = f.required("windows", Values::intValue);
        Amount extra = f.required("extra", Values::amount);
        return reader.build(mark, path, () -> new ServiceCredit.RepeatOffence(windows, extra));
    }

    private static ServiceCredit.Bonus bonus(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, BONUS);
        if (!f.isObject()) {
            return null;
        }
        Bound from = bound(reader, f, path, "above", "atLeast", "the level from which the bonus is earned");
        Amount amount = f.required("amount", Values::amount);
        return reader.build(mark, path, () -> new ServiceCredit.Bonus(from, amount));
    }
}
