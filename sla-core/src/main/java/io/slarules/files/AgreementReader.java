package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.AgreementKind;
import io.slarules.model.AgreementLevel;
import io.slarules.model.Amendment;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.WatchTerms;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.obligations.Price;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.ForceMajeure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an agreement from the tree of a file: its own fields, its effective period, its parties, its
 * amendments; obligations, penalties, the service-level sections and a multi-level agreement's
 * levels have readers of their own.
 */
final class AgreementReader {

    static final Shape AGREEMENT = Shape.of(List.of("id", "zone", "currency", "effective", "parties"),
            List.of("kind", "holidays", "moneyRounding", "obligations", "penalties", "services", "calendars",
                    "maintenance", "objectives", "credits", "caps", "subscriptions", "amendments", "levels",
                    "billingCycle",
                    "concurrentDelay", "forceMajeure", "prices", "watch"));
    static final Shape AMENDMENT = Shape.of(List.of("id", "effectiveFrom"),
            List.of("services", "calendars", "maintenance", "objectives", "credits", "caps"));
    /** The fields a multi-level agreement states in its levels instead. */
    private static final List<String> LEVELLED_ELSEWHERE = List.of("services", "calendars", "maintenance", "objectives",
            "credits", "caps", "subscriptions", "amendments");
    static final Shape EFFECTIVE = Shape.of(List.of("from", "to"), List.of());
    static final Shape PARTY = Shape.of(List.of("id", "name", "role"), List.of("engagedBy"));
    static final Shape CONCURRENT_DELAY = Shape.of(List.of("policy"), List.of("ownerSharePercent"));
    static final Shape WATCH = Shape.of(List.of(), List.of("caseShares", "allowanceShare", "dueWithinBusinessDays"));

    static final Map<String, AgreementKind> KINDS = Values.names(List.of(AgreementKind.values()));
    static final Map<String, PartyRole> ROLES = Values.names(List.of(PartyRole.values()));
    /** UNNECESSARY is left out: a decision's amount always needs rounding to the minor unit. */
    static final Map<String, RoundingMode> MONEY_ROUNDINGS = Values.names(Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY).toList());

    private AgreementReader() {
    }

    /** The fields every agreement file has, read. */
    private record Head(String id, AgreementKind kind, ZoneId zone, Currency currency, DateRange effective,
                        List<LocalDate> holidays, RoundingMode moneyRounding, List<Party> parties,
                        List<Obligation> obligations, List<PenaltyClause> penalties, ConcurrentDelay concurrentDelay,
                        WatchTerms watchTerms) {
    }

    private static Head head(NodeReader reader, Fields f) {
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
        ConcurrentDelay concurrentDelay = f.optional("concurrentDelay",
                (node, path) -> concurrentDelay(reader, node, path));
        WatchTerms watchTerms = f.optional("watch", (node, path) -> watchTerms(reader, node, path));
        return new Head(id, kind, zone, currency, effective, holidays, moneyRounding, parties, obligations, penalties,
                concurrentDelay == null ? ConcurrentDelay.excuseOverlap() : concurrentDelay,
                watchTerms == null ? WatchTerms.defaults() : watchTerms);
    }

    /**
     * The agreement the tree describes.
     *
     * @throws InvalidInputException listing every problem, each with {@code source} as its source
     */
    static Agreement read(JsonNode root, String source) {
        NodeReader reader = new NodeReader(source);
        Read read = read(reader, root);
        if (read.agreement() == null) {
            throw reader.failure(read.draft().id());
        }
        return read.agreement();
    }

    /**
     * An agreement file as far as it could be read.
     *
     * @param draft     what could be read, and what was there but could not
     * @param agreement the agreement when nothing was wrong; {@code null} otherwise
     */
    record Read(AgreementDraft draft, Agreement agreement) {
    }

    /**
     * Reads the agreement the tree describes, recording every problem in {@code reader}: those of
     * its fields and elements, and those the agreement's checks find over what could be read. An
     * element with problems is left out of those checks, and a reference to it is not unknown: it
     * is there, only broken.
     */
    static Read read(NodeReader reader, JsonNode root) {
        Fields f = reader.fields(root, "", AGREEMENT);
        Head h = head(reader, f);
        if (h.kind() == AgreementKind.MULTI_LEVEL) {
            reader.problem("kind", "a MULTI_LEVEL agreement states its terms in levels and is evaluated at one of"
                    + " them: read it with Agreements.readLevelled (on the command line: --level ID)");
        } else if (f.has("levels")) {
            reader.problem("levels", "only a MULTI_LEVEL agreement has levels; this one is " + h.kind());
        }
        if (h.kind() != null && h.kind() != AgreementKind.SERVICE_BASED && f.has("subscriptions")) {
            reader.problem("subscriptions", "only a SERVICE_BASED agreement has subscriptions; this one is " + h.kind());
        }
        ServiceLevels serviceLevels = ServiceLevelReader.read(reader, f);
        List<Amendment> amendments = amendments(reader, f);
        List<ForceMajeure.Termination> forceMajeure = forceMajeureClauses(reader, f);
        List<Price> prices = prices(reader, f);
        AgreementDraft draft = new AgreementDraft(h.id(), h.kind(), h.zone(), h.currency(), h.effective(),
                h.holidays(), h.moneyRounding(), h.parties(), h.obligations(), h.penalties(), serviceLevels, amendments,
                h.concurrentDelay(), new AgreementDraft.Unread(reader.unread("parties"), reader.unread("obligations"),
                reader.unread("services"), reader.unread("calendars"), reader.unread("objectives")));
        if (!f.isObject()) {
            // nothing was read: every check would only repeat that
            return new Read(draft, null);
        }
        reader.check(draft.problems());
        if (reader.hasProblems()) {
            return new Read(draft, null);
        }
        try {
            return new Read(draft, new Agreement(h.id(), h.kind(), h.parties(), h.zone(), h.currency(), h.effective(),
                    h.holidays(), h.moneyRounding(), h.obligations(), h.penalties(), serviceLevels, amendments,
                    h.concurrentDelay()).withForceMajeureClauses(forceMajeure).withPrices(prices)
                    .withWatchTerms(h.watchTerms()));
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
            return new Read(draft, null);
        }
    }

    /**
     * The multi-level agreement the tree describes: the agreement's own fields once, its terms in
     * {@code levels}.
     *
     * @throws InvalidInputException listing every problem, each with {@code source} as its source
     */
    static LevelledAgreement readLevelled(JsonNode root, String source) {
        NodeReader reader = new NodeReader(source);
        Fields f = reader.fields(root, "", AGREEMENT);
        Head h = head(reader, f);
        if (h.kind() != null && h.kind() != AgreementKind.MULTI_LEVEL) {
            reader.problem("kind", "is " + h.kind() + ": only a MULTI_LEVEL agreement has levels");
        }
        for (String section : LEVELLED_ELSEWHERE) {
            if (f.has(section)) {
                reader.problem(section, "a multi-level agreement states its terms in its levels, not at the top");
            }
        }
        if (f.has("billingCycle")) {
            reader.problem("billingCycle", "a multi-level agreement's levels are settled by calendar months; a billing"
                    + " cycle of its own is not supported yet");
        }
        if (f.isObject() && !f.has("levels")) {
            reader.problem("levels", "is required: a multi-level agreement states its terms in levels");
        }
        List<AgreementLevel> levels = LevelReader.levels(reader, f);
        if (reader.hasProblems()) {
            throw reader.failure(h.id());
        }
        try {
            Agreement base = new Agreement(h.id(), AgreementKind.MULTI_LEVEL, h.parties(), h.zone(), h.currency(),
                    h.effective(), h.holidays(), h.moneyRounding(), h.obligations(), h.penalties(), ServiceLevels.NONE,
                    List.of(), h.concurrentDelay());
            return new LevelledAgreement(base.withForceMajeureClauses(forceMajeureClauses(reader, f))
                    .withPrices(prices(reader, f)).withWatchTerms(h.watchTerms()), levels);
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
            throw reader.failure(h.id());
        }
    }

    static final Shape FORCE_MAJEURE = Shape.of(List.of("id", "terminationAfterDays"), List.of("title", "mayTerminate"));

    /**
     * {@code forceMajeure: [{id, title, terminationAfterDays, mayTerminate}]}: who may terminate when one event
     * lasts longer; {@code mayTerminate} left out is every party ("either party").
     */
    private static List<ForceMajeure.Termination> forceMajeureClauses(NodeReader reader, Fields f) {
        return f.optionalList("forceMajeure", (node, path) -> {
            int mark = reader.mark();
            Fields clause = reader.fields(node, path, FORCE_MAJEURE);
            String id = clause.required("id", Values::id);
            String title = clause.optional("title", Values::text, "");
            Long after = clause.required("terminationAfterDays", Values::longValue);
            List<String> parties = clause.optionalList("mayTerminate", reader.scalar(Values::id));
            if (after != null && after < 0) {
                reader.problem(path + ".terminationAfterDays", "must not be negative, was " + after);
            }
            return reader.build(mark, path, () -> new ForceMajeure.Termination(id, title, after, parties));
        });
    }

    static final Shape PRICE = Shape.of(List.of("id", "payer", "payee", "amount", "due"), List.of("title"));

    /**
     * {@code prices: [{id, title, payer, payee, amount, due}]}: what one party pays another on a date; a statement
     * of the period holding the date nets it against the period's decisions.
     */
    private static List<Price> prices(NodeReader reader, Fields f) {
        return f.optionalList("prices", (node, path) -> {
            int mark = reader.mark();
            Fields price = reader.fields(node, path, PRICE);
            String id = price.required("id", Values::id);
            String title = price.optional("title", Values::text, "");
            String payer = price.required("payer", Values::id);
            String payee = price.required("payee", Values::id);
            Money amount = price.required("amount", Values::money);
            LocalDate due = price.required("due", Values::date);
            if (amount != null && amount.isNegative()) {
                reader.problem(price.path("amount"), "must not be negative, was " + amount);
            }
            return reader.build(mark, path, () -> new Price(id, title, payer, payee, amount, due));
        });
    }

    /** {@code amendments: [{id, effectiveFrom, + the service-level sections, complete}]}, each placed at its id. */
    private static List<Amendment> amendments(NodeReader reader, Fields f) {
        List<JsonNode> elements = f.optionalElements("amendments");
        List<Amendment> amendments = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = NodeReader.idPath(f.path("amendments"), elements.get(i), i);
            int mark = reader.mark();
            Fields a = reader.fields(elements.get(i), path, AMENDMENT);
            String id = a.required("id", Values::id);
            LocalDate from = a.required("effectiveFrom", Values::date);
            if (a.isObject() && !ServiceLevelReader.any(a)) {
                reader.problem(path, "states no terms: an amendment states the complete service-level terms in"
                        + " force from its date (" + String.join(", ", ServiceLevelReader.SECTIONS) + ")");
            }
            ServiceLevels terms = ServiceLevelReader.sections(reader, a, path,
                    (node, at) -> ObjectiveReader.objective(reader, node, at),
                    (node, at) -> CreditReader.credit(reader, node, at), List.of());
            Amendment amendment = reader.build(mark, path, () -> new Amendment(id, from, terms));
            if (amendment != null) {
                amendments.add(amendment);
            }
        }
        return amendments;
    }

    private static DateRange effective(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, EFFECTIVE);
        LocalDate from = f.required("from", Values::date);
        LocalDate to = f.required("to", Values::date);
        return reader.build(mark, path, () -> DateRange.of(from, to));
    }

    /**
     * {@code watch: {caseShares: [50, 75], allowanceShare: 75, dueWithinBusinessDays: 2}}: the thresholds a monitor
     * warns at, percentages as exact decimals; a field left out keeps its default. Every problem is placed at its
     * path ({@code watch.caseShares[1]}).
     */
    private static WatchTerms watchTerms(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, WATCH);
        WatchTerms defaults = WatchTerms.defaults();
        List<BigDecimal> caseShares = f.has("caseShares")
                ? f.optionalList("caseShares", reader.scalar(Values::decimal)) : defaults.caseShares();
        BigDecimal allowanceShare = f.optional("allowanceShare", Values::decimal, defaults.allowanceShare());
        Integer days = f.optional("dueWithinBusinessDays", Values::intValue, defaults.dueWithinBusinessDays());
        return reader.build(mark, path, () -> new WatchTerms(caseShares, allowanceShare, days));
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
