package io.slarules.model.obligations;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Money;

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

}
