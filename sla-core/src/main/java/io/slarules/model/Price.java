package io.slarules.model;

import java.time.LocalDate;

/**
 * A price one party pays another under the agreement, due on a date: the freight of a shipment, a fixed
 * fee. A {@link io.slarules.Statement} of a period lists the prices due in it and nets them against the
 * period's decisions.
 *
 * @param id     unique among the agreement's prices; statement lines cite it
 * @param title  for statements; may be empty
 * @param payer  the party that pays it
 * @param payee  the party paid
 * @param amount how much, in the currency's minor unit; not negative
 * @param due    the date it is due, within the agreement's effective dates; a period holding the date lists it
 */
public record Price(String id, String title, String payer, String payee, Money amount, LocalDate due) {

    /**
     * Validates the fields; the checks against the parties and dates are the agreement's.
     *
     * @param id unique among the agreement's prices; statement lines cite it
     * @param title for statements; may be empty
     * @param payer the party that pays it
     * @param payee the party paid
     * @param amount how much, in the currency's minor unit; not negative
     * @param due the date it is due, within the agreement's effective dates
     */
    public Price {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(payer, "agreement", "payer");
        Checks.id(payee, "agreement", "payee");
        Checks.present(amount, "agreement", "amount");
        Checks.present(due, "agreement", "due");
        if (amount.isNegative()) {
            throw Checks.fail("agreement", "amount", "must not be negative, was " + amount);
        }
        if (payer.equals(payee)) {
            throw Checks.fail("agreement", "payee", "payer and payee are the same party " + payer);
        }
    }

    /**
     * The problems of the agreement's prices: unknown parties, a due date outside its dates, an amount finer than the currency allows, ids given twice.
     */
    static java.util.List<io.slarules.Problem> problems(java.util.List<Price> prices, java.util.List<Party> parties,
                                                         DateRange effective) {
        java.util.List<io.slarules.Problem> problems = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        parties.forEach(p -> known.add(p.id()));
        for (int i = 0; i < prices.size(); i++) {
            Price p = prices.get(i);
            String path = "prices[" + i + "]";
            if (!ids.add(p.id())) {
                problems.add(io.slarules.Problem.at("agreement", path + ".id", "two prices share the id " + p.id()));
            }
            if (!known.contains(p.payer())) {
                problems.add(io.slarules.Problem.at("agreement", path + ".payer", "unknown party " + p.payer()));
            }
            if (!known.contains(p.payee())) {
                problems.add(io.slarules.Problem.at("agreement", path + ".payee", "unknown party " + p.payee()));
            }
            InputLimits.moneyProblem(p.amount()).ifPresent(m -> problems.add(io.slarules.Problem.at("agreement",
                    path + ".amount", m)));
            if (effective != null && !effective.contains(p.due())) {
                problems.add(io.slarules.Problem.at("agreement", path + ".due", "the due date " + p.due()
                        + " lies outside the agreement's effective dates " + effective));
            }
        }
        return problems;
    }
}
