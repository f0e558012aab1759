package io.slarules.testkit;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Timeline;

/** Worked example A built with the fixtures: Northwind owes Client B 4,000.00 EUR. */
final class NorthwindExample {

    static final Agreement AGREEMENT = Fixtures.agreement("NW-CB-2026")
            .provider("northwind").customer("client-b").zone("Europe/Berlin")
            .obligation("SPEC-1").owedBy("client-b").due("2026-03-02")
            .obligation("DELIVERY-1").due("2026-03-30").dependsOn("SPEC-1")
            .damages("12.1").on("DELIVERY-1").value("200000.00 EUR").rate("0.5 %").cap("10 %").terminationAfter(30)
            .build();

    static final Timeline TIMELINE = Fixtures.timeline(AGREEMENT)
            .fulfilled("SPEC-1", "2026-03-23")
            .fulfilled("DELIVERY-1", "2026-04-24")
            .build();

    private NorthwindExample() {
    }

    /** SPEC-1 21 days late (Client B's); DELIVERY-1 25 days late: 21 Client B, 4 Northwind; 4 x 1,000.00 EUR. */
    static Evaluation evaluate(SlaEngine engine) {
        return engine.evaluate(AGREEMENT, Fixtures.period("2026-03-01", "2026-05-01"), TIMELINE);
    }
}
