package io.slarules.rules.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A level that credit bands and bonuses are looked up with.
 *
 * @param subject  what it is the level of: the objective, or objective/priority
 * @param achieved the percentage achieved
 * @param target   the percentage promised
 */
public record AchievedLevel(String subject, BigDecimal achieved, BigDecimal target) {

    /**
     * Validates the fields.
     *
     * @param subject what it is the level of: the objective, or objective/priority
     * @param achieved the percentage achieved
     * @param target the percentage promised
     */
    public AchievedLevel {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(target, "target");
    }

    /** {@return whether the level falls short of its target} */
    public boolean missed() {
        return achieved.compareTo(target) < 0;
    }

    /**
     * Hashes the subject only: consistent with the record's equality (which compares the percentages with their
     * scale, so hashing them would have to strip it first), and cheap; the credit rules look levels up with
     * {@code from}, and Drools hashes what it matched there.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return subject.hashCode();
    }
}
