package io.slarules.rules.properties;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smallest example found by {@code ServiceLevelPropertiesTest.reRunningWithTheHistoryThatAlreadyRecordsThePeriodChangesNothing}
 * (weekly windows; months and quarters pass).
 *
 * <p>It caught an engine bug, now fixed: the windows of one month were evaluated together with the
 * history of the months before only, so a weekly credit was never earned back (nor a repeat
 * offence charged) by the following weeks of the same month, and re-running the month with the
 * history the first run returned changed the credits. Windows ending earlier in a month are now
 * settled first, and the later ones see them.
 */
class WeeklyEarnBackExampleTest {

    // Weekly availability of 99.5 %; below it, down to 99.0 %: 10.00 USD; a credit is earned back by 1 met week.
    // Week 2026-01-05..01-12: acme down 60 of 10,080 minutes = 99.4047 % -> 10.00 USD credit.
    // Week 2026-01-12..01-19: no outage, met -> the 10.00 USD credit of the week before is earned back.
    private static final Agreement AGREEMENT = Agreements.parse("""
            id: WEEKLY
            zone: UTC
            currency: USD
            effective: {from: 2026-01-01, to: 2027-01-01}
            parties:
              - {id: acme, name: Acme Hosting, role: PROVIDER}
              - {id: client, name: Client, role: CUSTOMER}
            services:
              - {id: web, monthlyFee: "100.00 USD"}
            objectives:
              - {kind: AVAILABILITY, id: AVAIL, service: web, obligated: acme, beneficiary: client, target: 99.5,
                 window: CALENDAR_WEEK}
            credits:
              - id: "7.1"
                objective: AVAIL
                debtor: acme
                creditor: client
                bands:
                  - {below: 99.5, atLeast: 99.0, credit: "10.00 USD"}
                  - {below: 99.0, credit: "20.00 USD"}
                earnBack: 1
            """, "agreement", true);
    private static final Timeline TIMELINE = Timelines.parse("""
            agreement: WEEKLY
            outages:
              - {id: O-1, service: web, from: "2026-01-06T00:00:00Z", to: "2026-01-06T01:00:00Z", kind: FAULT, responsible: acme}
            """, "timeline", true, AGREEMENT);

    @Test
    void aWeeklyCreditIsEarnedBackByTheNextWeekOfTheSameMonth() {
        DateRange january = DateRange.ofMonth(YearMonth.of(2026, 1));

        Evaluation first = ENGINE.evaluate(AGREEMENT, january, TIMELINE, History.empty());
        Evaluation again = ENGINE.evaluate(AGREEMENT, january, TIMELINE, first.history());

        assertThat(first.credits()).extracting(CreditDecision::kind)
                .containsExactly(CreditKind.SERVICE_CREDIT, CreditKind.EARN_BACK);
        assertThat(again.credits()).isEqualTo(first.credits());
    }
}
