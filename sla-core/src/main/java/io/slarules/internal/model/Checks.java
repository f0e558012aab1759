package io.slarules.internal.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.InputLimits;
import io.slarules.model.servicelevels.CreditShare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Field checks shared by the model's value types' constructors. Each failure is an
 * {@link InvalidInputException} whose problem path is the field's name, so a reader of files can
 * place it under the element's own path.
 */
public final class Checks {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    public static <T> T present(T value, String source, String field) {
        if (value == null) {
            throw fail(source, field, "is required");
        }
        return value;
    }

    public static String id(String value, String source, String field) {
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
    public static String name(String value, String source, String field) {
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
    public static String text(String value, String source, String field) {
        String text = Objects.requireNonNullElse(value, "");
        InputLimits.textProblem(text, true).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return text;
    }

    /** A number of a contract, within {@link InputLimits}' bounds. */
    public static BigDecimal number(BigDecimal value, String source, String field) {
        present(value, source, field);
        InputLimits.numberProblem(value).ifPresent(problem -> {
            throw fail(source, field, problem);
        });
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String source, String field) {
        number(value, source, field);
        if (value.signum() < 0) {
            throw fail(source, field, "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal percent(BigDecimal value, String source, String field) {
        number(value, source, field);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw fail(source, field, "a percentage must lie between 0 and 100, was " + value.toPlainString());
        }
        return value;
    }

    public static <T> List<T> list(List<T> values, String source, String field) {
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

    /** A clause's shares, checked: none, or adding up to exactly 100 % with one share per party. */
    public static List<CreditShare> shares(List<CreditShare> shares) {
        shares = list(shares, "agreement", "shares");
        if (!shares.isEmpty()) {
            BigDecimal total = shares.stream().map(CreditShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                throw fail("agreement", "shares", "the shares add up to " + total.toPlainString()
                        + " %, not 100 %");
            }
            if (shares.stream().map(CreditShare::party).distinct().count() < shares.size()) {
                throw fail("agreement", "shares", "a party has two shares");
            }
        }
        return shares;
    }

    public static InvalidInputException fail(String source, String field, String message) {
        return InvalidInputException.of(null, Problem.at(source, field, message));
    }
}
