package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The target of a {@link TimeToObjective} for one priority: each case within a business time
 * ({@code P1 resolved within 8 business hours}) or a share of the cases within it
 * ({@code 95 % of P1 cases within 4 business hours}).
 *
 * @param priority the priority of the cases it applies to, e.g. {@code P1}
 * @param within   the business time a case may take
 * @param share    empty: every case must make it; present: the percentage of cases that must
 */
public record CaseTarget(String priority, Duration within, Optional<BigDecimal> share) {

    /**
     * Validates the fields.
     *
     * @param priority the priority of the cases it applies to, e.g. {@code P1}
     * @param within the business time a case may take
     * @param share empty: every case must make it; present: the percentage of cases that must
     */
    public CaseTarget {
        Checks.id(priority, "agreement", "priority");
        Checks.present(within, "agreement", "within");
        if (within.isNegative() || within.isZero()) {
            throw Checks.fail("agreement", "within", "must be positive, was " + within);
        }
        share = java.util.Objects.requireNonNullElse(share, Optional.empty());
        share.ifPresent(s -> Checks.percent(s, "agreement", "share"));
    }

    /** {@return whether it is a share-of-cases target} */
    public boolean isShare() {
        return share.isPresent();
    }
}
