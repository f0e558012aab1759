package io.slarules.testkit;

import io.slarules.PenaltyDecision;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One thing a penalty decision is expected to be, worded for messages: a phrase for the list of
 * criteria ({@code owed by "northwind"}), the property compared ({@code debtor}) and how a
 * decision's value of it is shown.
 *
 * @param phrase   how the criterion reads in "a penalty decision ..."
 * @param property the property compared, as "to have ..." names it
 * @param expected the value expected, as shown
 * @param value    a decision's value of the property, as shown
 * @param test     whether a decision meets the criterion
 */
record PenaltyCriterion(String phrase, String property, Object expected, Function<PenaltyDecision, Object> value,
                        Predicate<PenaltyDecision> test) {

    /** A criterion met when the decision's value equals the expected one. */
    static PenaltyCriterion equal(String phrase, String property, Object expected,
                                  Function<PenaltyDecision, Object> value) {
        return new PenaltyCriterion(phrase, property, expected, value, d -> Objects.equals(value.apply(d), expected));
    }

    /** The same criterion, met by another test (amounts compare by value, not as text). */
    PenaltyCriterion withTest(Predicate<PenaltyDecision> other) {
        return new PenaltyCriterion(phrase, property, expected, value, other);
    }

    boolean matches(PenaltyDecision d) {
        return test.test(d);
    }
}
