package io.slarules.rules.internal;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Building agreements in code": example A built with the model's builders decides
 * what the sample files decide, and the README shows exactly the code below (between the markers).
 */
class BuildingInCodeTest {

    private static final SlaEngine engine = SlaEngine.builder().build();

    private static Agreement agreement;
    private static Timeline timeline;
    private static Evaluation evaluation;

    static {
        // README:start
        Agreement agreement = Agreement.builder("NW-CB-2026")
                .zone(ZoneId.of("Europe/Berlin"))
                .currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(
                        Obligation.builder("SPEC-1").owner("client-b").beneficiary("northwind")
                                .description("application code change specifications")
                                .due(LocalDate.of(2026, 3, 2))          // by the end of that day, in the agreement's zone
                                .build(),
                        Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                                .description("delivery of the changed application")
                                .due(LocalDate.of(2026, 3, 30))
                                .dependsOn("SPEC-1")
                                .build())
                .penalties(LiquidatedDamages.builder("12.1").title("Delay in delivery")
                        .debtor("northwind").creditor("client-b")
                        .obligations("DELIVERY-1")
                        .value(Money.parse("200000.00 EUR"))
                        .rate(Amount.percentOfValue(new BigDecimal("0.5")))   // per started day: DAYS, UP by default
                        .cap(Amount.percentOfValue(BigDecimal.TEN))
                        .terminationAfter(30)
                        .build())
                .build();                                               // InvalidInputException listing every problem

        Timeline timeline = Timeline.builder(agreement)                 // dates read in the agreement's zone, as in files
                .fulfilled("SPEC-1", LocalDate.of(2026, 3, 23))         // F-1, by the end of 2026-03-23
                .fulfilled("DELIVERY-1", LocalDate.of(2026, 4, 24))     // F-2
                .build();                                               // checked against the agreement

        Evaluation evaluation = engine.evaluate(agreement,
                DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)), timeline);
        // Northwind owes Client B 4 days x 0.5 % x 200,000.00 EUR = 4,000.00 EUR under clause 12.1
        // README:end
        BuildingInCodeTest.agreement = agreement;
        BuildingInCodeTest.timeline = timeline;
        BuildingInCodeTest.evaluation = evaluation;
    }

    @Test
    void exampleABuiltInCodeCostsNorthwindFourDays() {
        // DELIVERY-1 is 25 days late (03-30 -> 04-24); SPEC-1's 21 days (03-02 -> 03-23) shift its due date
        // and are Client B's; the other 4 are Northwind's: 4 x 0.5 % x 200,000.00 EUR = 4,000.00 EUR
        var delivery = evaluation.attribution("DELIVERY-1").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(25));
        assertThat(delivery.shareOf("client-b")).isEqualTo(Duration.ofDays(21));
        assertThat(delivery.shareOf("northwind")).isEqualTo(Duration.ofDays(4));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.debtor()).isEqualTo("northwind");
            assertThat(d.creditor()).isEqualTo("client-b");
            assertThat(d.clause()).isEqualTo("12.1");
            assertThat(d.delay()).isEqualTo(4);
            assertThat(d.amount()).isEqualTo(Money.of("4000.00", "EUR"));
        });
    }

    @Test
    void theBuildersGiveWhatTheFilesGive() {
        String agreementFile = """
                id: NW-CB-2026
                kind: CUSTOMER_BASED
                zone: Europe/Berlin
                currency: EUR
                effective: {from: 2026-03-01, to: 2027-03-01}
                parties:
                  - {id: northwind, name: Northwind IT, role: PROVIDER}
                  - {id: client-b, name: Client B, role: CUSTOMER}
                obligations:
                  - {id: SPEC-1, owner: client-b, beneficiary: northwind, description: application code change specifications, due: 2026-03-02}
                  - {id: DELIVERY-1, owner: northwind, beneficiary: client-b, description: delivery of the changed application, due: 2026-03-30, dependsOn: [SPEC-1]}
                penalties:
                  - type: liquidated-damages
                    id: "12.1"
                    title: Delay in delivery
                    debtor: northwind
                    creditor: client-b
                    obligations: [DELIVERY-1]
                    value: "200000.00 EUR"
                    rate: {percentOfValue: 0.5, per: DAY}
                    rounding: UP
                    cap: {percentOfValue: 10}
                    terminationAfter: 30
                """;
        Agreement read = Agreements.parse(agreementFile, "agreement.yaml", true);
        Timeline readTimeline = Timelines.parse("""
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-1, at: 2026-03-23}
                  - {id: F-2, obligation: DELIVERY-1, at: 2026-04-24}
                """, "timeline.yaml", true, read);

        assertThat(agreement).isEqualTo(read);
        assertThat(timeline).isEqualTo(readTimeline);
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("\n## Building agreements in code");
        assertThat(section).as("README.md has a section \"Building agreements in code\"").isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));

        assertThat(normalised(shown)).isEqualTo(normalised(thisCode()));
    }

    private static String thisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/slarules/rules/internal/BuildingInCodeTest.java"));
        int start = source.indexOf('\n', source.indexOf("// README:start")) + 1;
        return source.substring(start, source.lastIndexOf('\n', source.indexOf("// README:end")) + 1);
    }

    /** Lines without their common indentation and trailing blanks. */
    private static List<String> normalised(String code) {
        List<String> lines = code.lines().map(String::stripTrailing).collect(Collectors.toList());
        int indent = lines.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
    }
}
