package io.slarules.model;

import java.util.Objects;

/**
 * A service the provider runs and the customer pays for, e.g. "Payments API". Service credits are
 * a percentage of its fee.
 *
 * @param id         unique within the agreement; outages, cases and objectives name it
 * @param name       for explanations
 * @param monthlyFee the fee charged for one calendar month of the service
 */
public record Service(String id, String name, Money monthlyFee) {

    /** Validates the fields. */
    public Service {
        Checks.id(id, "agreement", "id");
        name = Objects.requireNonNullElse(name, id);
        Checks.present(monthlyFee, "agreement", "monthlyFee");
        if (monthlyFee.isNegative()) {
            throw Checks.fail("agreement", "monthlyFee", "must not be negative, was " + monthlyFee);
        }
    }
}
