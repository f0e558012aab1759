package io.slarules.testkit;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * What the test kit's assertions share: a failure either throws (hard) or is collected by a
 * {@link SoftSlaAssertions} (soft), and every failure message is built by the assertion itself,
 * with expected and actual values set on the error so an IDE shows them side by side.
 *
 * <p>In soft mode each check of a decision or an attribution is reported on its own; but an
 * assertion whose subject could not be found (an attribution of an obligation that is not late, a
 * penalty no decision matches) records that one failure and skips the checks chained after it, so
 * one missing decision is reported once, not once per chained check.
 */
abstract class DomainAssert<SELF extends DomainAssert<SELF, ACTUAL>, ACTUAL> extends AbstractAssert<SELF, ACTUAL> {

    private final AssertionErrorCollector soft;
    private boolean skipped;

    DomainAssert(ACTUAL actual, Class<?> selfType, AssertionErrorCollector soft) {
        super(actual, selfType);
        this.soft = soft;
    }

    /** The collector of a soft assertion, or {@code null} for a hard one. */
    final AssertionErrorCollector soft() {
        return soft;
    }

    /** Gives an assertion this one leads to (a decision, an attribution) this one's description. */
    final <T extends DomainAssert<T, ?>> T inherit(T child) {
        String text = info.descriptionText();
        if (text != null && !text.isEmpty()) {
            child.as(info.description());
        }
        return child;
    }

    /** Marks this assertion as standing for a subject that was not found: its checks are skipped. */
    @SuppressWarnings("unchecked")
    final SELF skipping() {
        skipped = true;
        return (SELF) this;
    }

    /**
     * Whether a check is to be skipped: the subject was not found (already reported), or it is
     * {@code null} (reported now).
     */
    final boolean skip() {
        if (skipped) {
            return true;
        }
        if (actual == null) {
            report(failure("%s", "Expecting actual not to be null"));
            skipped = true;
            return true;
        }
        return false;
    }

    /**
     * Reports a failed comparison: the message in full, and the two values for an IDE's diff.
     * Soft: collected, and the next check runs; hard: thrown.
     */
    final void fail(Object actualValue, Object expectedValue, String message) {
        report(failureWithActualExpected(actualValue, expectedValue, "%s", message));
    }

    /** Reports a failure that compares no two values. */
    final void fail(String message) {
        report(failure("%s", message));
    }

    private void report(AssertionError error) {
        if (soft == null) {
            throw error;
        }
        soft.collectAssertionError(error);
    }
}
