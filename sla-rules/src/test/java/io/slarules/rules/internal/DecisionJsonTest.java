package io.slarules.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.YearMonth;
import java.util.stream.Stream;

import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine decides travels through a billing system's own {@code ObjectMapper} (Spring,
 * Kafka, REST) and comes back equal: a plain one, and one after {@code findAndRegisterModules()}.
 */
class DecisionJsonTest {

    static Stream<ObjectMapper> mappers() {
        return Stream.of(new ObjectMapper(), new ObjectMapper().findAndRegisterModules());
    }

    // Example A, the demo: DELIVERY-1 25 days late, 21 of them Client B's; 4 x 0.5 % of 200,000.00 EUR = 4,000.00 EUR
    // owed by Northwind IT to Client B.
    @ParameterizedTest
    @MethodSource("mappers")
    void exampleAsDecisionComesBackEqual(ObjectMapper mapper) throws Exception {
        Agreement agreement = Northwind.agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30),
                "SPEC-1"))
                .penalties(Northwind.delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));
        PenaltyDecision decision = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline).penalties().get(0);

        String json = mapper.writeValueAsString(decision);
        JsonNode tree = mapper.readTree(json);
        PenaltyDecision read = mapper.readValue(json, PenaltyDecision.class);

        assertThat(tree.get("amount").get("amount").asText()).isEqualTo("4000.00");
        assertThat(tree.get("amount").get("currency").asText()).isEqualTo("EUR");
        assertThat(tree.get("debtor").asText()).isEqualTo("northwind");
        assertThat(tree.get("creditor").asText()).isEqualTo("client-b");
        assertThat(tree.get("id").asText()).isEqualTo(decision.id()).startsWith("PD-");
        assertThat(read).isEqualTo(decision);
        assertThat(read.amount()).isEqualTo(Money.of("4000.00", "EUR"));
        assertThat(read.fingerprint()).isEqualTo(decision.fingerprint());
        assertThat(read.explanation()).isEqualTo(decision.explanation());
    }

    // Example G: 99.884259 % against 99.95 %, 10 % of 1,000.00 USD = 100.00 USD; the whole evaluation, with its
    // objective result, lost time by party, credit and the history extended by April.
    @ParameterizedTest
    @MethodSource("mappers")
    void exampleGsWholeEvaluationComesBackEqual(ObjectMapper mapper) throws Exception {
        Evaluation evaluation = ENGINE.evaluate(DecisionIdentityTest.exampleG(), YearMonth.of(2026, 4),
                DecisionIdentityTest.exampleGTimeline());

        Evaluation read = mapper.readValue(mapper.writeValueAsString(evaluation), Evaluation.class);

        assertThat(read).isEqualTo(evaluation);
        assertThat(read.credits()).singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(Money.of("100.00",
                "USD")));
        assertThat(read.history()).isEqualTo(evaluation.history());
        assertThat(read.history().months()).isNotEmpty();
        assertThat(read.objectives().get(0).achieved()).isEqualTo(evaluation.objectives().get(0).achieved());
        assertThat(read.decisions()).isEqualTo(evaluation.decisions());
    }
}
