package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Reads a history from the tree of a file, for one agreement: the months charged and credited,
 * and how each window of each objective went. It is the shape {@code EvaluationJson} writes under
 * {@code history}, so one billing run's output feeds the next.
 */
final class HistoryReader {

    static final Shape HISTORY = Shape.of(List.of("agreement"), List.of("months", "windows"));
    static final Shape MONTH = Shape.of(List.of("month", "charged", "credited"), List.of());
    static final Shape WINDOW = Shape.of(List.of("objective", "window", "met"), List.of("credits"));
    static final Shape RANGE = Shape.of(List.of("from", "to"), List.of());
    static final Shape ISSUED_CREDIT = Shape.of(List.of("decisionId", "clause", "debtor", "creditor", "amount"), List.of());

    private final NodeReader reader;
    /** The agreement to check the history against; {@code null} to check its own fields only. */
    private final Agreement agreement;

    private HistoryReader(NodeReader reader, Agreement agreement) {
        this.reader = reader;
        this.agreement = agreement;
    }

    /**
     * The history the tree describes, checked against the agreement: its id, its objectives,
     * clauses, parties and currency.
     *
     * @throws InvalidInputException naming the agreement and listing every problem, each with
     *                               {@code source} as its source
     */
    static History read(JsonNode root, String source, Agreement agreement) {
        NodeReader reader = new NodeReader(source);
        History read = read(reader, root, agreement, agreement.id());
        if (read == null) {
            throw reader.failure(agreement.id());
        }
        return read;
    }

    /**
     * Reads the history the tree describes, recording every problem in {@code reader}, checked
     * against the agreement; with none (one that could not be read), its own fields only, and the
     * agreement it names against {@code agreementId} when that is known.
     *
     * @param agreement   the agreement, valid; {@code null} for none
     * @param agreementId the id of the agreement it is read for; {@code null} when unknown
     * @return the history, or {@code null} when a problem was found
     */
    static History read(NodeReader reader, JsonNode root, Agreement agreement, String agreementId) {
        HistoryReader history = new HistoryReader(reader, agreement);
        Fields f = reader.fields(root, "", HISTORY);
        String named = f.required("agreement", Values::id);
        if (named != null && agreementId != null && !named.equals(agreementId)) {
            reader.problem("agreement", "names agreement \"" + named + "\", but it is read for agreement \""
                    + agreementId + "\"");
            return null;
        }
        List<History.MonthRecord> months = new java.util.ArrayList<>();
        List<JsonNode> monthNodes = f.optionalElements("months");
        for (int i = 0; i < monthNodes.size(); i++) {
            History.MonthRecord month = history.month(monthNodes.get(i), monthPath(f.path("months"), monthNodes.get(i), i));
            if (month != null) {
                months.add(month);
            }
        }
        List<History.WindowRecord> windows = f.optionalList("windows", history::window);
        if (reader.hasProblems()) {
            return null;
        }
        try {
            History read = new History(months, windows);
            if (agreement != null) {
                // its references were checked above; what is left is where its records lie in time
                read.problems(agreement, java.util.Optional.empty()).forEach(p -> reader.problem(p.path(), p.message()));
            }
            return reader.hasProblems() ? null : read;
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
            return null;
        }
    }

    /** {@code months[2026-03]} when the record names a month, {@code months[0]} otherwise. */
    private static String monthPath(String list, JsonNode node, int index) {
        JsonNode month = node.isObject() ? node.get("month") : null;
        if (month != null && month.isTextual()) {
            try {
                return list + "[" + Values.month(month) + "]";
            } catch (Unreadable e) {
                // reported when the record's fields are read
            }
        }
        return NodeReader.index(list, index);
    }

    private History.MonthRecord month(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, MONTH);
        YearMonth month = f.required("month", Values::month);
        Money charged = money(f, "charged");
        Money credited = money(f, "credited");
        return reader.build(mark, path, () -> new History.MonthRecord(month, charged, credited));
    }

    private History.WindowRecord window(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, WINDOW);
        String objective = f.required("objective", Values::id);
        if (objective != null && agreement != null && agreement.serviceLevels().objective(objective).isEmpty()) {
            reader.problem(f.path("objective"), "unknown objective " + objective);
        }
        DateRange window = f.required("window", this::range);
        Boolean met = f.required("met", Values::bool);
        List<History.IssuedCredit> credits = f.optionalList("credits", this::credit);
        return reader.build(mark, path, () -> new History.WindowRecord(objective, window, met, credits));
    }

    private DateRange range(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, RANGE);
        LocalDate from = f.required("from", Values::date);
        LocalDate to = f.required("to", Values::date);
        return reader.build(mark, path, () -> DateRange.of(from, to));
    }

    private History.IssuedCredit credit(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, ISSUED_CREDIT);
        String decisionId = f.required("decisionId", Values::id);
        String clause = f.required("clause", Values::id);
        if (clause != null && agreement != null
                && agreement.serviceLevels().credits().stream().noneMatch(c -> c.id().equals(clause))) {
            reader.problem(f.path("clause"), "unknown service-credit clause " + clause);
        }
        String debtor = party(f, "debtor");
        String creditor = party(f, "creditor");
        Money amount = money(f, "amount");
        return reader.build(mark, path, () -> new History.IssuedCredit(decisionId, clause, debtor, creditor, amount));
    }

    private String party(Fields f, String field) {
        String id = f.required(field, Values::id);
        if (id != null && agreement != null && agreement.party(id).isEmpty()) {
            reader.problem(f.path(field), "unknown party " + id);
        }
        return id;
    }

    /** Money in the agreement's currency: a history in another would be summed with the wrong fees. */
    private Money money(Fields f, String field) {
        Money money = f.required(field, Values::money);
        if (money != null && agreement != null && !money.currency().equals(agreement.currency())) {
            reader.problem(f.path(field), "is in " + money.currency() + ", the agreement is in " + agreement.currency());
        }
        return money;
    }
}
