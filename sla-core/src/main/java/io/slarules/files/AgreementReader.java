package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.ConcurrentDelay;
import io.slarules.model.AgreementKind;
import io.slarules.model.DateRange;
import io.slarules.model.Obligation;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.PenaltyClause;
import io.slarules.model.ServiceLevels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an agreement from the tree of a file: its own fields, its effective period, its parties;
 * obligations, penalties and the service-level sections have readers of their own.
 */
final class AgreementReader {

    static final Shape AGREEMENT = Shape.of(List.of("id", "zone", "currency", "effective", "parties"),
            List.of("kind", "holidays", "moneyRounding", "obligations", "penalties", "services", "calendars",
                    "maintenance", "objectives", "credits", "caps", "concurrentDelay"));
    static final Shape EFFECTIVE = Shape.of(List.of("from", "to"), List.of());
    static final Shape PARTY = Shape.of(List.of("id", "name", "role"), List.of("engagedBy"));
    static final Shape CONCURRENT_DELAY = Shape.of(List.of("policy"), List.of("ownerSharePercent"));

    static final Map<String, AgreementKind> KINDS = Values.names(List.of(AgreementKind.values()));
    static final Map<String, PartyRole> ROLES = Values.names(List.of(PartyRole.values()));
    /** UNNECESSARY is left out: a decision's amount always needs rounding to the minor unit. */
    static final Map<String, RoundingMode> MONEY_ROUNDINGS = Values.names(Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY).toList());

    private AgreementReader() {
    }

    /**
     * The agreement the tree describes.
     *
     * @throws InvalidInputException listing every problem, each with {@code source} as its source
     */
    static Agreement read(JsonNode root, String source) {
        NodeReader reader = new NodeReader(source);
        Fields f = reader.fields(root, "", AGREEMENT);
        String id = f.required("id", Values::id);
        AgreementKind kind = f.optional("kind", Values.choice(KINDS), AgreementKind.CUSTOMER_BASED);
        ZoneId zone = f.required("zone", Values::zone);
        Currency currency = f.required("currency", Values::currency);
        DateRange effective = f.required("effective", (node, path) -> effective(reader, node, path));
        List<LocalDate> holidays = f.optionalList("holidays", reader.scalar(Values::date));
        RoundingMode moneyRounding = f.optional("moneyRounding", Values.choice(MONEY_ROUNDINGS), RoundingMode.HALF_EVEN);
        List<Party> parties = f.requiredList("parties", (node, path) -> party(reader, node, path));
        List<Obligation> obligations = f.optionalList("obligations",
                (node, path) -> ObligationReader.obligation(reader, node, path));
        List<PenaltyClause> penalties = f.optionalList("penalties",
                (node, path) -> PenaltyReader.penalty(reader, node, path));
        ServiceLevels serviceLevels = ServiceLevelReader.read(reader, f);
        ConcurrentDelay concurrentDelay = f.optional("concurrentDelay",
                (node, path) -> concurrentDelay(reader, node, path));

        // cross-references are checked on complete elements only: with one party unreadable,
        // every reference to it would be reported as unknown, hiding the real problem
        if (reader.hasProblems()) {
            throw reader.failure(id);
        }
        try {
            return new Agreement(id, kind, parties, zone, currency, effective, holidays, moneyRounding,
                    obligations, penalties, serviceLevels, List.of(),
                    concurrentDelay == null ? ConcurrentDelay.excuseOverlap() : concurrentDelay);
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
            throw reader.failure(id);
        }
    }

    private static DateRange effective(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, EFFECTIVE);
        LocalDate from = f.required("from", Values::date);
        LocalDate to = f.required("to", Values::date);
        return reader.build(mark, path, () -> DateRange.of(from, to));
    }

    /** A policy's name alone ({@code concurrentDelay: FIRST_IN_TIME}), or the policy with its parameter. */
    private static ConcurrentDelay concurrentDelay(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        if (node.isObject()) {
            Fields f = reader.fields(node, path, CONCURRENT_DELAY);
            String policy = f.required("policy", Values::text);
            BigDecimal ownerShare = f.optional("ownerSharePercent", Values::decimal);
            return reader.build(mark, "", () -> new ConcurrentDelay(policy, Optional.ofNullable(ownerShare)));
        }
        String policy = reader.scalar(Values::text).read(node, path);
        return reader.build(mark, "", () -> ConcurrentDelay.of(policy));
    }

    private static Party party(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, PARTY);
        String id = f.required("id", Values::id);
        String name = f.required("name", Values::text);
        PartyRole role = f.required("role", Values.choice(ROLES));
        String engagedBy = f.optional("engagedBy", Values::id);
        return reader.build(mark, path, () -> new Party(id, name, role, Optional.ofNullable(engagedBy)));
    }
}
