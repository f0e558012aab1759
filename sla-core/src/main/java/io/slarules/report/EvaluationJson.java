package io.slarules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.model.DateRange;
import io.slarules.model.Interval;
import io.slarules.model.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an {@link Evaluation} as JSON, for billing systems and other programs.
 *
 * <p>The field names and their forms are part of the public API; a field is added, never renamed
 * or removed, within a major version. Objects keep the field order shown here:
 *
 * <pre>{@code
 * {
 *   "agreement": "NW-CB-2026",
 *   "period": {"from": "2026-03-01", "to": "2027-03-01"},      // dates; "to" exclusive
 *   "asOf": "2027-02-28T23:00:00Z",
 *   "attributions": [{
 *     "subject": "DELIVERY-1", "owner": "northwind",
 *     "due": "2026-03-30T22:00:00Z", "fulfilled": "2026-04-24T22:00:00Z",  // null while open
 *     "provisional": false,
 *     "total": "PT600H", "totalDays": "25",
 *     "shares": [{"responsible": "client-b", "length": "PT504H", "days": "21"}, ...],
 *     "segments": [{"responsible": "client-b", "length": "PT504H", "cause": "OWN_DELAY",
 *                   "origin": "SPEC-1", "event": null, "interval": null, "via": [],
 *                   "reason": "", "rules": ["..."]}, ...]
 *   }],
 *   "penalties": [{
 *     "id": "...", "clause": "12.1", "subject": "DELIVERY-1",
 *     "debtor": "northwind", "creditor": "client-b",
 *     "amount": "4000.00", "currency": "EUR", "priced": "4000.00",
 *     "delay": 4, "unit": "DAYS", "capped": false, "terminationRight": false,
 *     "rules": ["..."], "explanation": "..."
 *   }]
 * }
 * }</pre>
 *
 * <p>Forms:
 * <ul>
 *   <li>instants ({@code asOf}, {@code due}, {@code fulfilled}, interval bounds) are ISO-8601
 *       strings in UTC ({@link Instant#toString()}); dates are ISO-8601 local dates;</li>
 *   <li>durations ({@code total}, {@code length}) are ISO-8601 duration strings
 *       ({@link Duration#toString()}, e.g. {@code "PT504H"}), exact; their {@code totalDays} /
 *       {@code days} companions are the same length in 24-hour days as a plain decimal string
 *       ({@code "21"}, {@code "5.75"}), rounded half-even to at most six decimal places;</li>
 *   <li>money ({@code amount}, {@code priced}) is a plain decimal <em>string</em>, never a JSON
 *       number, written with the currency's minor digits ({@code "4000.00"} in EUR, {@code "4000"}
 *       in JPY); {@code priced} is exact and shows further digits only when it has them;</li>
 *   <li>{@code responsible} is a party id, or {@code "EXCUSED"} for time nobody pays for;</li>
 *   <li>enums ({@code cause}, {@code unit}) are written by their Java names;</li>
 *   <li>a value that does not exist is {@code null} (an open obligation's {@code fulfilled}, a
 *       segment's {@code event} and {@code interval}); the field is always present.</li>
 * </ul>
 *
 * <p>The output is pretty-printed with two-space indentation and {@code \n} line ends, without a
 * trailing line end, the same on every platform.
 */
public final class EvaluationJson {

    private static final int DAY_DIGITS = 6;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toSeconds());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private EvaluationJson() {
    }

    /**
     * The evaluation as a pretty-printed JSON document in the documented format.
     *
     * @param evaluation the evaluation to write
     * @return the JSON text, without a trailing line end
     */
    public static String write(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        try {
            return WRITER.writeValueAsString(toTree(evaluation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA Rules: a JSON tree could not be written", e);
        }
    }

    /** The evaluation as a JSON tree in the documented format. */
    static ObjectNode toTree(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        ObjectNode root = NODES.objectNode();
        root.put("agreement", evaluation.agreementId());
        root.set("period", period(evaluation.period()));
        root.put("asOf", evaluation.asOf().toString());
        ArrayNode attributions = root.putArray("attributions");
        evaluation.attributions().forEach(a -> attributions.add(attribution(a)));
        ArrayNode penalties = root.putArray("penalties");
        evaluation.penalties().forEach(p -> penalties.add(penalty(p)));
        return root;
    }

    private static ObjectNode period(DateRange period) {
        ObjectNode node = NODES.objectNode();
        node.put("from", period.startInclusive().toString());
        node.put("to", period.endExclusive().toString());
        return node;
    }

    private static ObjectNode attribution(DelayAttribution a) {
        ObjectNode node = NODES.objectNode();
        node.put("subject", a.subject());
        node.put("owner", a.owner());
        node.put("due", a.due().toString());
        node.put("fulfilled", a.fulfilled().map(Instant::toString).orElse(null));
        node.put("provisional", a.provisional());
        node.put("total", a.total().toString());
        node.put("totalDays", days(a.total()));
        ArrayNode shares = node.putArray("shares");
        a.shares().forEach(s -> shares.add(share(s)));
        ArrayNode segments = node.putArray("segments");
        a.segments().forEach(s -> segments.add(segment(s)));
        return node;
    }

    private static ObjectNode share(Share s) {
        ObjectNode node = NODES.objectNode();
        node.put("responsible", s.responsible().id());
        node.put("length", s.length().toString());
        node.put("days", days(s.length()));
        return node;
    }

    private static ObjectNode segment(Segment s) {
        ObjectNode node = NODES.objectNode();
        node.put("responsible", s.responsible().id());
        node.put("length", s.length().toString());
        node.put("cause", s.cause().name());
        node.put("origin", s.origin());
        node.put("event", s.event().orElse(null));
        node.set("interval", interval(s.interval()));
        strings(node.putArray("via"), s.via());
        node.put("reason", s.reason());
        strings(node.putArray("rules"), s.rules());
        return node;
    }

    private static ObjectNode interval(Optional<Interval> interval) {
        if (interval.isEmpty()) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("from", interval.get().startInclusive().toString());
        node.put("to", interval.get().endExclusive().toString());
        return node;
    }

    private static ObjectNode penalty(PenaltyDecision p) {
        ObjectNode node = NODES.objectNode();
        node.put("id", p.id());
        node.put("clause", p.clause());
        node.put("subject", p.subject());
        node.put("debtor", p.debtor());
        node.put("creditor", p.creditor());
        node.put("amount", decimal(p.amount()));
        node.put("currency", p.amount().currency().getCurrencyCode());
        node.put("priced", decimal(p.priced()));
        node.put("delay", p.delay());
        node.put("unit", p.unit().name());
        node.put("capped", p.capped());
        node.put("terminationRight", p.terminationRight());
        strings(node.putArray("rules"), p.rules());
        node.put("explanation", p.explanation());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /**
     * The amount as a plain decimal with at least the currency's minor digits; digits beyond them
     * are kept when the exact amount has them, so no money is ever lost in writing.
     */
    static String decimal(Money money) {
        int minorDigits = Math.max(0, money.currency().getDefaultFractionDigits());
        BigDecimal amount = money.amount();
        BigDecimal shortest = amount.stripTrailingZeros();
        BigDecimal written = shortest.scale() <= minorDigits ? amount.setScale(minorDigits, RoundingMode.UNNECESSARY)
                : shortest;
        return written.toPlainString();
    }

    /** A length in 24-hour days, as a plain decimal without trailing zeros: "21", "5.75". */
    static String days(Duration length) {
        BigDecimal seconds = BigDecimal.valueOf(length.getSeconds()).add(BigDecimal.valueOf(length.getNano(), 9));
        BigDecimal days = seconds.divide(SECONDS_PER_DAY, DAY_DIGITS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return days.signum() == 0 ? "0" : days.toPlainString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
