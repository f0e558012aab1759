package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AgreementTest {

    private static final String ID = "ACME-1";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Party VENDOR = Party.of("VENDOR", "Vendor GmbH", PartyRole.PROVIDER);
    private static final Party CUSTOMER = Party.of("CUSTOMER", "Customer AG", PartyRole.CUSTOMER);

    private static final Obligation SPEC = Obligation.of("SPEC-1", "CUSTOMER", "VENDOR", "specifications",
            Due.onDate(LocalDate.parse("2026-03-06")));
    private static final Obligation DELIVERY = Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "delivery",
            Due.onDate(LocalDate.parse("2026-03-20"))).withDependsOn("SPEC-1");

    private static final Money VALUE = Money.parse("200000.00 EUR");

    private static LiquidatedDamages damages(String id, String debtor, String creditor, List<String> obligations,
                                             Optional<Money> value, Amount rate, Optional<Amount> cap) {
        return new LiquidatedDamages(id, "Delay", debtor, creditor, obligations, value, rate, DelayUnit.DAYS,
                DelayRounding.UP, cap, OptionalLong.of(20));
    }

    /** 0.5 % of the value a day, capped at 10 % of it. */
    private static final LiquidatedDamages DELAY_DAMAGES = damages("12.1", "VENDOR", "CUSTOMER",
            List.of("DELIVERY-1"), Optional.of(VALUE), Amount.percentOfValue(new BigDecimal("0.5")),
            Optional.of(Amount.percentOfValue(BigDecimal.TEN)));

    private static final DateRange YEAR_2026 = DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"));

    /** Two parties, in euros, for 2026; no obligations or clauses yet. */
    private static Agreement.Builder base() {
        return Agreement.builder(ID).parties(VENDOR, CUSTOMER).zone(BERLIN).currency("EUR").effective(YEAR_2026);
    }

    /** A valid agreement's builder: two parties, SPEC-1 &lt;- DELIVERY-1, one clause on DELIVERY-1. */
    private static Agreement.Builder valid() {
        return base().obligations(SPEC, DELIVERY).penalties(DELAY_DAMAGES);
    }

    /** The valid agreement with other obligations (the clause still names DELIVERY-1). */
    private static Agreement withObligations(List<Obligation> obligations) {
        return base().obligations(obligations.toArray(Obligation[]::new)).penalties(DELAY_DAMAGES).build();
    }

    /** The valid agreement with another clause. */
    private static Agreement withClause(PenaltyClause clause) {
        return base().obligations(SPEC, DELIVERY).penalties(clause).build();
    }

    private static Obligation obligation(String id, String owner, String... dependsOn) {
        return Obligation.of(id, owner, "CUSTOMER".equals(owner) ? "VENDOR" : "CUSTOMER", "",
                Due.onDate(LocalDate.parse("2026-03-31"))).withDependsOn(dependsOn);
    }

    /** Asserts building is refused for agreement ACME-1 with problems at exactly these paths, in order. */
    private static InvalidInputException refused(ThrowingCallable build, String... paths) {
        InvalidInputException[] caught = new InvalidInputException[1];
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.agreementId()).contains(ID);
            assertThat(e.problems()).extracting(Problem::path).containsExactly(paths);
            assertThat(e.problems()).extracting(Problem::source).containsOnly("agreement");
            caught[0] = e;
        });
        return caught[0];
    }

    private static void refusedWithMessage(ThrowingCallable build, String path, String... messageParts) {
        InvalidInputException e = refused(build, path);
        assertThat(e.problems().get(0).message()).contains(messageParts);
    }

    // --- a valid agreement ------------------------------------------------------------------------

    @Test
    void validAgreementKeepsWhatItWasGiven() {
        Agreement agreement = valid().holidays(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-04-03"),
                LocalDate.parse("2026-12-25")).build();

        assertThat(agreement.id()).isEqualTo(ID);
        assertThat(agreement.parties()).containsExactly(VENDOR, CUSTOMER);
        assertThat(agreement.obligations()).containsExactly(SPEC, DELIVERY);
        assertThat(agreement.penalties()).containsExactly(DELAY_DAMAGES);
        assertThat(agreement.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(agreement.zone()).isEqualTo(BERLIN);
        // holidays sorted, each once
        assertThat(agreement.holidays()).containsExactly(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-12-25"));
    }

    @Test
    void builderDefaultsToCustomerBasedUtcAndHalfEven() {
        Agreement agreement = Agreement.builder(ID).parties(VENDOR, CUSTOMER).currency("EUR")
                .effective(YEAR_2026).build();

        assertThat(agreement.kind()).isEqualTo(AgreementKind.CUSTOMER_BASED);
        assertThat(agreement.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(agreement.moneyRounding()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(agreement.holidays()).isEmpty();
        assertThat(agreement.obligations()).isEmpty();
        assertThat(agreement.penalties()).isEmpty();
    }

    @Test
    void looksUpPartiesAndObligationsById() {
        Agreement agreement = valid().build();

        assertThat(agreement.party("CUSTOMER")).contains(CUSTOMER);
        assertThat(agreement.party("NOBODY")).isEmpty();
        assertThat(agreement.obligation("DELIVERY-1")).contains(DELIVERY);
        assertThat(agreement.obligation("GHOST")).isEmpty();
        assertThat(agreement.partyName("VENDOR")).isEqualTo("Vendor GmbH");
        assertThat(agreement.partyName("NOBODY")).isEqualTo("NOBODY");
    }

    @Test
    void listsCannotBeChangedAfterwards() {
        Agreement agreement = valid().build();

        assertThatThrownBy(() -> agreement.parties().add(VENDOR)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> agreement.obligations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void relativeDueDateOnAKnownObligationIsValid() {
        Obligation delivery = new Obligation("DELIVERY-1", "VENDOR", "CUSTOMER", "",
                Due.after("SPEC-1", 10, DayCount.BUSINESS), List.of("SPEC-1"));

        assertThat(withObligations(List.of(SPEC, delivery)).obligation("DELIVERY-1")).contains(delivery);
    }

    // --- parties ----------------------------------------------------------------------------------

    @Test
    void duplicatePartyIdIsRefused() {
        refusedWithMessage(() -> Agreement.builder(ID)
                        .parties(VENDOR, Party.of("VENDOR", "Vendor Two", PartyRole.PROVIDER), CUSTOMER)
                        .currency("EUR").effective(YEAR_2026).build(),
                "parties[1].id", "VENDOR");
    }

    @Test
    void fewerThanTwoPartiesAreRefused() {
        refusedWithMessage(() -> Agreement.builder(ID).parties(VENDOR).currency("EUR")
                .effective(YEAR_2026).build(), "parties", "1");
    }

    @Test
    void noPartiesAtAllAreRefused() {
        refused(() -> Agreement.builder(ID).currency("EUR")
                .effective(YEAR_2026).build(), "parties");
    }

    // --- required fields ------------------------------------------------------------------------

    @Test
    void missingCurrencyAndEffectivePeriodAreBothListed() {
        refused(() -> Agreement.builder(ID).parties(VENDOR, CUSTOMER).build(), "currency", "effective");
    }

    @Test
    void unnecessaryRoundingIsRefused() {
        refused(() -> valid().moneyRounding(RoundingMode.UNNECESSARY).build(), "moneyRounding");
    }

    @Test
    void blankAgreementIdIsRefusedWithoutAnId() {
        assertThatThrownBy(() -> Agreement.builder(" ").parties(VENDOR, CUSTOMER).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).isEmpty();
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("id");
                });
    }

    // --- obligations ------------------------------------------------------------------------------

    @Test
    void duplicateObligationIdIsRefused() {
        refusedWithMessage(() -> withObligations(List.of(SPEC, SPEC, DELIVERY)),
                "obligations[1].id", "SPEC-1");
    }

    static Stream<Arguments> badObligations() {
        Due due = Due.onDate(LocalDate.parse("2026-03-31"));
        return Stream.of(
                arguments(List.of(Obligation.of("SPEC-1", "NOBODY", "VENDOR", "", due), DELIVERY),
                        "obligations[0].owner", "NOBODY"),
                arguments(List.of(Obligation.of("SPEC-1", "CUSTOMER", "NOBODY", "", due), DELIVERY),
                        "obligations[0].beneficiary", "NOBODY"),
                arguments(List.of(SPEC, DELIVERY.withDependsOn("SPEC-9")),
                        "obligations[1].dependsOn[0]", "SPEC-9"),
                arguments(List.of(SPEC, DELIVERY.withDependsOn("SPEC-1", "SPEC-1")),
                        "obligations[1].dependsOn[1]", "SPEC-1"),
                // depending on itself: one problem at the dependency, no cycle reported besides
                arguments(List.of(SPEC, DELIVERY.withDependsOn("DELIVERY-1")),
                        "obligations[1].dependsOn[0]", "DELIVERY-1 depends on itself"),
                arguments(List.of(new Obligation("SPEC-1", "CUSTOMER", "VENDOR", "",
                                Due.after("KICKOFF-9", 5, DayCount.CALENDAR), List.of()), DELIVERY),
                        "obligations[0].due.after", "KICKOFF-9"),
                arguments(List.of(new Obligation("SPEC-1", "CUSTOMER", "VENDOR", "",
                                Due.after("SPEC-1", 5, DayCount.CALENDAR), List.of()), DELIVERY),
                        "obligations[0].due.after", "SPEC-1 is due after itself"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badObligations")
    void badObligationIsRefusedAtItsPath(List<Obligation> obligations, String path, String message) {
        refusedWithMessage(() -> withObligations(obligations), path, message);
    }

    // --- cycles -------------------------------------------------------------------------------------

    @Test
    void dependencyCycleIsRefusedNamingTheCycle() {
        // SPEC-1 depends on DELIVERY-1, which depends on SPEC-1
        refusedWithMessage(() -> withObligations(List.of(SPEC.withDependsOn("DELIVERY-1"), DELIVERY)),
                "obligations", "SPEC-1 -> DELIVERY-1 -> SPEC-1");
    }

    @Test
    void longerDependencyCycleIsWrittenFromItsFirstObligation() {
        List<Obligation> obligations = List.of(obligation("A", "VENDOR", "B"), obligation("B", "CUSTOMER", "C"),
                obligation("C", "VENDOR", "A"), obligation("DELIVERY-1", "VENDOR"));

        refusedWithMessage(() -> withObligations(obligations), "obligations", "A -> B -> C -> A");
    }

    @Test
    void cycleThroughARelativeDueDateIsRefused() {
        // SPEC-1 is due 10 business days after DELIVERY-1, which depends on SPEC-1
        Obligation spec = new Obligation("SPEC-1", "CUSTOMER", "VENDOR", "",
                Due.after("DELIVERY-1", 10, DayCount.BUSINESS), List.of());

        refusedWithMessage(() -> withObligations(List.of(spec, DELIVERY)),
                "obligations", "SPEC-1 -> DELIVERY-1 -> SPEC-1");
    }

    @Test
    void diamondOfDependenciesIsNoCycle() {
        List<Obligation> obligations = List.of(obligation("KICKOFF-1", "VENDOR"),
                obligation("SPEC-1", "CUSTOMER", "KICKOFF-1"), obligation("ACCESS-1", "CUSTOMER", "KICKOFF-1"),
                obligation("DELIVERY-1", "VENDOR", "SPEC-1", "ACCESS-1"));

        assertThat(withObligations(obligations).obligations()).hasSize(4);
    }

    // --- penalty clauses ---------------------------------------------------------------------------

    static Stream<Arguments> badClauses() {
        Amount halfPercent = Amount.percentOfValue(new BigDecimal("0.5"));
        Optional<Amount> tenPercent = Optional.of(Amount.percentOfValue(BigDecimal.TEN));
        List<String> delivery = List.of("DELIVERY-1");
        return Stream.of(
                arguments(damages("12.1", "NOBODY", "CUSTOMER", delivery, Optional.of(VALUE), halfPercent, tenPercent),
                        "penalties[0].debtor", "NOBODY"),
                arguments(damages("12.1", "VENDOR", "NOBODY", delivery, Optional.of(VALUE), halfPercent, tenPercent),
                        "penalties[0].creditor", "NOBODY"),
                arguments(damages("12.1", "VENDOR", "VENDOR", delivery, Optional.of(VALUE), halfPercent, tenPercent),
                        "penalties[0].creditor", "VENDOR"),
                arguments(damages("12.1", "VENDOR", "CUSTOMER", List.of("DELIVERY-1", "GHOST"), Optional.of(VALUE),
                        halfPercent, tenPercent), "penalties[0].obligations[1]", "GHOST"),
                arguments(damages("12.1", "VENDOR", "CUSTOMER", delivery, Optional.of(Money.parse("200000.00 USD")),
                        halfPercent, tenPercent), "penalties[0].value", "USD"),
                arguments(damages("12.1", "VENDOR", "CUSTOMER", delivery, Optional.of(VALUE),
                        Amount.of(Money.parse("1000.00 USD")), tenPercent), "penalties[0].rate.amount", "USD"),
                arguments(damages("12.1", "VENDOR", "CUSTOMER", delivery, Optional.of(VALUE), halfPercent,
                        Optional.of(Amount.of(Money.parse("20000 USD")))), "penalties[0].cap.amount", "USD"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badClauses")
    void badClauseIsRefusedAtItsPath(LiquidatedDamages clause, String path, String message) {
        refusedWithMessage(() -> withClause(clause), path, message);
    }

    @Test
    void duplicateClauseIdIsRefused() {
        refusedWithMessage(() -> valid().penalties(DELAY_DAMAGES).build(), "penalties[1].id", "12.1");
    }

    @Test
    void clauseInAnotherCurrencyEverywhereListsEachAmount() {
        LiquidatedDamages dollars = damages("12.1", "VENDOR", "CUSTOMER", List.of("DELIVERY-1"),
                Optional.of(Money.parse("200000.00 USD")), Amount.of(Money.parse("1000.00 USD")),
                Optional.of(Amount.of(Money.parse("20000.00 USD"))));

        refused(() -> withClause(dollars),
                "penalties[0].value", "penalties[0].rate.amount", "penalties[0].cap.amount");
    }

    // --- every problem at once ---------------------------------------------------------------------

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        Obligation unknownOwner = Obligation.of("SPEC-1", "NOBODY", "VENDOR", "", Due.onDate(LocalDate.parse("2026-03-06")));
        LiquidatedDamages selfOwed = damages("12.1", "VENDOR", "VENDOR", List.of("DELIVERY-1"), Optional.of(VALUE),
                Amount.percentOfValue(BigDecimal.ONE), Optional.empty());

        InvalidInputException e = refused(() -> Agreement.builder(ID)
                        .parties(VENDOR, Party.of("VENDOR", "Again", PartyRole.PROVIDER), CUSTOMER)
                        .currency("EUR").effective(YEAR_2026)
                        .obligations(unknownOwner, DELIVERY.withDependsOn("SPEC-1", "SPEC-9"))
                        .penalties(selfOwed).build(),
                "parties[1].id", "obligations[0].owner", "obligations[1].dependsOn[1]", "penalties[0].creditor");

        assertThat(e.getMessage()).startsWith("invalid input for agreement ACME-1 (4 problems):");
    }
    // --- subcontractors ---------------------------------------------------------------------------

    @Test
    void aPartyAnswersForTheSubcontractorsItEngaged() {
        Agreement agreement = base().parties(Party.subcontractor("HOSTER", "Hoster Ltd", "VENDOR"),
                Party.subcontractor("AGENCY", "Agency", "CUSTOMER"),
                Party.subcontractor("DC", "Data centre", "VENDOR")).build();

        assertThat(agreement.answeredBy("VENDOR")).containsExactly("VENDOR", "HOSTER", "DC");
        assertThat(agreement.answeredBy("CUSTOMER")).containsExactly("CUSTOMER", "AGENCY");
        assertThat(agreement.answeredBy("HOSTER")).containsExactly("HOSTER");
    }

    @Test
    void subcontractorEngagedByAnUnknownPartyIsRefused() {
        refusedWithMessage(() -> base().parties(Party.subcontractor("HOSTER", "Hoster Ltd", "NOBODY")).build(),
                "parties[2].engagedBy", "NOBODY");
    }

    @Test
    void subcontractorEngagedByItselfIsRefused() {
        refusedWithMessage(() -> base().parties(Party.subcontractor("HOSTER", "Hoster Ltd", "HOSTER")).build(),
                "parties[2].engagedBy", "HOSTER cannot engage itself");
    }

    @Test
    void aSubcontractorCannotBeEngagedByAnotherSubcontractor() {
        // a chain of subcontractors would leave the first one answered for by nobody who can pay
        refusedWithMessage(() -> Agreement.builder(ID)
                        .parties(VENDOR, CUSTOMER, Party.subcontractor("SUB-1", "Sub One", "SUB-2"),
                                Party.subcontractor("SUB-2", "Sub Two", "VENDOR"))
                        .currency("EUR").effective(YEAR_2026).build(),
                "parties[2].engagedBy", "a subcontractor itself");
    }
}
