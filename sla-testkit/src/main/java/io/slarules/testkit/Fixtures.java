package io.slarules.testkit;

import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a test's agreements, timelines and periods start, in a few readable lines:
 *
 * <pre>{@code
 * Agreement agreement = Fixtures.agreement()
 *         .obligation("DELIVERY-1").due("2026-05-29")
 *         .damages("12.1").value("200000.00 EUR").rate("0.5 %").cap("10 %")
 *         .build();
 * Timeline timeline = Fixtures.timeline(agreement)
 *         .blocked("DELIVERY-1", "2026-05-11", "2026-05-15", "customer")
 *         .fulfilled("DELIVERY-1", "2026-06-03")
 *         .build();
 * Evaluation evaluation = engine.evaluate(agreement, Fixtures.month("2026-06"), timeline);
 * }</pre>
 *
 * @see AgreementFixture for the defaults
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@return an agreement with the id {@code TEST-AGREEMENT} and every default} */
    public static AgreementFixture agreement() {
        return new AgreementFixture("TEST-AGREEMENT");
    }

    /**
     * {@return an agreement with this id and every other default}
     *
     * @param id the agreement's id
     */
    public static AgreementFixture agreement(String id) {
        return new AgreementFixture(id);
    }

    /**
     * {@return the timeline of an agreement, empty so far}
     *
     * @param agreement the agreement evaluated
     */
    public static TimelineFixture timeline(Agreement agreement) {
        return new TimelineFixture(agreement);
    }

    /**
     * {@return every date of a calendar month, {@code "2026-03"}}
     *
     * @param yearMonth the month as {@code yyyy-mm}
     */
    public static DateRange month(String yearMonth) {
        return DateRange.ofMonth(YearMonth.parse(yearMonth));
    }

    /**
     * {@return the dates from {@code from} to {@code to}, exclusive: {@code period("2026-03-01", "2026-05-01")}}
     *
     * @param from the first date, {@code yyyy-mm-dd}
     * @param to the date after the last, {@code yyyy-mm-dd}
     */
    public static DateRange period(String from, String to) {
        return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }
}
