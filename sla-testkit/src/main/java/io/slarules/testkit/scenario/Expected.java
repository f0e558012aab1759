package io.slarules.testkit.scenario;

import io.slarules.model.Money;

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
     * the attributions all the attributions, the problems all the problems.
     */
    record Outcome(Optional<List<Penalty>> penalties, Optional<List<Attribution>> attributions,
                   Optional<List<Problem>> invalid) {
    }
}
