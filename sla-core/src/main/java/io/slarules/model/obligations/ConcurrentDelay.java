package io.slarules.model.obligations;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an agreement treats concurrent delay: an interval in which the owner of an obligation (or a
 * subcontractor it answers for) delayed the work while another party also blocked it.
 *
 * <p>Three policies are built in:
 * <ul>
 *   <li>{@link #EXCUSE_OVERLAP} (the default): the overlap extends the due date, and nobody pays for
 *       it: it is {@code EXCUSED};</li>
 *   <li>{@link #APPORTION}: the overlap is split; the owner bears {@code ownerSharePercent} of it
 *       (default 50), the other party the rest;</li>
 *   <li>{@link #FIRST_IN_TIME}: the overlap goes to the cause that started first.</li>
 * </ul>
 * A rule pack can add a policy; its name is qualified by the pack's id ({@code public-works.DOMINANT_CAUSE}),
 * so a misspelt built-in name is caught when the agreement is read, and the engine refuses a name
 * no pack it was built with declares. Force majeure is not a party's delay: it is excused under
 * every policy.
 *
 * @param policy            the policy's name: a built-in one, or a rule pack's qualified name
 * @param ownerSharePercent for {@link #APPORTION}, the owner's share of the overlap in percent,
 *                          0 to 100; empty for every other policy
 */
public record ConcurrentDelay(String policy, Optional<BigDecimal> ownerSharePercent) {

    /** The overlap extends the due date and is excused. */
    public static final String EXCUSE_OVERLAP = "EXCUSE_OVERLAP";
    /** The overlap is split between the two parties. */
    public static final String APPORTION = "APPORTION";
    /** The overlap goes to the cause that started first. */
    public static final String FIRST_IN_TIME = "FIRST_IN_TIME";
    /** The built-in policies, the default first. */
    public static final List<String> BUILT_IN = List.of(EXCUSE_OVERLAP, APPORTION, FIRST_IN_TIME);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = BigDecimal.valueOf(50);
    private static final Pattern QUALIFIED = Pattern.compile("^[a-z0-9][a-z0-9-]*\\.[A-Z][A-Z0-9_]*$");

    /**
     * Validates the fields.
     *
     * @param policy the policy's name: a built-in one, or a rule pack's qualified name
     * @param ownerSharePercent for {@link #APPORTION}, the owner's share of the overlap in percent, 0 to 100; empty
     *                          for every other policy
     */
    public ConcurrentDelay {
        Checks.present(policy, "agreement", "concurrentDelay.policy");
        Checks.present(ownerSharePercent, "agreement", "concurrentDelay.ownerSharePercent");
        if (!BUILT_IN.contains(policy) && !QUALIFIED.matcher(policy).matches()) {
            throw Checks.fail("agreement", "concurrentDelay.policy", "unknown policy \"" + policy + "\" (built in: "
                    + String.join(", ", BUILT_IN) + "; a rule pack's policy is written pack-id.NAME)");
        }
        if (APPORTION.equals(policy) && ownerSharePercent.isEmpty()) {
            ownerSharePercent = Optional.of(HALF);
        }
        if (!APPORTION.equals(policy) && ownerSharePercent.isPresent()) {
            throw Checks.fail("agreement", "concurrentDelay.ownerSharePercent", "only " + APPORTION
                    + " splits the overlap, not " + policy);
        }
        ownerSharePercent.ifPresent(p -> {
            if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
                throw Checks.fail("agreement", "concurrentDelay.ownerSharePercent", "must be from 0 to 100, was "
                        + p.toPlainString());
            }
        });
    }

    /** {@return the default policy: the overlap is excused} */
    public static ConcurrentDelay excuseOverlap() {
        return new ConcurrentDelay(EXCUSE_OVERLAP, Optional.empty());
    }

    /** {@return the policy under which the overlap goes to the cause that started first} */
    public static ConcurrentDelay firstInTime() {
        return new ConcurrentDelay(FIRST_IN_TIME, Optional.empty());
    }

    /** {@return the policy under which the overlap is split equally} */
    public static ConcurrentDelay apportionEqually() {
        return new ConcurrentDelay(APPORTION, Optional.empty());
    }

    /**
     * The overlap is split; the owner bears {@code ownerSharePercent} of it, the other party the rest.
     *
     * @param ownerSharePercent for {@link #APPORTION}, the owner's share of the overlap in percent, 0 to 100; empty
     *                          for every other policy
     * @return the {@link #APPORTION} policy with the owner's share
     */
    public static ConcurrentDelay apportion(BigDecimal ownerSharePercent) {
        return new ConcurrentDelay(APPORTION, Optional.of(Objects.requireNonNull(ownerSharePercent,
                "ownerSharePercent")));
    }

    /**
     * A policy by name, built in or a rule pack's ({@code pack-id.NAME}); {@code APPORTION} splits equally.
     *
     * @param policy the policy's name: a built-in one, or a rule pack's qualified name
     * @return the policy
     */
    public static ConcurrentDelay of(String policy) {
        return new ConcurrentDelay(policy, Optional.empty());
    }

    /** {@return whether the policy is one of the library's own} */
    public boolean builtIn() {
        return BUILT_IN.contains(policy);
    }
}
