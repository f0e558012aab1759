package io.slarules.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A liquidated-damages clause: prices the delay attributed to {@link #debtor()} on the listed
 * obligations at a rate per unit of delay, optionally capped, optionally giving the creditor a
 * termination right once the attributed delay exceeds a threshold.
 *
 * <p>The same clause prices the customer's attributed delay (a standby fee) when the customer is
 * the debtor.
 *
 * @param id                  the clause reference
 * @param title               for explanations; may be empty
 * @param debtor              the party whose attributed delay is priced, and who pays
 * @param creditor            the party that is paid
 * @param obligations         the obligations whose delay the clause prices; at least one
 * @param value               the stated value percentages refer to (the contract value)
 * @param rate                the price of one unit of delay
 * @param unit                the unit delay is counted in
 * @param rounding            how a part of a unit counts
 * @param cap                 the most the clause can cost the debtor over the agreement's life
 * @param terminationAfter    the creditor may terminate once the attributed delay, in units,
 *                            is strictly greater than this
 * @param shares              when several parties are compensated: their shares, adding up to
 *                            100 %; each part rounded down to the minor unit, the cents left over
 *                            to {@code creditor}. Empty: all to {@code creditor}
 */
public record LiquidatedDamages(String id, String title, String debtor, String creditor,
                                List<String> obligations, Optional<Money> value, Amount rate,
                                DelayUnit unit, DelayRounding rounding, Optional<Amount> cap,
                                OptionalLong terminationAfter, List<CreditShare> shares) implements PenaltyClause {

    /** Validates each field; cross-references and currencies are checked by {@link Agreement}. */
    public LiquidatedDamages {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(debtor, "agreement", "debtor");
        Checks.id(creditor, "agreement", "creditor");
        obligations = Checks.list(obligations, "agreement", "obligations");
        if (obligations.isEmpty()) {
            throw Checks.fail("agreement", "obligations", "must name at least one obligation");
        }
        value = Checks.present(value, "agreement", "value");
        value.ifPresent(v -> {
            if (v.isNegative()) {
                throw Checks.fail("agreement", "value", "must not be negative, was " + v);
            }
        });
        Checks.present(rate, "agreement", "rate");
        Checks.present(unit, "agreement", "rate.per");
        Checks.present(rounding, "agreement", "rounding");
        cap = Checks.present(cap, "agreement", "cap");
        Checks.present(terminationAfter, "agreement", "terminationAfter");
        if (terminationAfter.isPresent() && terminationAfter.getAsLong() < 0) {
            throw Checks.fail("agreement", "terminationAfter",
                    "must not be negative, was " + terminationAfter.getAsLong());
        }
        shares = CreditShare.checked(shares);
        if (value.isEmpty() && rate instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the rate is a percentage of the value");
        }
        if (value.isEmpty() && cap.orElse(null) instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the cap is a percentage of the value");
        }
    }

    /** A clause that compensates its creditor alone. */
    public LiquidatedDamages(String id, String title, String debtor, String creditor, List<String> obligations,
                             Optional<Money> value, Amount rate, DelayUnit unit, DelayRounding rounding,
                             Optional<Amount> cap, OptionalLong terminationAfter) {
        this(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap, terminationAfter, List.of());
    }

    /** The same clause compensating several parties by shares. */
    public LiquidatedDamages withShares(List<CreditShare> shares) {
        return new LiquidatedDamages(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap,
                terminationAfter, shares);
    }

    /** Whether the clause has a cap. */
    public boolean hasCap() {
        return cap.isPresent();
    }

    /** The price of one unit of delay, exact. */
    public Money ratePerUnit() {
        return rate.resolve(value);
    }

    /** The cap as money, exact, if the clause has one. */
    public Optional<Money> capAmount() {
        return cap.map(c -> c.resolve(value));
    }

    /** Whether {@code units} of attributed delay give the creditor a termination right. */
    public boolean givesTerminationRight(long units) {
        return terminationAfter.isPresent() && units > terminationAfter.getAsLong();
    }
}
