package io.slarules;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.Price;
import io.slarules.model.time.DateRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What each party owes the other for an agreement and a period, line by line: the prices due in the period
 * ({@link Agreement#prices()}, by their due dates), then every decision of the evaluation
 * ({@link Evaluation#decisions()}: penalties and credits, each from its debtor to its creditor), and the net per
 * pair of parties and currency. "Price 10,000.00 EUR less a 400.00 EUR deduction: payable by the buyer
 * 9,600.00 EUR."
 *
 * <p>The statement only adds and subtracts amounts already rounded (prices are stated in the currency's minor
 * unit; decisions are rounded once, when the engine issues them), so it never rounds. Provisional decisions
 * ({@link Evaluation#accrued()}) are never booked and are not in it.
 *
 * @param agreementId the agreement
 * @param period      the period: prices due in it, decisions of its evaluation
 * @param lines       the prices due, in the agreement's order, then the decisions, in the evaluation's order
 * @param nets        one per pair of parties and currency that a line names, in the agreement's order of parties
 *                    and then by currency code
 */
public record Statement(String agreementId, DateRange period, List<Line> lines, List<Net> nets) {

    /**
     * Validates the fields.
     *
     * @param agreementId the agreement
     * @param period the period
     * @param lines the prices due, then the decisions
     * @param nets one per pair of parties and currency
     */
    public Statement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(period, "period");
        lines = List.copyOf(lines);
        nets = List.copyOf(nets);
    }

    /**
     * The statement of an agreement for the period an evaluation of it settled.
     *
     * @param agreement  the agreement evaluated; its prices due in the evaluation's period are listed
     * @param evaluation an evaluation of that agreement
     * @return the statement: the prices due, the decisions, the net per pair of parties and currency
     * @throws IllegalArgumentException when the evaluation is of another agreement
     */
    public static Statement of(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        if (!agreement.id().equals(evaluation.agreementId())) {
            throw new IllegalArgumentException("SLA Rules: the evaluation is of agreement " + evaluation.agreementId()
                    + ", not of " + agreement.id());
        }
        DateRange period = evaluation.period();
        List<Line> lines = new ArrayList<>();
        for (Price p : agreement.prices()) {
            if (period.contains(p.due())) {
                lines.add(new Line(Line.Kind.PRICE, p.id(), p.id(), p.payer(), p.payee(), p.amount(),
                        "price " + p.id() + (p.title().isEmpty() ? "" : " (" + p.title() + ")") + ", due " + p.due()));
            }
        }
        for (Decision d : evaluation.decisions()) {
            lines.add(new Line(Line.Kind.DECISION, d.id(), d.clause(), d.debtor(), d.creditor(), d.amount(),
                    d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + d.id() + " under clause "
                            + d.clause() + " for " + d.subject()));
        }
        return new Statement(agreement.id(), period, lines, nets(agreement, lines));
    }

    /** Per pair of parties (in the agreement's order) and currency: what the first owes the second, less the reverse. */
    private static List<Net> nets(Agreement agreement, List<Line> lines) {
        Map<String, Integer> rank = new HashMap<>();
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            rank.put(parties.get(i).id(), i);
        }
        Comparator<String> byRank = Comparator.comparing((String id) -> rank.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        Map<List<String>, Map<String, Money>> owed = new TreeMap<>(
                Comparator.comparing((List<String> pair) -> pair.get(0), byRank).thenComparing(pair -> pair.get(1), byRank));
        for (Line line : lines) {
            boolean inOrder = byRank.compare(line.payer(), line.payee()) < 0;
            List<String> pair = inOrder ? List.of(line.payer(), line.payee()) : List.of(line.payee(), line.payer());
            Money signed = inOrder ? line.amount() : negated(line.amount());
            owed.computeIfAbsent(pair, k -> new TreeMap<>()).merge(signed.currency().getCurrencyCode(), signed, Money::plus);
        }
        List<Net> nets = new ArrayList<>();
        owed.forEach((pair, byCurrency) -> byCurrency.values().forEach(m -> nets.add(m.isNegative()
                ? new Net(pair.get(1), pair.get(0), negated(m)) : new Net(pair.get(0), pair.get(1), m))));
        return nets;
    }

    private static Money negated(Money m) {
        return Money.zero(m.currency()).minus(m);
    }

    /**
     * {@return the net a party pays another in a currency: zero when nothing is owed between them in it}
     *
     * @param payer the party that pays
     * @param payee the party paid
     * @param currency the currency
     */
    public Money net(String payer, String payee, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        for (Net n : nets) {
            if (n.amount().currency().equals(currency)) {
                if (n.payer().equals(payer) && n.payee().equals(payee)) {
                    return n.amount();
                }
                if (n.payer().equals(payee) && n.payee().equals(payer)) {
                    return negated(n.amount());
                }
            }
        }
        return Money.zero(currency);
    }

    /**
     * The statement in words, with the parties' names.
     *
     * @param agreement the agreement, for its parties' names
     * @return one line per price and decision, then one per net, each ending with a line end
     */
    public String explain(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        StringBuilder text = new StringBuilder("Statement of " + agreementId + " for " + period + ":\n");
        for (Line line : lines) {
            text.append("  ").append(line.kind() == Line.Kind.PRICE ? "" : "less ").append(line.text()).append(": ")
                    .append(agreement.partyName(line.payer())).append(" owes ").append(agreement.partyName(line.payee()))
                    .append(' ').append(line.amount().toDisplayString()).append('\n');
        }
        for (Net net : nets) {
            text.append("  net: payable by ").append(agreement.partyName(net.payer())).append(" to ")
                    .append(agreement.partyName(net.payee())).append(' ').append(net.amount().toDisplayString())
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * One line of a statement: a price due or a decision, owed by one party to another.
     *
     * @param kind      a price or a decision
     * @param reference the price's id or the decision's id
     * @param clause    the price's id or the clause the decision rests on
     * @param payer     who owes it (a decision's debtor)
     * @param payee     to whom (a decision's creditor)
     * @param amount    how much, as stated or as decided; never negative
     * @param text      what it is, in words
     */
    public record Line(Kind kind, String reference, String clause, String payer, String payee, Money amount,
                       String text) {
        /**
         * Validates the fields.
         *
         * @param kind a price or a decision
         * @param reference the price's id or the decision's id
         * @param clause the price's id or the clause the decision rests on
         * @param payer who owes it
         * @param payee to whom
         * @param amount how much; never negative
         * @param text what it is, in words
         */
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(payee, "payee");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(text, "text");
        }

        /** What a line is. */
        public enum Kind {
            /** A price of the agreement due in the period. */
            PRICE,
            /** A decision of the period: a penalty or a credit. */
            DECISION
        }
    }

    /**
     * What one party pays another in one currency, all lines between them netted.
     *
     * @param payer  who pays
     * @param payee  who is paid
     * @param amount how much; zero when the lines cancel out
     */
    public record Net(String payer, String payee, Money amount) {
        /**
         * Validates the fields.
         *
         * @param payer who pays
         * @param payee who is paid
         * @param amount how much; never negative
         */
        public Net {
            Objects.requireNonNull(payer, "payer");
            Objects.requireNonNull(payee, "payee");
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("SLA Rules: a net is paid by the party that owes it; " + amount);
            }
        }
    }
}
