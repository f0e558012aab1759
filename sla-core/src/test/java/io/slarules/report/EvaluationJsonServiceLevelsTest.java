package io.slarules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.UnitShare;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The service-level part of the JSON output: objectives, credits, and a history the next run can read. */
class EvaluationJsonServiceLevelsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateRange APRIL = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    private static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    /** Example G: 50 minutes of Acme's, 45 of the customer's; 43,150 / 43,200. */
    private static ObjectiveResult availability() {
        return ObjectiveResult.builder().objective("AVAIL-WEB").kind(MetricKind.AVAILABILITY).window(APRIL)
                .achieved(new BigDecimal("99.884259259")).target(new BigDecimal("99.95")).met(false)
                .lostTime(List.of(new Share(Responsible.party("acme"), Duration.ofMinutes(50)),
                        new Share(Responsible.party("client-g"), Duration.ofMinutes(45))))
                .shortfall(Optional.empty()).shortfallBy(List.of()).cases(List.of()).notes(List.of())
                .rules(List.of("measure: availability")).build();
    }

    /** Example H: 9 business hours against 8, 4 of them paused for the customer. */
    private static ObjectiveResult resolution() {
        CaseResult c1 = new CaseResult("C-1", "P1", Duration.ofHours(9), Duration.ofHours(8), true,
                Optional.of(Instant.parse("2026-04-08T09:00:00Z")),
                List.of(new Share(Responsible.party("client-g"), Duration.ofHours(4))));
        CaseResult c2 = new CaseResult("C-2", "P1", Duration.ofHours(2), Duration.ofHours(8), false, Optional.empty(),
                List.of());
        return ObjectiveResult.builder().objective("P1-RESOLUTION").kind(MetricKind.TIME_TO).window(APRIL)
                .achieved(new BigDecimal("1")).target(new BigDecimal("2")).met(false).lostTime(List.of())
                .shortfall(Optional.empty()).shortfallBy(List.of()).cases(List.of(c1, c2))
                .notes(List.of("C-2 is still open")).rules(List.of()).build();
    }

    private static ObjectiveResult leads() {
        return ObjectiveResult.builder().objective("LEADS").kind(MetricKind.QUOTA).window(APRIL)
                .achieved(new BigDecimal("180")).target(new BigDecimal("200")).met(false).lostTime(List.of())
                .shortfall(Optional.of(20L)).shortfallBy(List.of(new UnitShare(Responsible.party("marketing"), 20)))
                .cases(List.of()).notes(List.of()).rules(List.of()).build();
    }

    private static CreditDecision credit() {
        return CreditDecision.builder().id("sc-1").kind(CreditKind.SERVICE_CREDIT).clause("7.2")
                .objective("AVAIL-WEB")
                .window(APRIL).subject("AVAIL-WEB").debtor("acme").creditor("client-g")
                .amount(Money.of("100.00", "USD")).priced(Money.of("100.000", "USD")).capped(false)
                .rules(List.of("price: band of the achieved level"))
                .explanation("sc-1: Acme Hosting credits Client G 100.00 USD.").build();
    }

    private static History history() {
        return new History(
                List.of(new History.MonthRecord(YearMonth.of(2026, 3), Money.parse("1000.00 USD"),
                        Money.parse("0.00 USD")),
                        new History.MonthRecord(YearMonth.of(2026, 4), Money.parse("1000.00 USD"),
                                Money.parse("100.00 USD"))),
                List.of(new History.WindowRecord("AVAIL-WEB", MARCH, true, List.of()),
                        new History.WindowRecord("AVAIL-WEB", APRIL, false, List.of(new History.IssuedCredit("sc-1",
                                "7.2",
                                "acme", "client-g", Money.parse("100.00 USD"))))));
    }

    private static Evaluation evaluation() {
        return Evaluation.builder().agreementId("ACME-HOSTING-G").period(APRIL)
                .asOf(Instant.parse("2026-05-01T00:00:00Z")).attributions(List.of()).penalties(List.of())
                .objectives(List.of(availability(), resolution(), leads())).credits(List.of(credit()))
                .history(history()).explanation("the explanation").build();
    }

    private static JsonNode json() throws Exception {
        return MAPPER.readTree(EvaluationJson.write(evaluation()));
    }

    @Test
    void writesObjectivesCreditsAndHistoryAfterThePenalties() throws Exception {
        assertThat(names(json())).containsExactly("agreement", "period", "asOf", "attributions", "penalties",
                "objectives", "credits", "history");
    }

    @Test
    void writesAnObjectivesFiguresAndTheLostTimeByParty() throws Exception {
        JsonNode o = json().get("objectives").get(0);

        assertThat(names(o)).containsExactly("objective", "kind", "window", "achieved", "target", "met", "lostTime",
                "shortfall", "shortfallBy", "cases", "notes", "rules");
        assertThat(o.get("kind").asText()).isEqualTo("AVAILABILITY");
        assertThat(o.get("window").get("from").asText()).isEqualTo("2026-04-01");
        assertThat(o.get("window").get("to").asText()).isEqualTo("2026-05-01");
        assertThat(o.get("achieved").isTextual()).isTrue();
        assertThat(o.get("achieved").asText()).isEqualTo("99.884259259");
        assertThat(o.get("target").asText()).isEqualTo("99.95");
        assertThat(o.get("met").asBoolean()).isFalse();
        assertThat(o.get("lostTime").get(0).get("responsible").asText()).isEqualTo("acme");
        assertThat(o.get("lostTime").get(0).get("length").asText()).isEqualTo("PT50M");
        assertThat(o.get("lostTime").get(1).get("length").asText()).isEqualTo("PT45M");
        assertThat(o.get("shortfall").isNull()).isTrue();
        assertThat(o.get("rules").get(0).asText()).isEqualTo("measure: availability");
    }

    @Test
    void writesEachCaseWithItsBusinessTimePausesAndBreach() throws Exception {
        JsonNode o = json().get("objectives").get(1);
        JsonNode breached = o.get("cases").get(0);
        JsonNode open = o.get("cases").get(1);

        assertThat(names(breached)).containsExactly("case", "priority", "businessTime", "target", "stopped",
                "breachedAt", "pauses");
        assertThat(breached.get("businessTime").asText()).isEqualTo("PT9H");
        assertThat(breached.get("target").asText()).isEqualTo("PT8H");
        assertThat(breached.get("breachedAt").asText()).isEqualTo("2026-04-08T09:00:00Z");
        assertThat(breached.get("pauses").get(0).get("responsible").asText()).isEqualTo("client-g");
        assertThat(breached.get("pauses").get(0).get("length").asText()).isEqualTo("PT4H");
        assertThat(open.get("stopped").asBoolean()).isFalse();
        assertThat(open.get("breachedAt").isNull()).isTrue();
        assertThat(o.get("notes").get(0).asText()).isEqualTo("C-2 is still open");
    }

    @Test
    void writesAQuotasShortfall() throws Exception {
        JsonNode o = json().get("objectives").get(2);

        assertThat(o.get("achieved").asText()).isEqualTo("180");
        assertThat(o.get("shortfall").asLong()).isEqualTo(20);
        assertThat(o.get("shortfallBy").get(0).get("responsible").asText()).isEqualTo("marketing");
        assertThat(o.get("shortfallBy").get(0).get("units").asLong()).isEqualTo(20);
    }

    @Test
    void writesACreditDecisionWithMoneyAsDecimalStrings() throws Exception {
        JsonNode c = json().get("credits").get(0);

        assertThat(names(c)).containsExactly("id", "fingerprint", "kind", "clause", "objective", "window", "subject",
                "debtor", "creditor", "amount", "currency", "priced", "capped", "rules", "explanation");
        assertThat(c.get("fingerprint").asText()).isEqualTo(credit().fingerprint());
        assertThat(c.get("kind").asText()).isEqualTo("SERVICE_CREDIT");
        assertThat(c.get("amount").asText()).isEqualTo("100.00");
        assertThat(c.get("currency").asText()).isEqualTo("USD");
        assertThat(c.get("priced").asText()).isEqualTo("100.00");
        assertThat(c.get("capped").asBoolean()).isFalse();
        assertThat(c.get("explanation").asText()).contains("100.00 USD");
    }

    @Test
    void writesTheHistoryAsAHistoryFileTheNextEvaluationReads() throws Exception {
        Agreement agreement = Agreements.parse("""
                id: ACME-HOSTING-G
                zone: UTC
                currency: USD
                effective: {from: 2026-01-01, to: 2027-01-01}
                parties:
                  - {id: acme, name: Acme Hosting, role: PROVIDER}
                  - {id: client-g, name: Client G, role: CUSTOMER}
                services:
                  - {id: web, monthlyFee: "1000.00 USD"}
                objectives:
                  - {kind: AVAILABILITY, id: AVAIL-WEB, service: web, obligated: acme, beneficiary: client-g,
                          target: 99.95}
                credits:
                  - id: "7.2"
                    objective: AVAIL-WEB
                    debtor: acme
                    creditor: client-g
                    bands: [{below: 99.95, credit: 10%}]
                """, "g.yaml", true);
        String written = MAPPER.writeValueAsString(json().get("history"));

        History read = Histories.parse(written, "history.json", false, agreement);

        assertThat(read).isEqualTo(evaluation().history());
        assertThat(json().get("history").get("months").get(1).get("credited").asText()).isEqualTo("100.00 USD");
    }

    @Test
    void writesTheServiceLevelKeysWhenOnlyAHistoryWasGiven() throws Exception {
        Evaluation deadlinesWithHistory = Evaluation.builder().agreementId("ACME-HOSTING-G").period(APRIL)
                .asOf(Instant.parse("2026-05-01T00:00:00Z")).attributions(List.of()).penalties(List.of())
                .objectives(List.of()).credits(List.of()).history(history()).explanation("").build();

        JsonNode root = MAPPER.readTree(EvaluationJson.write(deadlinesWithHistory));

        assertThat(root.get("objectives")).isEmpty();
        assertThat(root.get("credits")).isEmpty();
        assertThat(root.get("history").get("months")).hasSize(2);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
