package io.slarules.model;

import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.obligations.Price;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.ExchangeRate;
import io.slarules.model.timeline.ForceMajeure;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-field checks of an agreement; every problem is collected, none stops the others. They run
 * over a draft: an agreement being built, or one as far as its file could be read, where a reference
 * to an element that could not be read is not unknown.
 */
final class AgreementChecks {

    private static final String SOURCE = "agreement";

    private AgreementChecks() {
    }

    /**
     * The problems of the draft.
     *
     * @param absentIsProblem whether a field that is {@code null} is missing (an agreement being
     *                        built) rather than unread (a draft, whose reader reported it)
     */
    static List<Problem> problems(AgreementDraft draft, boolean absentIsProblem) {
        AgreementKind kind = draft.kind();
        List<Party> parties = draft.parties();
        Currency currency = draft.currency();
        DateRange effective = draft.effective();
        RoundingMode moneyRounding = draft.moneyRounding();
        List<Obligation> obligations = draft.obligations();
        List<PenaltyClause> penalties = draft.penalties();
        AgreementDraft.Unread unread = draft.unread();
        List<Problem> problems = new ArrayList<>();
        if (absentIsProblem) {
            require(kind, "kind", problems);
            require(draft.zone(), "zone", problems);
            require(currency, "currency", problems);
            require(effective, "effective", problems);
        }
        if (effective != null && effective.startInclusive().equals(effective.endExclusive())) {
            // half-open: from 2026-03-01 to 2026-03-01 is in effect for no day at all
            problems.add(Problem.at(SOURCE, "effective", "is empty, " + effective + ": the end is exclusive, so an"
                    + " agreement in effect for one day ends the day after it"));
        }
        if (absentIsProblem) {
            require(moneyRounding, "moneyRounding", problems);
        }
        if (moneyRounding == RoundingMode.UNNECESSARY) {
            problems.add(Problem.at(SOURCE, "moneyRounding", "must name a rounding mode, not UNNECESSARY"));
        }

        Set<String> partyIds = new HashSet<>();
        if (parties.size() < 2 && unread.parties().isEmpty()) {
            problems.add(Problem.at(SOURCE, "parties", "an agreement needs at least two parties, has " + parties.size()));
        }
        for (int i = 0; i < parties.size(); i++) {
            if (!partyIds.add(parties.get(i).id())) {
                problems.add(Problem.at(SOURCE, "parties[" + i + "].id", "duplicate party id " + parties.get(i).id()));
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String path = "parties[" + i + "].engagedBy";
            party.engagedBy().ifPresent(by -> {
                Optional<Party> engaging = parties.stream().filter(p -> p.id().equals(by)).findFirst();
                if (by.equals(party.id())) {
                    problems.add(Problem.at(SOURCE, path, party.id() + " cannot engage itself"));
                } else if (engaging.isEmpty() && unread.parties().mayBe(by)) {
                    // the party exists, only it could not be read: its role is unknown
                } else if (engaging.isEmpty()) {
                    problems.add(Problem.at(SOURCE, path, "unknown party " + by));
                } else if (engaging.get().role() == PartyRole.SUBCONTRACTOR) {
                    // one level only: the party that answers for a subcontractor must be able to pay itself
                    problems.add(Problem.at(SOURCE, path, "names " + by
                            + ", a subcontractor itself; name the party that answers for both"));
                }
            });
        }

        Map<String, Obligation> byId = new LinkedHashMap<>();
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            String at = "obligations[" + i + "]";
            if (byId.putIfAbsent(o.id(), o) != null) {
                problems.add(Problem.at(SOURCE, at + ".id", "duplicate obligation id " + o.id()));
            }
            party(o.owner(), at + ".owner", partyIds, unread, problems);
            party(o.beneficiary(), at + ".beneficiary", partyIds, unread, problems);
        }
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            String at = "obligations[" + i + "]";
            Set<String> seen = new HashSet<>();
            for (int d = 0; d < o.dependsOn().size(); d++) {
                String dep = o.dependsOn().get(d);
                String path = at + ".dependsOn[" + d + "]";
                if (dep.equals(o.id())) {
                    problems.add(Problem.at(SOURCE, path, o.id() + " depends on itself"));
                } else if (!byId.containsKey(dep)) {
                    obligation(dep, path, unread, problems);
                } else if (!seen.add(dep)) {
                    problems.add(Problem.at(SOURCE, path, "duplicate dependency " + dep));
                }
            }
            Optional<String> anchor = o.dueAnchor();
            if (anchor.isPresent()) {
                if (anchor.get().equals(o.id())) {
                    problems.add(Problem.at(SOURCE, at + ".due.after", o.id() + " is due after itself"));
                } else if (!byId.containsKey(anchor.get())) {
                    obligation(anchor.get(), at + ".due.after", unread, problems);
                }
            }
        }
        cycles(obligations, byId).forEach(cycle -> problems.add(Problem.at(SOURCE, "obligations",
                "dependency cycle (each depends on the next): " + String.join(" -> ", cycle))));

        Set<String> clauseIds = new HashSet<>();
        for (int i = 0; i < penalties.size(); i++) {
            PenaltyClause clause = penalties.get(i);
            String at = "penalties[" + i + "]";
            if (!clauseIds.add(clause.id())) {
                problems.add(Problem.at(SOURCE, at + ".id", "duplicate clause id " + clause.id()));
            }
            party(clause.debtor(), at + ".debtor", partyIds, unread, problems);
            party(clause.creditor(), at + ".creditor", partyIds, unread, problems);
            if (clause.debtor().equals(clause.creditor())) {
                problems.add(Problem.at(SOURCE, at + ".creditor", "a party cannot owe itself: " + clause.creditor()));
            }
            if (clause instanceof LiquidatedDamages ld) {
                for (int k = 0; k < ld.shares().size(); k++) {
                    party(ld.shares().get(k).party(), at + ".shares[" + k + "].party", partyIds, unread, problems);
                }
                for (int k = 0; k < ld.obligations().size(); k++) {
                    if (!byId.containsKey(ld.obligations().get(k))) {
                        obligation(ld.obligations().get(k), at + ".obligations[" + k + "]", unread, problems);
                    }
                }
                if (currency != null) {
                    ld.value().ifPresent(v -> currency(v, currency, at + ".value", problems));
                    if (ld.rate() instanceof Amount.Fixed fixed) {
                        currency(fixed.money(), currency, at + ".rate.amount", problems);
                    }
                    if (ld.cap().orElse(null) instanceof Amount.Fixed fixed) {
                        currency(fixed.money(), currency, at + ".cap.amount", problems);
                    }
                    paymentCurrency(ld, currency, at, problems);
                }
            }
        }
        ServiceLevelChecks.check(draft.serviceLevels(), partyIds, currency, clauseIds, unread, problems);
        if (kind == AgreementKind.SERVICE_BASED) {
            if (!obligations.isEmpty()) {
                problems.add(Problem.at(SOURCE, "obligations", "a service-based agreement holds service levels"
                        + " for every subscriber; obligations belong in a customer-based agreement"));
            }
            if (unread.parties().isEmpty() && parties.stream().filter(p -> p.role() == PartyRole.CUSTOMER).count() != 1) {
                problems.add(Problem.at(SOURCE, "parties", "a service-based agreement names exactly one customer"
                        + " party, whom each subscriber takes the place of"));
            }
        }
        amendments(draft.amendments(), parties, currency, effective, penalties, unread, problems);
        return problems;
    }

    /**
     * The problems of the agreement's prices: unknown parties, a due date outside its dates, an amount finer than the
     * currency allows, ids given twice.
     */
    static List<Problem> prices(List<Price> prices, List<Party> parties, DateRange effective) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> known = new HashSet<>();
        parties.forEach(p -> known.add(p.id()));
        for (int i = 0; i < prices.size(); i++) {
            Price p = prices.get(i);
            String path = "prices[" + i + "]";
            if (!ids.add(p.id())) {
                problems.add(Problem.at("agreement", path + ".id", "two prices share the id " + p.id()));
            }
            if (!known.contains(p.payer())) {
                problems.add(Problem.at("agreement", path + ".payer", "unknown party " + p.payer()));
            }
            if (!known.contains(p.payee())) {
                problems.add(Problem.at("agreement", path + ".payee", "unknown party " + p.payee()));
            }
            InputLimits.moneyProblem(p.amount()).ifPresent(m -> problems.add(Problem.at("agreement",
                    path + ".amount", m)));
            if (effective != null && !effective.contains(p.due())) {
                problems.add(Problem.at("agreement", path + ".due", "the due date " + p.due()
                        + " lies outside the agreement's effective dates " + effective));
            }
        }
        return problems;
    }

    /** The clauses' problems within an agreement: unknown parties, clause ids used twice. */
    static List<Problem> forceMajeureTerminations(List<ForceMajeure.Termination> clauses, List<Party> parties,
                                                  List<PenaltyClause> penalties) {
        List<Problem> problems = new ArrayList<>();
        Set<String> partyIds = new HashSet<>();
        parties.forEach(p -> partyIds.add(p.id()));
        Set<String> ids = new HashSet<>();
        penalties.forEach(c -> ids.add(c.id()));
        for (int i = 0; i < clauses.size(); i++) {
            ForceMajeure.Termination clause = clauses.get(i);
            if (!ids.add(clause.id())) {
                problems.add(Problem.at("agreement", "forceMajeure[" + i + "].id", "duplicate clause id "
                        + clause.id()));
            }
            for (int k = 0; k < clause.mayTerminate().size(); k++) {
                if (!partyIds.contains(clause.mayTerminate().get(k))) {
                    problems.add(Problem.at("agreement", "forceMajeure[" + i + "].mayTerminate[" + k + "]",
                            "unknown party " + clause.mayTerminate().get(k)));
                }
            }
        }
        return problems;
    }

    /** A clause paid in another currency: not the agreement's own, its rates from the agreement's into it. */
    private static void paymentCurrency(LiquidatedDamages ld, Currency currency, String at, List<Problem> problems) {
        if (ld.payIn().isPresent() && ld.payIn().get().equals(currency)) {
            problems.add(Problem.at(SOURCE, at + ".payIn", "is the agreement's own currency " + currency
                    + "; leave payIn out"));
        }
        for (int k = 0; k < ld.exchangeRates().size(); k++) {
            ExchangeRate rate = ld.exchangeRates().get(k);
            if (!rate.from().equals(currency) || !ld.payIn().map(rate.to()::equals).orElse(false)) {
                problems.add(Problem.at(SOURCE, at + ".exchangeRates[" + k + "]", "converts " + rate.from() + " into "
                        + rate.to() + ", but the clause prices in " + currency + " and pays in "
                        + ld.payIn().map(Currency::toString).orElse(currency.toString())));
            }
        }
    }

    /** Amendments: dates inside the agreement and distinct, each one's terms checked like the agreement's own. */
    private static void amendments(List<Amendment> amendments, List<Party> parties, Currency currency,
                                   DateRange effective, List<PenaltyClause> penalties, AgreementDraft.Unread unread,
                                   List<Problem> problems) {
        // an amendment is read whole or not at all: only the agreement's parties may be unread
        AgreementDraft.Unread partiesUnread = new AgreementDraft.Unread(unread.parties(), AgreementDraft.UnreadIds.NONE,
                AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE);
        Set<String> partyIds = new HashSet<>();
        parties.forEach(p -> partyIds.add(p.id()));
        Set<String> clauseIds = new HashSet<>();
        penalties.forEach(c -> clauseIds.add(c.id()));
        Set<String> ids = new HashSet<>();
        Map<java.time.LocalDate, String> byDate = new HashMap<>();
        for (int i = 0; i < amendments.size(); i++) {
            Amendment a = amendments.get(i);
            String at = "amendments[" + a.id() + "]";
            if (!ids.add(a.id())) {
                problems.add(Problem.at(SOURCE, at + ".id", "duplicate amendment id " + a.id()));
            }
            String same = byDate.putIfAbsent(a.effectiveFrom(), a.id());
            if (same != null) {
                problems.add(Problem.at(SOURCE, at + ".effectiveFrom", "amendments " + same + " and " + a.id()
                        + " both take effect on " + a.effectiveFrom()));
            }
            if (effective != null && (!a.effectiveFrom().isAfter(effective.startInclusive())
                    || !a.effectiveFrom().isBefore(effective.endExclusive()))) {
                problems.add(Problem.at(SOURCE, at + ".effectiveFrom", a.effectiveFrom()
                        + " lies outside the agreement's effective dates after their start " + effective));
            }
            List<Problem> own = new ArrayList<>();
            ServiceLevelChecks.check(a.serviceLevels(), partyIds, currency, clauseIds, partiesUnread, own);
            own.forEach(p -> problems.add(Problem.at(p.source(), at + "." + p.path(), p.message())));
        }
    }

    private static void require(Object value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.at(SOURCE, field, "is required"));
        }
    }

    private static void party(String partyId, String path, Set<String> partyIds, AgreementDraft.Unread unread,
                              List<Problem> problems) {
        if (!partyIds.contains(partyId) && !unread.parties().mayBe(partyId)) {
            problems.add(Problem.at(SOURCE, path, "unknown party " + partyId));
        }
    }

    /** An obligation that is not among those read: unknown, unless it may be one that could not be read. */
    private static void obligation(String obligationId, String path, AgreementDraft.Unread unread,
                                   List<Problem> problems) {
        if (!unread.obligations().mayBe(obligationId)) {
            problems.add(Problem.at(SOURCE, path, "unknown obligation " + obligationId));
        }
    }

    /** Money a clause states: in the agreement's currency, within the bounds of numbers. */
    private static void currency(Money money, Currency expected, String path, List<Problem> problems) {
        if (!money.currency().equals(expected)) {
            problems.add(Problem.at(SOURCE, path, "currency " + money.currency()
                    + " does not match the agreement's currency " + expected));
        }
        // the minor unit is a rule of files (Values.money); a model built in code is only bounded, as
        // the test kit's generators build amounts finer than a cent
        InputLimits.numberProblem(money.amount()).ifPresent(problem -> problems.add(Problem.at(SOURCE, path, problem)));
    }

    /**
     * Every elementary cycle found by a depth-first walk in declaration order, each written from its
     * first obligation in that order back to itself. Edges are dependencies and relative due dates.
     */
    private static List<List<String>> cycles(List<Obligation> obligations, Map<String, Obligation> byId) {
        List<List<String>> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the walk's path, 2 done
        for (Obligation o : obligations) {
            walk(o.id(), byId, state, new ArrayList<>(), found);
        }
        return found;
    }

    private static void walk(String id, Map<String, Obligation> byId, Map<String, Integer> state,
                             List<String> path, List<List<String>> found) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            found.add(cycle);
            return;
        }
        Obligation o = byId.get(id);
        if (o == null) {
            return;
        }
        state.put(id, 1);
        path.add(id);
        for (String next : edges(o)) {
            if (!next.equals(id)) {
                walk(next, byId, state, path, found);
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }

    private static List<String> edges(Obligation o) {
        List<String> edges = new ArrayList<>(o.dependsOn());
        o.dueAnchor().filter(a -> !edges.contains(a)).ifPresent(edges::add);
        return edges;
    }
}
