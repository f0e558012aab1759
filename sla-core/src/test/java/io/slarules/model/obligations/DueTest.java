package io.slarules.model.obligations;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueTest {

    @Test
    void relativeDueDateIsPrintedInWords() {
        assertThat(Due.after("SPEC-1", 10, DayCount.BUSINESS))
                .hasToString("10 business days after SPEC-1 is fulfilled");
        assertThat(Due.after("SPEC-1", 3, DayCount.CALENDAR))
                .hasToString("3 calendar days after SPEC-1 is fulfilled");
    }

    @Test
    void absoluteDueDatesArePrintedAsGiven() {
        assertThat(Due.onDate(LocalDate.parse("2026-03-20"))).hasToString("2026-03-20");
        assertThat(Due.at(Instant.parse("2026-03-20T12:00:00Z"))).hasToString("2026-03-20T12:00:00Z");
    }

    @Test
    void zeroDaysAfterIsAllowed() {
        assertThat(new Due.AfterFulfilment("SPEC-1", 0, DayCount.CALENDAR).days()).isZero();
    }

    @Test
    void negativeDaysAreRefusedAtDueDays() {
        assertThatThrownBy(() -> Due.after("SPEC-1", -1, DayCount.BUSINESS))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(Problem::path).containsExactly("due.days"));
    }

    @Test
    void blankAnchorIsRefusedAtDueAfter() {
        assertThatThrownBy(() -> Due.after("", 1, DayCount.BUSINESS))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(Problem::path).containsExactly("due.after"));
    }

    @Test
    void missingDateIsRefusedAtDue() {
        assertThatThrownBy(() -> Due.onDate(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(Problem::path).containsExactly("due"));
    }
}
