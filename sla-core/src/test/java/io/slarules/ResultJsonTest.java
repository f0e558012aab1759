package io.slarules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The result types through a billing system's own Jackson: a plain {@code ObjectMapper} (no
 * modules) and one after {@code findAndRegisterModules()} (JavaTimeModule and Jdk8Module on the
 * class path) write the same documented JSON and read it back to equal values.
 */
class ResultJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper WITH_MODULES = new ObjectMapper().findAndRegisterModules();
    private static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final DateRange APRIL = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));

    /** Example A: 4 days x 0.5 % of 200,000.00 EUR = 4,000.00 EUR, Northwind IT to Client B. */
    static PenaltyDecision exampleA() {
        return PenaltyDecision.builder().id("PD-0123456789abcdef").clause("12.1").subject("DELIVERY-1")
                .debtor("northwind").creditor("client-b").amount(Money.of("4000.00", "EUR"))
                .priced(Money.of("4000.000", "EUR")).delay(4).unit(DelayUnit.DAYS)
                .rules(List.of("attribute: own delay", DefaultRules.DAMAGES_PER_UNIT))
                .explanation("PD-0123456789abcdef: Northwind IT owes Client B 4,000.00 EUR under clause 12.1.\n")
                .build();
    }

    /** Example G: 10 % of 1,000.00 USD = 100.00 USD. */
    static CreditDecision exampleG() {
        return CreditDecision.builder().id("CR-0123456789abcdef").kind(CreditKind.SERVICE_CREDIT).clause("7.2")
                .objective("AVAIL-WEB").window(APRIL).subject("AVAIL-WEB").debtor("acme").creditor("client-g")
                .amount(Money.of("100.00", "USD")).priced(Money.of("100.000", "USD"))
                .rules(List.of(DefaultRules.BAND_CREDIT))
                .explanation("CR-0123456789abcdef: Acme Hosting owes Client G 100.00 USD.").build();
    }

    /** Everything an evaluation can hold: late and open obligations, each metric kind, a history. */
    static Evaluation everything() {
        Interval flood = Interval.of(Instant.parse("2026-04-19T22:00:00Z"), Instant.parse("2026-04-23T22:00:00Z"));
        Segment spec = Segment.of(Responsible.party("client-b"), Duration.ofDays(21), Cause.OWN_DELAY, "SPEC-1",
                Optional.empty(), Optional.empty(), "", List.of(), List.of("propagate: own delay"));
        Segment own = Segment.of(Responsible.party("northwind"), Duration.ofDays(4), Cause.OWN_DELAY, "DELIVERY-1",
                Optional.empty(), Optional.empty(), "", List.of(), List.of("attribute: own delay"));
        Segment excused = Segment.of(Responsible.EXCUSED, Duration.ofDays(4), Cause.FORCE_MAJEURE, "DELIVERY-2",
                Optional.of("FM-1"), Optional.of(flood), "flood", List.of("SPEC-2"),
                        List.of("attribute: force majeure"));
        DelayAttribution delivered = DelayAttribution.of("DELIVERY-1", "northwind",
                Instant.parse("2026-03-30T22:00:00Z"), Optional.of(Instant.parse("2026-04-24T22:00:00Z")),
                Instant.parse("2026-04-24T22:00:00Z"), List.of(spec, own));
        DelayAttribution open = DelayAttribution.of("DELIVERY-2", "northwind", Instant.parse("2026-04-21T22:00:00Z"),
                Optional.empty(), Instant.parse("2026-04-25T22:00:00Z"), List.of(excused));
        ObjectiveResult availability = ObjectiveResult.builder().objective("AVAIL-WEB").kind(MetricKind.AVAILABILITY)
                .window(APRIL).achieved(new BigDecimal("99.884259259")).target(new BigDecimal("99.95")).met(false)
                .lostTime(List.of(new Share(Responsible.party("acme"), Duration.ofMinutes(50)),
                        new Share(Responsible.EXCUSED, Duration.ofMinutes(120))))
                .notes(List.of("a note")).rules(List.of(DefaultRules.AVAILABILITY)).build();
        ObjectiveResult resolution = ObjectiveResult.builder().objective("P1").kind(MetricKind.TIME_TO).window(APRIL)
                .achieved(new BigDecimal("1")).target(new BigDecimal("2")).met(false)
                .cases(List.of(new CaseResult("C-1", "P1", Duration.ofHours(9), Duration.ofHours(8), true,
                                Optional.of(Instant.parse("2026-04-08T09:00:00Z")),
                                List.of(new Share(Responsible.party("client-g"), Duration.ofHours(4)))),
                        new CaseResult("C-2", "P1", Duration.ofHours(2), Duration.ofHours(8), false, Optional.empty(),
                                List.of())))
                .build();
        ObjectiveResult leads = ObjectiveResult.builder().objective("LEADS").kind(MetricKind.QUOTA).window(APRIL)
                .achieved(new BigDecimal("180")).target(new BigDecimal("200")).met(false).shortfall(Optional.of(20L))
                .shortfallBy(List.of(new UnitShare(Responsible.party("marketing"), 20))).build();
        History history = new History(
                List.of(new History.MonthRecord(YearMonth.of(2026, 4), Money.parse("1000.00 USD"),
                        Money.parse("100.00 USD"))),
                List.of(new History.WindowRecord("AVAIL-WEB", MARCH, true, List.of()),
                        new History.WindowRecord("AVAIL-WEB", APRIL, false, List.of(new History.IssuedCredit(
                                "CR-0123456789abcdef", "7.2", "acme", "client-g", Money.parse("100.00 USD"))))));
        return Evaluation.builder().agreementId("NW-CB-2026").period(APRIL)
                .asOf(Instant.parse("2026-04-30T22:00:00Z")).attributions(List.of(delivered, open))
                .penalties(List.of(exampleA())).objectives(List.of(availability, resolution, leads))
                .credits(List.of(exampleG())).history(history).explanation("the explanation").build();
    }

    static Stream<ObjectMapper> mappers() {
        return Stream.of(PLAIN, WITH_MODULES);
    }

    @Test
    void theSecondMapperReallyHasTheJavaTimeAndOptionalModules() {
        // otherwise the tests "with modules" would test the plain mapper twice
        assertThat(WITH_MODULES.getRegisteredModuleIds()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(id -> assertThat(id.toString()).contains("jsr310"))
                .anySatisfy(id -> assertThat(id.toString()).contains("jdk8"));
    }

    @Test
    void moneyIsItsExactAmountAndItsCurrencyCode() throws Exception {
        // the amount as a string keeps its scale: 4000.00, not 4000.0 nor 4E+3
        assertThat(PLAIN.writeValueAsString(Money.of("4000.00", "EUR")))
                .isEqualTo("{\"amount\":\"4000.00\",\"currency\":\"EUR\"}");
        assertThat(PLAIN.writeValueAsString(Money.of("0.0000001", "EUR")))
                .isEqualTo("{\"amount\":\"0.0000001\",\"currency\":\"EUR\"}");
        assertThat(PLAIN.writeValueAsString(Money.of("4000", "JPY")))
                .isEqualTo("{\"amount\":\"4000\",\"currency\":\"JPY\"}");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void moneyReadsBackEqualWithItsScale(ObjectMapper mapper) throws Exception {
        Money read = mapper.readValue(mapper.writeValueAsString(Money.of("61.72835", "EUR")), Money.class);

        assertThat(read).isEqualTo(Money.of("61.72835", "EUR"));
        assertThat(read.amount().scale()).isEqualTo(5);
        // the file form is read too
        assertThat(mapper.readValue("\"4000.00 EUR\"", Money.class)).isEqualTo(Money.of("4000.00", "EUR"));
        // a producer that wrote the amount as a JSON number still gets its exact digits, not a double's
        Money fromNumber = mapper.readValue("{\"amount\":4000.10,\"currency\":\"EUR\"}", Money.class);
        assertThat(fromNumber.amount()).isEqualTo(new BigDecimal("4000.10"));
    }

    @Test
    void moneyWithoutACurrencyIsRefused() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"amount\":\"4000.00\"}", Money.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> PLAIN.readValue("{\"amount\":\"4000.00\",\"currency\":\"EURO\"}", Money.class))
                .isInstanceOf(ValueInstantiationException.class);
    }

    @Test
    void aPenaltyDecisionIsWrittenWithExactlyItsDocumentedFields() throws Exception {
        // a public getter added later must not leak into billing systems' payloads: the field set is fixed
        JsonNode tree = PLAIN.readTree(PLAIN.writeValueAsString(exampleA()));

        assertThat(names(tree)).containsExactly("id", "fingerprint", "kind", "clause", "subject", "debtor",
                "creditor",
                "amount", "priced", "delay", "unit", "capped", "terminationRight", "rules", "explanation");
        assertThat(names(tree.get("amount"))).containsExactly("amount", "currency");
        assertThat(tree.get("amount").get("amount").asText()).isEqualTo("4000.00");
        assertThat(tree.get("amount").get("currency").asText()).isEqualTo("EUR");
        assertThat(tree.get("priced").get("amount").asText()).isEqualTo("4000.000");
        assertThat(tree.get("kind").asText()).isEqualTo("LIQUIDATED_DAMAGES");
        assertThat(tree.get("fingerprint").asText()).isEqualTo(exampleA().fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void everyResultTypeIsWrittenWithExactlyItsDocumentedFields() throws Exception {
        JsonNode tree = PLAIN.readTree(PLAIN.writeValueAsString(everything()));

        assertThat(names(tree)).containsExactly("agreementId", "period", "asOf", "attributions", "penalties",
                "objectives", "credits", "history", "explanation");
        assertThat(names(tree.get("period"))).containsExactly("startInclusive", "endExclusive");
        JsonNode attribution = tree.get("attributions").get(0);
        assertThat(names(attribution)).containsExactly("subject", "owner", "due", "fulfilled", "measuredTo", "total",
                "shares", "segments");
        assertThat(names(attribution.get("shares").get(0))).containsExactly("responsible", "length");
        assertThat(attribution.get("shares").get(0).get("responsible").asText()).isEqualTo("client-b");
        JsonNode excused = tree.get("attributions").get(1).get("segments").get(0);
        assertThat(names(excused)).containsExactly("responsible", "length", "cause", "origin", "event", "interval",
                "reason", "via", "rules");
        assertThat(names(excused.get("interval"))).containsExactly("startInclusive", "endExclusive");
        assertThat(names(tree.get("objectives").get(0))).containsExactly("objective", "kind", "window", "achieved",
                "target", "met", "lostTime", "shortfall", "shortfallBy", "cases", "notes", "rules");
        assertThat(names(tree.get("objectives").get(1).get("cases").get(0))).containsExactly("caseId", "priority",
                "businessTime", "target", "stopped", "breachedAt", "pauses");
        assertThat(names(tree.get("objectives").get(2).get("shortfallBy").get(0))).containsExactly("responsible",
                "units");
        assertThat(names(tree.get("credits").get(0))).containsExactly("id", "fingerprint", "kind", "clause",
                "objective",
                "window", "subject", "debtor", "creditor", "amount", "priced", "capped", "rules", "explanation");
        assertThat(names(tree.get("history"))).containsExactly("months", "windows");
        assertThat(names(tree.get("history").get("months").get(0))).containsExactly("month", "charged", "credited");
        assertThat(names(tree.get("history").get("windows").get(1))).containsExactly("objective", "window", "met",
                "credits");
        assertThat(names(tree.get("history").get("windows").get(1).get("credits").get(0))).containsExactly(
                "decisionId", "clause", "debtor", "creditor", "amount");
    }

    @Test
    void timeIsIsoTextAndAbsentValuesAreNull() throws Exception {
        JsonNode tree = PLAIN.readTree(PLAIN.writeValueAsString(everything()));

        assertThat(tree.get("asOf").asText()).isEqualTo("2026-04-30T22:00:00Z");
        assertThat(tree.get("period").get("startInclusive").asText()).isEqualTo("2026-04-01");
        JsonNode delivered = tree.get("attributions").get(0);
        assertThat(delivered.get("total").asText()).isEqualTo("PT600H");
        assertThat(delivered.get("fulfilled").asText()).isEqualTo("2026-04-24T22:00:00Z");
        assertThat(delivered.get("segments").get(0).get("event").isNull()).isTrue();
        assertThat(delivered.get("segments").get(0).get("interval").isNull()).isTrue();
        assertThat(tree.get("attributions").get(1).get("fulfilled").isNull()).isTrue();
        assertThat(tree.get("objectives").get(0).get("achieved").asText()).isEqualTo("99.884259259");
        assertThat(tree.get("objectives").get(0).get("shortfall").isNull()).isTrue();
        assertThat(tree.get("objectives").get(2).get("shortfall").asLong()).isEqualTo(20);
        assertThat(tree.get("objectives").get(1).get("cases").get(1).get("breachedAt").isNull()).isTrue();
        assertThat(tree.get("history").get("months").get(0).get("month").asText()).isEqualTo("2026-04");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aDecisionReadsBackEqualWithItsFingerprint(ObjectMapper mapper) throws Exception {
        PenaltyDecision read = mapper.readValue(mapper.writeValueAsString(exampleA()), PenaltyDecision.class);
        CreditDecision credit = mapper.readValue(mapper.writeValueAsString(exampleG()), CreditDecision.class);

        assertThat(read).isEqualTo(exampleA());
        assertThat(read.fingerprint()).isEqualTo(exampleA().fingerprint());
        assertThat(read.amount().amount().scale()).isEqualTo(2);
        assertThat(credit).isEqualTo(exampleG());
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aWholeEvaluationReadsBackEqual(ObjectMapper mapper) throws Exception {
        String json = mapper.writeValueAsString(everything());

        Evaluation read = mapper.readValue(json, Evaluation.class);

        assertThat(read).isEqualTo(everything());
        assertThat(read.decisions()).isEqualTo(everything().decisions());
        // the user's modules change nothing: both mappers write the same text
        assertThat(json).isEqualTo(PLAIN.writeValueAsString(everything()));
    }

    @Test
    void aFingerprintInTheInputIsNotTrusted() throws Exception {
        // the fingerprint is derived from the content read, never copied from the payload
        String json = PLAIN.writeValueAsString(exampleA()).replace(exampleA().fingerprint(), "ffffffffffffffff");

        assertThat(PLAIN.readValue(json, PenaltyDecision.class).fingerprint()).isEqualTo(exampleA().fingerprint());
    }

    @Test
    void anAttributionWhoseSharesDoNotAddUpIsRefusedOnReading() throws Exception {
        String json = PLAIN.writeValueAsString(everything().attributions().get(0)).replace("\"PT600H\"",
                "\"PT601H\"");

        assertThatThrownBy(() -> PLAIN.readValue(json, DelayAttribution.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("must add up to its delay");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
