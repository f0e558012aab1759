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
import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.Statement;
import io.slarules.UnitShare;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

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
 *     "id": "PD-...", "fingerprint": "...", "clause": "12.1", "subject": "DELIVERY-1",
 *     "debtor": "northwind", "creditor": "client-b",
 *     "amount": "4000.00", "currency": "EUR", "priced": "4000.00",
 *     "delay": 4, "unit": "DAYS", "capped": false, "terminationRight": false,
 *     "rules": ["..."], "explanation": "..."
 *   }],
 *   // the three keys below only when the agreement has service levels (or a history was given)
 *   "objectives": [{
 *     "objective": "AVAIL-WEB", "kind": "AVAILABILITY",
 *     "window": {"from": "2026-04-01", "to": "2026-05-01"},
 *     "achieved": "99.884259259", "target": "99.95", "met": false,   // percentages (a count for QUOTA)
 *     "lostTime": [{"responsible": "acme", "length": "PT50M", "days": "0.034722"}, ...],
 *     "shortfall": null,                                             // QUOTA: units short
 *     "shortfallBy": [{"responsible": "acme", "units": 20}],         // QUOTA: by the party it counts against
 *     "cases": [{"case": "C-1", "priority": "P1", "businessTime": "PT9H", "target": "PT8H",
 *                "stopped": true, "breachedAt": "2026-04-08T09:00:00Z",  // null when in time
 *                "pauses": [{"responsible": "client-h", "length": "PT4H", "days": "0.166667"}]}],
 *     "notes": ["..."], "rules": ["..."]
 *   }],
 *   "credits": [{
 *     "id": "CR-...", "fingerprint": "...", "kind": "SERVICE_CREDIT", "clause": "7.2", "objective": "AVAIL-WEB",
 *     "window": {"from": "2026-04-01", "to": "2026-05-01"}, "subject": "AVAIL-WEB",
 *     "debtor": "acme", "creditor": "client-g",
 *     "amount": "100.00", "currency": "USD", "priced": "100.00", "capped": false,
 *     "rules": ["..."], "explanation": "..."
 *   }],
 *   "history": {                                    // the form of a history file, for the next run
 *     "agreement": "ACME-HOSTING-G",
 *     "months": [{"month": "2026-04", "charged": "1000.00 USD", "credited": "100.00 USD"}],
 *     "windows": [{"objective": "AVAIL-WEB", "window": {"from": "2026-04-01", "to": "2026-05-01"},
 *                  "met": false, "credits": [{"decisionId": "...", "clause": "7.2", "debtor": "acme",
 *                                             "creditor": "client-g", "amount": "100.00 USD"}]}]
 *   }
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
 *   <li>{@code id} says what a decision is and {@code fingerprint} what it says: book each id once,
 *       and a known id with a new fingerprint is a correction (see {@link io.slarules.Decision});</li>
 *   <li>{@code responsible} is a party id, or {@code "EXCUSED"} for time nobody pays for;</li>
 *   <li>enums ({@code cause}, {@code unit}) are written by their Java names;</li>
 *   <li>percentages ({@code achieved}, {@code target}) are plain decimal strings, exact as the
 *       engine holds them; a quota's are whole counts written the same way;</li>
 *   <li>{@code history} is written as a history file holds it ({@code schema/history.schema.json}),
 *       money there as {@code "100.00 USD"}: save it and give it to the next evaluation
 *       ({@code sla evaluate ... --history FILE});</li>
 *   <li>a value that does not exist is {@code null} (an open obligation's {@code fulfilled}, a
 *       segment's {@code event} and {@code interval}); the field is always present;</li>
 *   <li>a segment's {@code via} names at most the nearest obligation it was passed on through; that
 *       obligation's attribution continues the path, so the output grows with the segments, not
 *       with the square of a chain's length.</li>
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

    /**
     * The evaluation and its statement as one pretty-printed JSON document: the evaluation's fields, then
     * {@code "statement"}:
     * <pre>{@code
     * "statement": {
     *   "lines": [{"kind": "PRICE", "reference": "FREIGHT-1", "clause": "FREIGHT-1", "payer": "buyer",
     *              "payee": "carrier", "amount": "10000.00", "currency": "EUR", "text": "..."},
     *             {"kind": "DECISION", "reference": "CR-...", "clause": "9.1", "payer": "carrier", ...}],
     *   "nets": [{"payer": "buyer", "payee": "carrier", "amount": "9600.00", "currency": "EUR"}]
     * }
     * }</pre>
     *
     * @param evaluation the evaluation to write
     * @param statement  its statement ({@link Statement#of})
     * @return the JSON text, without a trailing line end
     */
    public static String write(Evaluation evaluation, Statement statement) {
        Objects.requireNonNull(statement, "statement");
        ObjectNode root = toTree(evaluation);
        ObjectNode node = root.putObject("statement");
        ArrayNode lines = node.putArray("lines");
        for (Statement.Line l : statement.lines()) {
            ObjectNode line = lines.addObject();
            line.put("kind", l.kind().name());
            line.put("reference", l.reference());
            line.put("clause", l.clause());
            line.put("payer", l.payer());
            line.put("payee", l.payee());
            line.put("amount", decimal(l.amount()));
            line.put("currency", l.amount().currency().getCurrencyCode());
            line.put("text", l.text());
        }
        ArrayNode nets = node.putArray("nets");
        for (Statement.Net n : statement.nets()) {
            ObjectNode net = nets.addObject();
            net.put("payer", n.payer());
            net.put("payee", n.payee());
            net.put("amount", decimal(n.amount()));
            net.put("currency", n.amount().currency().getCurrencyCode());
        }
        try {
            return WRITER.writeValueAsString(root);
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
        if (!evaluation.accrued().isEmpty()) {
            // damages accrued so far on open obligations: provisional, never booked; written only when there are some
            ArrayNode accrued = root.putArray("accrued");
            evaluation.accrued().forEach(p -> accrued.add(penalty(p).put("provisional", true)));
        }
        // an agreement of deadlines only is written as before service levels existed
        if (hasServiceLevels(evaluation)) {
            ArrayNode objectives = root.putArray("objectives");
            evaluation.objectives().forEach(o -> objectives.add(objective(o)));
            ArrayNode credits = root.putArray("credits");
            evaluation.credits().forEach(c -> credits.add(credit(c)));
            root.set("history", history(evaluation.agreementId(), evaluation.history()));
        }
        // written only when a force-majeure clause gave one: earlier outputs keep their fields
        if (!evaluation.terminationRights().isEmpty()) {
            ArrayNode rights = root.putArray("terminationRights");
            evaluation.terminationRights().forEach(t -> rights.add(terminationRight(t)));
        }
        return root;
    }

    private static ObjectNode terminationRight(Evaluation.TerminationRight t) {
        ObjectNode node = NODES.objectNode();
        node.put("id", t.id());
        node.put("clause", t.clause());
        node.put("event", t.event());
        strings(node.putArray("parties"), t.parties());
        node.put("lasted", t.lasted().toString());
        node.put("days", t.lasted().toDays());
        strings(node.putArray("rules"), t.rules());
        node.put("explanation", t.explanation());
        return node;
    }

    private static boolean hasServiceLevels(Evaluation evaluation) {
        return !evaluation.objectives().isEmpty() || !evaluation.credits().isEmpty()
                || !evaluation.history().months().isEmpty() || !evaluation.history().windows().isEmpty();
    }

    private static ObjectNode objective(ObjectiveResult o) {
        ObjectNode node = NODES.objectNode();
        node.put("objective", o.objective());
        node.put("kind", o.kind().name());
        node.set("window", period(o.window()));
        node.put("achieved", o.achieved().toPlainString());
        node.put("target", o.target().toPlainString());
        node.put("met", o.met());
        ArrayNode lostTime = node.putArray("lostTime");
        o.lostTime().forEach(s -> lostTime.add(share(s)));
        if (o.shortfall().isPresent()) {
            node.put("shortfall", o.shortfall().get());
        } else {
            node.putNull("shortfall");
        }
        ArrayNode shortfallBy = node.putArray("shortfallBy");
        for (UnitShare u : o.shortfallBy()) {
            ObjectNode share = shortfallBy.addObject();
            share.put("responsible", u.responsible().id());
            share.put("units", u.units());
        }
        ArrayNode cases = node.putArray("cases");
        o.cases().forEach(c -> cases.add(caseResult(c)));
        strings(node.putArray("notes"), o.notes());
        strings(node.putArray("rules"), o.rules());
        if (!o.running().isEmpty()) {
            // cases still running at the "as of" instant: written only when there are some
            ArrayNode running = node.putArray("running");
            o.running().forEach(c -> running.add(caseResult(c)));
        }
        return node;
    }

    private static ObjectNode caseResult(CaseResult c) {
        ObjectNode node = NODES.objectNode();
        node.put("case", c.caseId());
        node.put("priority", c.priority());
        node.put("businessTime", c.businessTime().toString());
        node.put("target", c.target().toString());
        node.put("stopped", c.stopped());
        node.put("breachedAt", c.breachedAt().map(Instant::toString).orElse(null));
        ArrayNode pauses = node.putArray("pauses");
        c.pauses().forEach(s -> pauses.add(share(s)));
        // the terms of issue 13, written only when they apply: a case's own due date, a running case's projection
        c.due().ifPresent(due -> node.put("due", due.toString()));
        if (c.running()) {
            node.put("elapsedPercent", c.elapsedPercent().toPlainString());
            node.put("remaining", c.remaining().toString());
        }
        c.projectedBreach().ifPresent(at -> node.put("projectedBreach", at.toString()));
        return node;
    }

    private static ObjectNode credit(CreditDecision c) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("fingerprint", c.fingerprint());
        node.put("kind", c.kind().name());
        node.put("clause", c.clause());
        node.put("objective", c.objective());
        node.set("window", period(c.window()));
        node.put("subject", c.subject());
        node.put("debtor", c.debtor());
        node.put("creditor", c.creditor());
        node.put("amount", decimal(c.amount()));
        node.put("currency", c.amount().currency().getCurrencyCode());
        node.put("priced", decimal(c.priced()));
        node.put("capped", c.capped());
        strings(node.putArray("rules"), c.rules());
        node.put("explanation", c.explanation());
        return node;
    }

    /**
     * The history in the form of a history file ({@code schema/history.schema.json}), so that the
     * next evaluation can read it: money as the text {@code "100.00 USD"}, months as {@code 2026-03}.
     */
    private static ObjectNode history(String agreementId, History history) {
        ObjectNode node = NODES.objectNode();
        node.put("agreement", agreementId);
        ArrayNode months = node.putArray("months");
        for (History.MonthRecord m : history.months()) {
            ObjectNode month = months.addObject();
            month.put("month", m.month().toString());
            month.put("charged", m.charged().toString());
            month.put("credited", m.credited().toString());
        }
        ArrayNode windows = node.putArray("windows");
        for (History.WindowRecord w : history.windows()) {
            ObjectNode window = windows.addObject();
            window.put("objective", w.objective());
            window.set("window", period(w.window()));
            window.put("met", w.met());
            ArrayNode credits = window.putArray("credits");
            for (History.IssuedCredit c : w.credits()) {
                ObjectNode credit = credits.addObject();
                credit.put("decisionId", c.decisionId());
                credit.put("clause", c.clause());
                credit.put("debtor", c.debtor());
                credit.put("creditor", c.creditor());
                credit.put("amount", c.amount().toString());
            }
        }
        return node;
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
        // the nearest step only: that obligation's attribution, in the same document, continues the
        // path; the whole path at every level of a long chain would grow as the chain's square
        strings(node.putArray("via"), s.via().isEmpty() ? List.of() : List.of(s.via().get(0)));
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
        node.put("fingerprint", p.fingerprint());
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
        // written only when they say something: a unit of several days or hours, a price in another currency
        if (!p.per().equals(p.unit().length())) {
            node.put("per", p.per().equals(java.time.Duration.ofDays(p.per().toDays())) ? "P" + p.per().toDays() + "D"
                    : p.per().toString());
        }
        if (!p.priced().currency().equals(p.amount().currency())) {
            node.put("pricedCurrency", p.priced().currency().getCurrencyCode());
        }
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
