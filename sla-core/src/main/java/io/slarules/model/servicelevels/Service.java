package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;

import java.util.Objects;

/**
 * A service the provider runs and the customer pays for, e.g. "Payments API". Service credits are
 * a percentage of its fee.
 *
 * @param id         unique within the agreement; outages, cases and objectives name it
 * @param name       for explanations
 * @param monthlyFee the fee charged for one calendar month of the service
 * @param cap        at most this much in credits for the service in one month: a percentage of its
 *                   fee, or an amount; empty: only the clause and agreement caps apply
 */
public record Service(String id, String name, Money monthlyFee, java.util.Optional<Amount> cap) {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement; outages, cases and objectives name it
     * @param name for explanations
     * @param monthlyFee the fee charged for one calendar month of the service
     * @param cap at most this much in credits for the service in one month: a percentage of its fee, or an amount;
     *            empty: only the clause and agreement caps apply
     */
    public Service {
        Checks.id(id, "agreement", "id");
        name = Checks.name(Objects.requireNonNullElse(name, id), "agreement", "name");
        Checks.present(monthlyFee, "agreement", "monthlyFee");
        if (monthlyFee.isNegative()) {
            throw Checks.fail("agreement", "monthlyFee", "must not be negative, was " + monthlyFee);
        }
        cap = Objects.requireNonNullElse(cap, java.util.Optional.empty());
        cap.ifPresent(a -> {
            if (a instanceof Amount.PercentOfValue p) {
                Checks.percent(p.percent(), "agreement", "cap");
            }
        });
    }

    /**
     * A service without a cap of its own.
     *
     * @param id unique within the agreement; outages, cases and objectives name it
     * @param name for explanations
     * @param monthlyFee the fee charged for one calendar month of the service
     */
    public Service(String id, String name, Money monthlyFee) {
        this(id, name, monthlyFee, java.util.Optional.empty());
    }

    /**
     * The same service at another fee, e.g. a subscription's.
     *
     * @param fee the monthly fee
     * @return a service equal to this one but for the fee
     */
    public Service withFee(Money fee) {
        return new Service(id, name, fee, cap);
    }
}
