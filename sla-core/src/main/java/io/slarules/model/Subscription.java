package io.slarules.model;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Money;

import java.time.LocalDate;

/**
 * A customer's subscription to a service of a service-based agreement: the one set of terms, this
 * customer, this fee, from this date. {@link Agreement#forSubscription(Subscription)} gives the
 * agreement the customer is under.
 *
 * @param id       unique within the agreement; the subscriber's agreement id is the agreement's id,
 *                 a slash, and this
 * @param customer the subscriber, taking the place of the agreement's customer party
 * @param service  the service subscribed to
 * @param fee      the monthly fee the subscriber pays
 * @param start    the first day of the subscription
 */
public record Subscription(String id, Party customer, String service, Money fee, LocalDate start) {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement; the subscriber's agreement id is the agreement's id, a slash, and this
     * @param customer the subscriber, taking the place of the agreement's customer party
     * @param service the service subscribed to
     * @param fee the monthly fee the subscriber pays
     * @param start the first day of the subscription
     */
    public Subscription {
        Checks.id(id, "agreement", "id");
        Checks.present(customer, "agreement", "customer");
        Checks.id(service, "agreement", "service");
        Checks.present(fee, "agreement", "fee");
        if (fee.isNegative()) {
            throw Checks.fail("agreement", "fee", "must not be negative, was " + fee);
        }
        Checks.present(start, "agreement", "start");
        if (customer.role() != PartyRole.CUSTOMER) {
            throw Checks.fail("agreement", "customer", "a subscriber is a customer, not " + customer.role());
        }
    }
}
