package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class AgreementsTest {

    private static final String SOURCE = "nw-cb-2026.yaml";

    /** The problems of the sample agreement with one piece of its YAML replaced. */
    private static List<Problem> problemsReplacing(String piece, String replacement) {
        String text = SampleFiles.replaced("agreement.yaml", piece, replacement);
        return problems(() -> Agreements.parse(text, SOURCE, true));
    }

    private static Agreement readReplacing(String piece, String replacement) {
        return Agreements.parse(SampleFiles.replaced("agreement.yaml", piece, replacement), SOURCE, true);
    }

    // --- reading what is right

    @Test
    void yamlAndJsonFormsReadToEqualAgreements() {
        Agreement yaml = Agreements.read(SampleFiles.path("agreement.yaml"));
        Agreement json = Agreements.read(SampleFiles.path("agreement.json"));

        assertThat(json).isEqualTo(yaml);
    }

    @Test
    void readsTheAgreementsOwnFields() {
        Agreement agreement = SampleFiles.agreement();

        assertThat(agreement.id()).isEqualTo("NW-CB-2026");
        assertThat(agreement.kind()).isEqualTo(AgreementKind.CUSTOMER_BASED);
        assertThat(agreement.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(agreement.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(agreement.effective()).isEqualTo(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)));
        assertThat(agreement.holidays()).containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));
        assertThat(agreement.parties()).extracting(p -> p.id() + " " + p.role())
                .containsExactly("northwind PROVIDER", "client-b CUSTOMER");
    }

    @Test
    void readsEachFormOfDueDate() {
        Agreement agreement = SampleFiles.agreement();

        assertThat(agreement.obligations()).extracting(Obligation::due).containsExactly(
                Due.onDate(LocalDate.of(2026, 3, 2)),
                Due.at(Instant.parse("2026-03-16T16:00:00Z")), // 17:00 at +01:00
                Due.after("SPEC-1", 10, DayCount.BUSINESS),
                Due.onDate(LocalDate.of(2026, 5, 29)));
        assertThat(agreement.obligation("SPEC-1").orElseThrow().dependsOn()).containsExactly("KICKOFF-1");
    }

    @Test
    void readsLiquidatedDamagesWithPercentagesAndAmounts() {
        Agreement agreement = SampleFiles.agreement();

        assertThat(agreement.penalties()).containsExactly(
                new LiquidatedDamages("12.1", "Delay in delivery", "northwind", "client-b",
                        List.of("DELIVERY-1", "DELIVERY-3"), Optional.of(Money.parse("200000.00 EUR")),
                        Amount.percentOfValue(new BigDecimal("0.5")), DelayUnit.DAYS, DelayRounding.UP,
                        Optional.of(Amount.percentOfValue(new BigDecimal("10"))), OptionalLong.of(30)),
                new LiquidatedDamages("12.2", "Standby fee for late specifications", "client-b", "northwind",
                        List.of("SPEC-1"), Optional.empty(), Amount.of(Money.parse("1000.00 EUR")), DelayUnit.DAYS,
                        DelayRounding.DOWN, Optional.of(Amount.of(Money.parse("20000.00 EUR"))), OptionalLong.empty()));
    }

    @Test
    void percentagesAreReadAsTheExactDecimalWritten() {
        Agreement agreement = readReplacing("percentOfValue: 0.5,", "percentOfValue: 0.10,");

        LiquidatedDamages clause = (LiquidatedDamages) agreement.penalties().get(0);
        assertThat(clause.rate()).isEqualTo(Amount.percentOfValue(new BigDecimal("0.10")));
    }

    @Test
    void absentOptionalFieldsTakeTheirDefaults() {
        Agreement agreement = Agreements.parse("""
                id: MINIMAL
                zone: UTC
                currency: EUR
                effective: {from: 2026-01-01, to: 2027-01-01}
                parties:
                  - {id: a, name: A, role: PROVIDER}
                  - {id: b, name: B, role: CUSTOMER}
                """, SOURCE, true);

        assertThat(agreement.kind()).isEqualTo(AgreementKind.CUSTOMER_BASED);
        assertThat(agreement.moneyRounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(agreement.holidays()).isEmpty();
        assertThat(agreement.obligations()).isEmpty();
        assertThat(agreement.penalties()).isEmpty();
    }

    @Test
    void unquotedClauseIdIsTakenAsWritten() {
        Agreement agreement = readReplacing("id: \"12.1\"", "id: 12.10");

        assertThat(agreement.penalties().get(0).id()).isEqualTo("12.10");
    }

    // --- fields

    @Test
    void unknownFieldIsAProblemListingTheAllowedFields() {
        List<Problem> problems = problemsReplacing("description: kick-off workshop", "descripton: kick-off workshop");

        assertOnlyProblem(problems, SOURCE, "obligations[0].descripton",
                "unknown field \"descripton\" (allowed: id, owner, beneficiary, due, description, dependsOn)");
    }

    @Test
    void missingRequiredFieldIsAProblem() {
        List<Problem> problems = problemsReplacing("currency: EUR\n", "");

        assertOnlyProblem(problems, SOURCE, "currency", "is required");
    }

    @Test
    void missingRequiredFieldOfAnElementIsAProblemAtItsPath() {
        List<Problem> problems = problemsReplacing("{id: client-b, name: Client B, role: CUSTOMER}",
                "{id: client-b, role: CUSTOMER}");

        assertOnlyProblem(problems, SOURCE, "parties[1].name", "is required");
    }

    @Test
    void valueOfTheWrongKindIsAProblem() {
        List<Problem> problems = problemsReplacing("holidays: [2026-04-03, 2026-04-06]", "holidays: 2026-04-03");

        assertOnlyProblem(problems, SOURCE, "holidays", "must be a list, found the text \"2026-04-03\"");
    }

    // --- values

    @Test
    void malformedDateIsAProblem() {
        List<Problem> problems = problemsReplacing("[2026-04-03, 2026-04-06]", "[2026-04-03, 2026-4-6]");

        assertOnlyProblem(problems, SOURCE, "holidays[1]", "not a date: \"2026-4-6\" (expected yyyy-mm-dd");
    }

    @Test
    void agreementInEffectForNoDayIsAProblem() {
        // half-open: [2026-03-01, 2026-03-01) holds no day; events of March would all lie outside it
        List<Problem> problems = problemsReplacing("effective: {from: 2026-03-01, to: 2027-03-01}",
                "effective: {from: 2026-03-01, to: 2026-03-01}");

        assertOnlyProblem(problems, SOURCE, "effective", "is empty, 2026-03-01..2026-03-01: the end is exclusive");
    }

    @Test
    void dateThatIsNotInTheCalendarIsAProblem() {
        List<Problem> problems = problemsReplacing("due: 2026-05-29", "due: 2026-02-29");

        assertOnlyProblem(problems, SOURCE, "obligations[3].due", "not a date: \"2026-02-29\" (no such day");
    }

    @Test
    void instantWithoutOffsetIsAProblem() {
        List<Problem> problems = problemsReplacing("due: 2026-03-16T17:00:00+01:00", "due: 2026-03-16T17:00:00");

        assertOnlyProblem(problems, SOURCE, "obligations[1].due", "\"2026-03-16T17:00:00\" has no offset");
    }

    @Test
    void instantThatIsNotOnTheClockIsAProblem() {
        List<Problem> problems = problemsReplacing("due: 2026-03-16T17:00:00+01:00", "due: 2026-03-16T25:00:00+01:00");

        assertOnlyProblem(problems, SOURCE, "obligations[1].due", "not an instant: \"2026-03-16T25:00:00+01:00\"");
    }

    @Test
    void malformedMoneyIsAProblem() {
        List<Problem> problems = problemsReplacing("value: \"200000.00 EUR\"", "value: \"200,000.00 EUR\"");

        assertOnlyProblem(problems, SOURCE, "penalties[0].value", "not an amount of money: \"200,000.00 EUR\"");
    }

    @Test
    void moneyWrittenAsANumberIsAProblem() {
        List<Problem> problems = problemsReplacing("value: \"200000.00 EUR\"", "value: 200000.00");

        assertOnlyProblem(problems, SOURCE, "penalties[0].value", "found the number 200000.00");
    }

    @Test
    void unknownRoleIsAProblemListingTheRoles() {
        List<Problem> problems = problemsReplacing("role: CUSTOMER}", "role: CLIENT}");

        assertOnlyProblem(problems, SOURCE, "parties[1].role",
                "unknown value \"CLIENT\" (allowed: PROVIDER, CUSTOMER, SUBCONTRACTOR, INTERNAL_UNIT)");
    }

    @Test
    void unknownDelayRoundingIsAProblemListingTheRoundings() {
        List<Problem> problems = problemsReplacing("rounding: DOWN", "rounding: NEAREST");

        assertOnlyProblem(problems, SOURCE, "penalties[1].rounding", "unknown value \"NEAREST\" (allowed: UP, DOWN, PRO_RATA, ONCE)");
    }

    @Test
    void readsTheConcurrentDelayPolicyByNameOrWithItsShare() {
        assertThat(readReplacing("moneyRounding: HALF_EVEN", "moneyRounding: HALF_EVEN\nconcurrentDelay: FIRST_IN_TIME")
                .concurrentDelay()).isEqualTo(ConcurrentDelay.firstInTime());
        assertThat(readReplacing("moneyRounding: HALF_EVEN", "moneyRounding: HALF_EVEN\nconcurrentDelay: APPORTION")
                .concurrentDelay()).isEqualTo(ConcurrentDelay.apportion(new BigDecimal("50")));
        assertThat(readReplacing("moneyRounding: HALF_EVEN",
                "moneyRounding: HALF_EVEN\nconcurrentDelay: {policy: APPORTION, ownerSharePercent: 62.5}")
                .concurrentDelay()).isEqualTo(ConcurrentDelay.apportion(new BigDecimal("62.5")));
        assertThat(readReplacing("moneyRounding: HALF_EVEN",
                "moneyRounding: HALF_EVEN\nconcurrentDelay: public-works.DOMINANT_CAUSE").concurrentDelay())
                .isEqualTo(ConcurrentDelay.of("public-works.DOMINANT_CAUSE"));
        assertThat(Agreements.read(SampleFiles.path("agreement.yaml")).concurrentDelay())
                .isEqualTo(ConcurrentDelay.excuseOverlap());
    }

    @Test
    void misspeltConcurrentDelayPolicyIsAProblem() {
        List<Problem> problems = problemsReplacing("moneyRounding: HALF_EVEN",
                "moneyRounding: HALF_EVEN\nconcurrentDelay: EXCUSE_OVERLAPS");

        assertOnlyProblem(problems, SOURCE, "concurrentDelay.policy", "unknown policy \"EXCUSE_OVERLAPS\" (built in: "
                + "EXCUSE_OVERLAP, APPORTION, FIRST_IN_TIME; a rule pack's policy is written pack-id.NAME)");
    }

    @Test
    void ownerShareOutsideAPercentageOrWithoutApportioningIsAProblem() {
        assertOnlyProblem(problemsReplacing("moneyRounding: HALF_EVEN",
                        "moneyRounding: HALF_EVEN\nconcurrentDelay: {policy: APPORTION, ownerSharePercent: 120}"),
                SOURCE, "concurrentDelay.ownerSharePercent", "must be from 0 to 100, was 120");
        assertOnlyProblem(problemsReplacing("moneyRounding: HALF_EVEN",
                        "moneyRounding: HALF_EVEN\nconcurrentDelay: {policy: FIRST_IN_TIME, ownerSharePercent: 50}"),
                SOURCE, "concurrentDelay.ownerSharePercent", "only APPORTION splits the overlap, not FIRST_IN_TIME");
    }

    @Test
    void moneyRoundingThatDoesNotRoundIsAProblem() {
        List<Problem> problems = problemsReplacing("moneyRounding: HALF_EVEN", "moneyRounding: UNNECESSARY");

        assertOnlyProblem(problems, SOURCE, "moneyRounding",
                "unknown value \"UNNECESSARY\" (allowed: UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN)");
    }

    @Test
    void unknownZoneIsAProblem() {
        List<Problem> problems = problemsReplacing("zone: Europe/Berlin", "zone: Europe/Berln");

        assertOnlyProblem(problems, SOURCE, "zone", "unknown time zone \"Europe/Berln\"");
    }

    @Test
    void unknownCurrencyCodeIsAProblem() {
        List<Problem> problems = problemsReplacing("currency: EUR", "currency: EUX");

        assertOnlyProblem(problems, SOURCE, "currency", "unknown currency code \"EUX\"");
    }

    @Test
    void unknownCurrencyCodeInMoneyIsAProblem() {
        List<Problem> problems = problemsReplacing("amount: \"1000.00 EUR\"", "amount: \"1000.00 EUX\"");

        assertOnlyProblem(problems, SOURCE, "penalties[1].rate.amount", "unknown currency code \"EUX\"");
    }

    // --- the model's own checks, placed at the element's path

    @Test
    void negativeRateIsAProblem() {
        List<Problem> problems = problemsReplacing("percentOfValue: 0.5,", "percentOfValue: -0.5,");

        assertOnlyProblem(problems, SOURCE, "penalties[0].rate.percentOfValue", "must not be negative, was -0.5");
    }

    @Test
    void negativeValueIsAProblem() {
        List<Problem> problems = problemsReplacing("value: \"200000.00 EUR\"", "value: \"-200000.00 EUR\"");

        assertOnlyProblem(problems, SOURCE, "penalties[0].value", "must not be negative, was -200000.00 EUR");
    }

    @Test
    void negativeCapIsAProblem() {
        List<Problem> problems = problemsReplacing("cap: {amount: \"20000.00 EUR\"}", "cap: {amount: \"-20000.00 EUR\"}");

        assertOnlyProblem(problems, SOURCE, "penalties[1].cap.amount", "must not be negative");
    }

    @Test
    void relativeDueDateWithNegativeDaysIsAProblem() {
        List<Problem> problems = problemsReplacing("days: 10", "days: -1");

        assertOnlyProblem(problems, SOURCE, "obligations[2].due.days", "must be between 0 and 3660, was -1");
    }

    @Test
    void relativeDueDateBeyondTenYearsIsAProblem() {
        // counting two billion business days one by one would stall a billing run
        List<Problem> problems = problemsReplacing("days: 10", "days: 2000000000");

        assertOnlyProblem(problems, SOURCE, "obligations[2].due.days", "must be between 0 and 3660, was 2000000000");
    }

    @Test
    void rateWithBothPercentageAndAmountIsAProblem() {
        List<Problem> problems = problemsReplacing("rate: {percentOfValue: 0.5, per: DAY}",
                "rate: {percentOfValue: 0.5, amount: \"1000.00 EUR\", per: DAY}");

        assertOnlyProblem(problems, SOURCE, "penalties[0].rate", "gives both percentOfValue and amount");
    }

    @Test
    void capThatIsNoObjectIsOneProblem() {
        List<Problem> problems = problemsReplacing("cap: {percentOfValue: 10}", "cap: 10");

        assertOnlyProblem(problems, SOURCE, "penalties[0].cap",
                "must be an object with the fields percentOfValue, amount, found the number 10");
    }

    @Test
    void secondYamlDocumentIsRefused() {
        List<Problem> problems = problemsReplacing("zone: Europe/Berlin\n", "zone: Europe/Berlin\n---\nid: other\n");

        assertOnlyProblem(problems, SOURCE, "", "more content follows the first document");
    }

    @Test
    void percentageRateWithoutValueIsAProblem() {
        List<Problem> problems = problemsReplacing("    value: \"200000.00 EUR\"\n", "");

        assertOnlyProblem(problems, SOURCE, "penalties[0].value", "is required when the rate is a percentage");
    }

    // --- the agreement's cross-reference checks

    @Test
    void amountInAnotherCurrencyThanTheAgreementsIsAProblem() {
        List<Problem> problems = problemsReplacing("amount: \"1000.00 EUR\"", "amount: \"1000.00 USD\"");

        assertOnlyProblem(problems, SOURCE, "penalties[1].rate.amount",
                "currency USD does not match the agreement's currency EUR");
    }

    @Test
    void dependencyCycleIsAProblemNamingTheCycle() {
        List<Problem> problems = problemsReplacing("    due: 2026-03-02\n", "    due: 2026-03-02\n    dependsOn: [SPEC-1]\n");

        assertOnlyProblem(problems, SOURCE, "obligations", "KICKOFF-1 -> SPEC-1 -> KICKOFF-1");
    }

    @Test
    void unknownPartyReferenceIsAProblem() {
        List<Problem> problems = problemsReplacing("    owner: client-b\n", "    owner: client-c\n");

        assertOnlyProblem(problems, SOURCE, "obligations[1].owner", "unknown party client-c");
    }

    @Test
    void unknownObligationInDependsOnIsAProblem() {
        List<Problem> problems = problemsReplacing("dependsOn: [KICKOFF-1]", "dependsOn: [KICKOFF-9]");

        assertOnlyProblem(problems, SOURCE, "obligations[1].dependsOn[0]", "unknown obligation KICKOFF-9");
    }

    @Test
    void duplicateObligationIdIsAProblem() {
        List<Problem> problems = problemsReplacing("penalties:\n",
                "  - {id: SPEC-1, owner: client-b, beneficiary: northwind, due: 2026-03-20}\npenalties:\n");

        assertOnlyProblem(problems, SOURCE, "obligations[4].id", "duplicate obligation id SPEC-1");
    }

    @Test
    void duplicatePartyIdIsAProblem() {
        List<Problem> problems = problemsReplacing("  - {id: client-b, name: Client B, role: CUSTOMER}\n",
                "  - {id: client-b, name: Client B, role: CUSTOMER}\n"
                        + "  - {id: northwind, name: Northwind again, role: CUSTOMER}\n");

        assertOnlyProblem(problems, SOURCE, "parties[2].id", "duplicate party id northwind");
    }

    @Test
    void aSubcontractorNamesAKnownPartyThatEngagedIt() {
        List<Problem> missing = problemsReplacing("  - {id: client-b, name: Client B, role: CUSTOMER}\n",
                "  - {id: client-b, name: Client B, role: CUSTOMER}\n"
                        + "  - {id: hosting, name: Hosting GmbH, role: SUBCONTRACTOR}\n");
        List<Problem> unknown = problemsReplacing("  - {id: client-b, name: Client B, role: CUSTOMER}\n",
                "  - {id: client-b, name: Client B, role: CUSTOMER}\n"
                        + "  - {id: hosting, name: Hosting GmbH, role: SUBCONTRACTOR, engagedBy: nobody}\n");

        assertOnlyProblem(missing, SOURCE, "parties[2].engagedBy", "names the party that engaged it");
        assertOnlyProblem(unknown, SOURCE, "parties[2].engagedBy", "unknown party nobody");
    }

    // --- every problem at once

    @Test
    void severalProblemsAreAllListed() {
        Path file = SampleFiles.path("agreement-three-problems.yaml");

        List<Problem> problems = problems(() -> Agreements.read(file));

        assertThat(problems).extracting(Problem::source, Problem::path).containsExactly(
                tuple(file.toString(), "colour"),
                tuple(file.toString(), "effective.from"),
                tuple(file.toString(), "parties[1].role"));
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("unknown field \"colour\""),
                m -> assertThat(m).contains("\"2026-02-30\" (no such day"),
                m -> assertThat(m).contains("unknown value \"OWNER\""));
    }

    @Test
    void fieldErrorsAndTheChecksOfWhatCouldBeReadComeInOneRound() {
        // a malformed due date, an unknown owner, a clause id given twice: once three rounds of fixing
        String text = SampleFiles.text("agreement.yaml")
                .replace("    due: 2026-03-02\n", "    due: 2026-03-32\n")
                .replace("    owner: client-b\n", "    owner: client-c\n")
                .replace("id: \"12.2\"", "id: \"12.1\"");

        List<Problem> problems = problems(() -> Agreements.parse(text, SOURCE, true));

        // KICKOFF-1 could not be read, yet SPEC-1's dependency on it is no unknown obligation
        assertThat(problems).extracting(Problem::source, Problem::path, Problem::message).containsExactly(
                tuple(SOURCE, "obligations[0].due", "not a date: \"2026-03-32\" (no such day in the calendar)"),
                tuple(SOURCE, "obligations[1].owner", "unknown party client-c"),
                tuple(SOURCE, "penalties[1].id", "duplicate clause id 12.1"));
    }

    @Test
    void aReferenceToAnObligationThatCouldNotBeReadIsNotUnknown() {
        // SPEC-1 is named by DELIVERY-1's dependsOn and due date and by clause 12.2
        String text = SampleFiles.text("agreement.yaml")
                .replace("due: 2026-03-16T17:00:00+01:00", "due: 2026-03-16T17:00:00")
                .replace("dependsOn: [DELIVERY-1]", "dependsOn: [DELIVERY-2]");

        List<Problem> problems = problems(() -> Agreements.parse(text, SOURCE, true));

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("obligations[1].due", "not an instant: \"2026-03-16T17:00:00\" has no offset (write e.g."
                        + " 2026-03-02T17:00:00Z or 2026-03-02T17:00:00+01:00)"),
                tuple("obligations[3].dependsOn[0]", "unknown obligation DELIVERY-2"));
    }

    @Test
    void theChecksNameTheFilesIndexesWhenAnElementBeforeCouldNotBeRead() {
        // obligations[1] is left out, so DELIVERY-3 is the third obligation read and the fourth in the file
        String text = SampleFiles.text("agreement.yaml")
                .replace("due: 2026-03-16T17:00:00+01:00", "due: 2026-03-16T17:00:00")
                .replace("dependsOn: [DELIVERY-1]", "dependsOn: [DELIVERY-1, DELIVERY-1]")
                .replace("  - {id: client-b, name: Client B, role: CUSTOMER}\n",
                        "  - {id: client-b, name: Client B, role: KUNDE}\n  - {id: client-b, name: Client B, role: CUSTOMER}\n"
                                + "  - {id: northwind, name: Northwind IT, role: PROVIDER}\n");

        List<Problem> problems = problems(() -> Agreements.parse(text, SOURCE, true));

        // parties[1] is left out too: the second northwind is the third party read, the fourth in the file
        assertThat(problems).extracting(Problem::path).containsExactly(
                "parties[1].role",
                "obligations[1].due",
                "parties[3].id",
                "obligations[3].dependsOn[1]");
        assertThat(problems).extracting(Problem::message).endsWith(
                "duplicate party id northwind", "duplicate dependency DELIVERY-1");
    }

    @Test
    void anObligationWithoutAReadableIdLeavesNoReferenceToAnObligationUnknown() {
        // any obligation named may be the one without its id
        String text = SampleFiles.replaced("agreement.yaml", "  - id: SPEC-1\n    owner: client-b\n", "  - owner: client-b\n");

        assertOnlyProblem(problems(() -> Agreements.parse(text, SOURCE, true)), SOURCE, "obligations[1].id", "is required");
    }

    @Test
    void obligationsThatAreNoListLeaveTheirReferencesUnchecked() {
        String text = SampleFiles.text("agreement.yaml");
        String broken = text.substring(0, text.indexOf("obligations:\n")) + "obligations: 4\n"
                + text.substring(text.indexOf("penalties:\n"));

        List<Problem> problems = problems(() -> Agreements.parse(broken, SOURCE, true));

        // the clauses' obligations are not reported unknown; the rest of the file is still checked
        assertOnlyProblem(problems, SOURCE, "obligations", "must be a list, found the number 4");
    }

    @Test
    void problemsNameTheAgreementWhenItsIdIsReadable() {
        String text = SampleFiles.replaced("agreement.yaml", "zone: Europe/Berlin", "zone: Mars/Olympus");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Agreements.parse(text, SOURCE, true));

        assertThat(e.agreementId()).contains("NW-CB-2026");
    }

    // --- the file as a whole

    @Test
    void yamlAliasBombIsRefused() {
        Path file = SampleFiles.path("agreement-alias-bomb.yaml");

        List<Problem> problems = problems(() -> Agreements.read(file));

        assertOnlyProblem(problems, file.toString(), "", "uses the YAML alias *a at line 3, column 8");
        assertThat(problems.get(0).message()).endsWith("aliases are not allowed, write the value out");
    }

    @Test
    void duplicateKeyIsRefused() {
        List<Problem> problems = problemsReplacing("currency: EUR\n", "currency: EUR\ncurrency: USD\n");

        assertOnlyProblem(problems, SOURCE, "", "is not valid YAML at line 7, column 9: Duplicate field 'currency'");
    }

    @Test
    void duplicateKeyInJsonIsRefused() {
        String text = SampleFiles.replaced("agreement.json", "\"currency\": \"EUR\",", "\"currency\": \"EUR\", \"currency\": \"USD\",");

        List<Problem> problems = problems(() -> Agreements.parse(text, "nw.json", false));

        assertOnlyProblem(problems, "nw.json", "", "Duplicate field 'currency'");
    }

    @Test
    void malformedYamlIsOneProblemWithLineAndColumn() {
        List<Problem> problems = problemsReplacing("to: 2027-03-01}", "to: 2027-03-01");

        assertOnlyProblem(problems, SOURCE, "", "is not valid YAML at line 8, column 9: while parsing a flow mapping");
    }

    @Test
    void malformedJsonIsOneProblemWithLineAndColumn() {
        String text = SampleFiles.replaced("agreement.json", "\"zone\": \"Europe/Berlin\",", "\"zone\": \"Europe/Berlin\"");

        List<Problem> problems = problems(() -> Agreements.parse(text, "nw.json", false));

        assertOnlyProblem(problems, "nw.json", "", "is not valid JSON at line 5, column 3: Unexpected character");
    }

    @Test
    void contentAfterTheJsonObjectIsRefused() {
        String text = SampleFiles.text("agreement.json") + "{}";

        List<Problem> problems = problems(() -> Agreements.parse(text, "nw.json", false));

        assertOnlyProblem(problems, "nw.json", "", "at line 73, column 1: more content follows the object");
    }

    @Test
    void emptyFileIsAProblem() {
        assertOnlyProblem(problems(() -> Agreements.parse("# nothing\n", SOURCE, true)), SOURCE, "", "is empty");
    }

    @Test
    void fileThatIsNoObjectIsAProblem() {
        List<Problem> problems = problems(() -> Agreements.parse("[1, 2]", "list.json", false));

        assertOnlyProblem(problems, "list.json", "", "must be an object with the fields id, zone,");
    }

    @Test
    void missingFileIsAProblem(@TempDir Path dir) {
        Path file = dir.resolve("missing.yaml");

        assertOnlyProblem(problems(() -> Agreements.read(file)), file.toString(), "", "cannot be read: no such file");
    }

    @Test
    void fileOfAnotherTypeIsAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("agreement.txt"), SampleFiles.text("agreement.yaml"));

        assertOnlyProblem(problems(() -> Agreements.read(file)), file.toString(), "", "has an unknown file type");
    }
}
