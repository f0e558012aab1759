package io.slarules.report.friction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A friction report as JSON, pretty-printed with two-space indentation and {@code \n} line ends,
 * without a trailing line end:
 *
 * <pre>{@code
 * {
 *   "periods": [{"from": "2026-03-01", "to": "2026-04-01"}],
 *   "agreements": ["NW-CB-2026"],
 *   "parties": [{"id": "client-b", "name": "Client B", "role": "CUSTOMER"}],
 *   "cells": [{
 *     "responsible": "client-b", "affected": "northwind",
 *     "delay": "PT504H", "delayDays": "21", "knockOn": "PT0S", "knockOnDays": "0",
 *     "shortfall": 0, "breaches": 1,
 *     "owed": [{"amount": "4000.00", "currency": "EUR"}],
 *     "subjects": [{"agreement": "NW-CB-2026", "kind": "OBLIGATION", "id": "SPEC-1"}]
 *   }],
 *   "performance": [{
 *     "party": "client-b",
 *     "obligations": {"settled": 1, "onTime": 0, "lateOwnAccount": 1, "openLate": 0, "onTimeRate": "0.0"},
 *     "objectives": {"windows": 0, "met": 0, "metRate": null},
 *     "delayCaused": "PT504H", "delayCausedDays": "21", "delaySuffered": "PT0S", "delaySufferedDays": "0",
 *     "excused": "PT0S", "pays": [], "receives": []
 *   }],
 *   "excused": "PT0S", "excusedDays": "0", "excusedSubjects": []
 * }
 * }</pre>
 * Durations are ISO-8601 with a companion in 24-hour days; money and rates (percent, one decimal)
 * are decimal strings; a rate with nothing to rate is {@code null}.
 */
final class FrictionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private FrictionJson() {
    }

    /**
     * {@return the report as JSON text, without a trailing line end}
     *
     * @param report the report
     */
    static String write(FrictionReport report) {
        Objects.requireNonNull(report, "report");
        try {
            return WRITER.writeValueAsString(toTree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA Rules: a JSON tree could not be written", e);
        }
    }

    static ObjectNode toTree(FrictionReport report) {
        ObjectNode root = NODES.objectNode();
        ArrayNode periods = root.putArray("periods");
        for (DateRange p : report.periods()) {
            periods.addObject().put("from", p.startInclusive().toString()).put("to", p.endExclusive().toString());
        }
        ArrayNode agreements = root.putArray("agreements");
        report.agreements().forEach(agreements::add);
        ArrayNode parties = root.putArray("parties");
        for (ReportParty p : report.parties()) {
            parties.addObject().put("id", p.id()).put("name", p.name()).put("role", p.role().name());
        }
        ArrayNode cells = root.putArray("cells");
        for (FrictionCell c : report.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("responsible", c.responsible());
            cell.put("affected", c.affected());
            length(cell, "delay", c.delay());
            length(cell, "knockOn", c.knockOn());
            cell.put("shortfall", c.shortfall());
            cell.put("breaches", c.breaches());
            money(cell.putArray("owed"), c.owed());
            subjects(cell.putArray("subjects"), c.subjects());
        }
        ArrayNode performance = root.putArray("performance");
        for (PartyPerformance p : report.performance()) {
            ObjectNode node = performance.addObject();
            node.put("party", p.party().id());
            ObjectNode obligations = node.putObject("obligations");
            obligations.put("settled", p.settled());
            obligations.put("onTime", p.onTime());
            obligations.put("lateOwnAccount", p.lateOwnAccount());
            obligations.put("openLate", p.openLate());
            rate(obligations, "onTimeRate", p.onTimeRate());
            ObjectNode objectives = node.putObject("objectives");
            objectives.put("windows", p.windows());
            objectives.put("met", p.windowsMet());
            rate(objectives, "metRate", p.windowsMetRate());
            length(node, "delayCaused", p.delayCaused());
            length(node, "delaySuffered", p.delaySuffered());
            length(node, "excused", p.excused());
            money(node.putArray("pays"), p.pays());
            money(node.putArray("receives"), p.receives());
        }
        length(root, "excused", report.excused());
        subjects(root.putArray("excusedSubjects"), report.excusedSubjects());
        return root;
    }

    private static void length(ObjectNode node, String name, Duration length) {
        node.put(name, length.toString());
        node.put(name + "Days", Figures.days(length));
    }

    private static void rate(ObjectNode node, String name, Optional<BigDecimal> rate) {
        node.put(name, rate.map(BigDecimal::toPlainString).orElse(null));
    }

    private static void money(ArrayNode array, List<Money> amounts) {
        for (Money m : amounts) {
            array.addObject().put("amount", Figures.amount(m)).put("currency", m.currency().getCurrencyCode());
        }
    }

    private static void subjects(ArrayNode array, List<Subject> subjects) {
        for (Subject s : subjects) {
            array.addObject().put("agreement", s.agreement()).put("kind", s.kind().name()).put("id", s.id());
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
