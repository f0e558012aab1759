package io.slarules.examples.contracttest;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.Fixtures;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import static io.slarules.testkit.SlaAssertions.assertThat;

/**
 * A billing team's contract test: the Northwind agreement as its file says, and what it must
 * decide. {@code @SlaTest} injects one engine for the whole test run, which also checks the
 * library's invariants on every evaluation.
 */
@SlaTest
class NorthwindContractTest {

    private static final Agreement AGREEMENT = Agreements.read(Path.of("src/main/resources/samples/northwind-agreement.yaml"));

    @Test
    void northwindPaysForItsOwnFourDaysOnly(SlaEngine engine) {
        // SPEC-1 21 days late (Client B's) shifts DELIVERY-1, 25 days late: 4 days are Northwind's.
        // 4 x 0.5 % x 200,000.00 EUR = 4,000.00 EUR under clause 12.1.
        Timeline timeline = Timelines.read(Path.of("src/main/resources/samples/northwind-timeline.yaml"), AGREEMENT);

        Evaluation april = engine.evaluate(AGREEMENT, YearMonth.of(2026, 4), timeline);

        assertThat(april).hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1");
        assertThat(april).attribution("DELIVERY-1")
                .gives("client-b", Duration.ofDays(21))
                .gives("northwind", Duration.ofDays(4));
    }

    @Test
    void waitingForClientBsTestEnvironmentIsClientBs(SlaEngine engine) {
        // As above, and Client B blocked the delivery for 2 days in April: 25 = 21 + 2 + 2 Northwind's.
        Timeline timeline = Fixtures.timeline(AGREEMENT)
                .fulfilled("SPEC-1", "2026-03-23")
                .blocked("DELIVERY-1", "2026-04-01", "2026-04-03", "client-b", "test environment down")
                .fulfilled("DELIVERY-1", "2026-04-24")
                .build();

        Evaluation april = engine.evaluate(AGREEMENT, YearMonth.of(2026, 4), timeline);

        assertThat(april).hasPenalty().owedBy("northwind").ofAmount("2000.00 EUR").withDelay(2);
        assertThat(april).attribution("DELIVERY-1").gives("client-b", Duration.ofDays(23));
    }

    @Test
    void clientBMayTerminateOnlyBeyondThirtyDaysAndTheCapHolds(SlaEngine engine) {
        // DELIVERY-1 due 03-30, delivered 05-05 with SPEC-1 on time: 36 days, all Northwind's.
        // 36 x 1,000.00 = 36,000.00 EUR, capped at 10 % of the value: 20,000.00 EUR; 36 > 30: may terminate.
        Timeline timeline = Fixtures.timeline(AGREEMENT)
                .fulfilled("SPEC-1", "2026-03-02")
                .fulfilled("DELIVERY-1", "2026-05-05")
                .build();

        assertThat(engine.evaluate(AGREEMENT, YearMonth.of(2026, 4), timeline)).hasNoPenalties()
                .attribution("DELIVERY-1").isProvisional();
        assertThat(engine.evaluate(AGREEMENT, YearMonth.of(2026, 5), timeline)).hasPenalty()
                .ofAmount("20000.00 EUR").pricedAt("36000 EUR").capped().withTerminationRight();
    }
}
