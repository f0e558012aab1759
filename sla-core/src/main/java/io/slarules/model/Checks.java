package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Field checks shared by the value types' constructors. Each failure is an
 * {@link InvalidInputException} whose problem path is the field's name, so a reader of files can
 * place it under the element's own path.
 */
final class Checks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static <T> T present(T value, String source, String field) {
        if (value == null) {
            throw fail(source, field, "is required");
        }
        return value;
    }

    static String id(String value, String source, String field) {
        present(value, source, field);
        if (value.isBlank()) {
            throw fail(source, field, "must not be blank");
        }
        if (!value.equals(value.strip())) {
            throw fail(source, field, "must not start or end with white space: " + InputLimits.quote(value));
        }
        InputLimits.idProblem(value).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return value;
    }

    /** A display name: any printable text, not blank, no control or format characters. */
    static String name(String value, String source, String field) {
        present(value, source, field);
        if (value.isBlank()) {
            throw fail(source, field, "must not be blank");
        }
        InputLimits.textProblem(value, false).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return value;
    }

    /** A title, description or reason; absent is empty. Line breaks and tabs are allowed, other control characters not. */
    static String text(String value, String source, String field) {
        String text = Objects.requireNonNullElse(value, "");
        InputLimits.textProblem(text, true).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return text;
    }

    /** A number of a contract, within {@link InputLimits}' bounds. */
    static BigDecimal number(BigDecimal value, String source, String field) {
        present(value, source, field);
        InputLimits.numberProblem(value).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String source, String field) {
        number(value, source, field);
        if (value.signum() < 0) {
            throw fail(source, field, "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal percent(BigDecimal value, String source, String field) {
        number(value, source, field);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw fail(source, field, "a percentage must lie between 0 and 100, was " + value.toPlainString());
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String source, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw fail(source, field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    static InvalidInputException fail(String source, String field, String message) {
        return InvalidInputException.of(null, Problem.at(source, field, message));
    }
}
