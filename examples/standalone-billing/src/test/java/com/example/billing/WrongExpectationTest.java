package com.example.billing;

import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static io.slarules.testkit.SlaAssertions.assertThat;

/**
 * A contract test that is wrong on purpose: Northwind owes 4,000.00 EUR for April, not 4,000.01.
 * Excluded from the normal build; the wrong-expectation profile runs it alone, and the build that
 * checks this project expects that run to fail on this assertion (see verify.groovy).
 */
class WrongExpectationTest {

    @Test
    void northwindOwesACentTooMuch() {
        Agreement agreement = Contracts.northwind();

        assertThat(SlaEngine.builder().build().evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 4)),
                Contracts.northwindTimeline(agreement))).hasPenalty().ofAmount("4000.01 EUR");
    }
}
