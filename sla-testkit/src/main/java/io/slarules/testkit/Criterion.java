package io.slarules.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One thing a decision (a penalty or a credit) is expected to be, worded for messages: a phrase for
 * the list of criteria ({@code owed by "northwind"}), the property compared ({@code debtor}) and how
 * a decision's value of it is shown.
 *
 * @param <T> the kind of decision
 *
 * @param phrase   how the criterion reads in "a penalty decision ..."
 * @param property the property compared, as "to have ..." names it
 * @param expected the value expected, as shown
 * @param value    a decision's value of the property, as shown
 * @param test     whether a decision meets the criterion
 */
record Criterion<T>(String phrase, String property, Object expected, Function<T, Object> value, Predicate<T> test) {

    /** A criterion met when the decision's value equals the expected one. */
    static <T> Criterion<T> equal(String phrase, String property, Object expected, Function<T, Object> value) {
        return new Criterion<>(phrase, property, expected, value, d -> Objects.equals(value.apply(d), expected));
    }

    /** The same criterion, met by another test (amounts compare by value, not as text). */
    Criterion<T> withTest(Predicate<T> other) {
        return new Criterion<>(phrase, property, expected, value, other);
    }

    boolean matches(T d) {
        return test.test(d);
    }
}
