package io.slarules.testkit.scenario;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.time.Instant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** What a scenario file expects, as read; each part knows its path in the file for messages. */
final class Expected {

    private Expected() {
    }

    /** One decision: found by clause and obligation, then compared field by field. */
    record Penalty(String path, String clause, String obligation, Money amount, Optional<String> debtor,
                   Optional<String> creditor, Optional<Money> priced, OptionalLong delay, Optional<Boolean> capped,
                   Optional<Boolean> terminationRight, List<String> rules) {
    }

    /** One attribution: its total and every non-zero share, by party id or {@code EXCUSED}. */
    record Attribution(String path, String obligation, Duration total, Map<String, Duration> shares,
                       Optional<Boolean> provisional, List<String> rules) {
    }

    /**
     * One window of an objective: found by objective (and window, when given), then compared on
     * what is given.
     */
    record Objective(String path, String objective, Optional<DateRange> window, Optional<BigDecimal> achieved,
                     Optional<Boolean> met, Map<String, Duration> lostTime, OptionalLong shortfall, List<Case> cases,
                     List<String> notes) {
    }

    /** One case of a time-to objective; {@code breachedAt} empty inside the optional: expected not to breach. */
    record Case(String path, String caseId, Optional<Duration> businessTime, Optional<Optional<Instant>> breachedAt) {
    }

    /** One credit decision: found by clause and, where given, kind, window and subject, then compared field by field. */
    record Credit(String path, String clause, Optional<CreditKind> kind, Optional<DateRange> window,
                  Optional<String> subject, Money amount, Optional<String> debtor, Optional<String> creditor,
                  Optional<Money> priced, Optional<Boolean> capped, List<String> rules) {

        boolean matches(CreditDecision d) {
            return d.clause().equals(clause) && kind.map(d.kind()::equals).orElse(true)
                    && window.map(d.window()::equals).orElse(true) && subject.map(d.subject()::equals).orElse(true);
        }

        @Override
        public String toString() {
            return "clause " + clause + kind.map(k -> " " + k).orElse("") + window.map(w -> " for " + w).orElse("")
                    + subject.map(x -> " on " + x).orElse("") + ": " + amount;
        }
    }

    /** One problem of a refused input: its field path, and optionally its source and a part of its message. */
    record Problem(String path, Optional<String> source, String field, Optional<String> message) {

        boolean matches(io.slarules.Problem p) {
            return p.path().equals(field) && source.map(p.source()::equals).orElse(true)
                    && message.map(p.message()::contains).orElse(true);
        }

        @Override
        public String toString() {
            return source.map(s -> s + ": ").orElse("") + (field.isEmpty() ? "" : field + ": ")
                    + message.map(m -> "..." + m + "...").orElse("(any message)");
        }
    }

    /**
     * Everything expected. A list given is exhaustive: the decisions listed are all the decisions,
     * the attributions all the attributions, the credits all the credits, the problems all the
     * problems; objective results not listed are not checked.
     */
    record Outcome(Optional<List<Penalty>> penalties, Optional<List<Attribution>> attributions,
                   Optional<List<Objective>> objectives, Optional<List<Credit>> credits,
                   Optional<List<Problem>> invalid) {
    }
}
