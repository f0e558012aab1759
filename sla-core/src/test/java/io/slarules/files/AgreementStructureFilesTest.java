package io.slarules.files;

import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Subscription;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 4's agreement structures in files: subscriptions of a service-based agreement, a service's
 * cap, dependent quotas, shared credits and amendments.
 */
class AgreementStructureFilesTest {

    private static List<Problem> problemsReplacing(String file, String piece, String replacement) {
        String text = SampleFiles.replaced(file, piece, replacement);
        return problems(() -> Agreements.parse(text, file, true));
    }

    @Test
    void readsTheSubscriptionsOfAServiceBasedAgreement() {
        Agreement offering = Agreements.read(SampleFiles.path("subscriptions.yaml"));

        assertThat(offering.kind()).isEqualTo(AgreementKind.SERVICE_BASED);
        assertThat(offering.serviceLevels().subscriptions())
                .extracting(Subscription::id, s -> s.customer().id(), s -> s.customer().name(), Subscription::service,
                        Subscription::fee, Subscription::start)
                .containsExactly(
                        tuple("S-1", "c1", "Customer 1", "hosting", Money.of("500.00", "EUR"), LocalDate.of(2026, 1, 1)),
                        tuple("S-2", "c2", "Customer 2", "hosting", Money.of("1200.00", "EUR"), LocalDate.of(2026, 2, 1)),
                        tuple("S-3", "c3", "Customer 3", "hosting", Money.of("80.00", "EUR"), LocalDate.of(2026, 1, 1)));
        assertThat(offering.forSubscription(offering.serviceLevels().subscriptions().get(1)).id())
                .isEqualTo("STD-HOSTING/S-2");
    }

    @Test
    void readsAServicesOwnCap() {
        Service hosting = Agreements.read(SampleFiles.path("subscriptions.yaml")).serviceLevels().service("hosting")
                .orElseThrow();

        assertThat(hosting.cap()).contains(Amount.percentOfValue(new BigDecimal("20")));
    }

    @Test
    void readsADependentQuotaAndItsRounding() {
        Agreement chain = Agreements.read(SampleFiles.path("chain.yaml"));

        QuotaObjective customers = (QuotaObjective) chain.serviceLevels().objective("CUSTOMERS").orElseThrow();
        QuotaObjective leads = (QuotaObjective) chain.serviceLevels().objective("LEADS").orElseThrow();
        assertThat(customers.dependsOn()).contains("LEADS");
        assertThat(customers.scaledRounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(leads.dependsOn()).isEmpty();
        assertThat(leads.scaledRounding()).isEqualTo(RoundingMode.DOWN); // the default
    }

    @Test
    void readsTheSharesOfACredit() {
        Agreement chain = Agreements.read(SampleFiles.path("chain.yaml"));

        assertThat(chain.serviceLevels().credits().get(1).shares()).containsExactly(
                new CreditShare("customer-service", new BigDecimal("70")), new CreditShare("company", new BigDecimal("30")));
        assertThat(chain.serviceLevels().credits().get(0).shares()).isEmpty();
    }

    @Test
    void readsAmendmentsEachInForceFromItsDate() {
        Agreement chain = Agreements.read(SampleFiles.path("chain.yaml"));

        assertThat(chain.amendments()).extracting(a -> a.id(), a -> a.effectiveFrom()).containsExactly(
                tuple("A-1", LocalDate.of(2026, 7, 1)), tuple("A-2", LocalDate.of(2026, 10, 1)));
        assertThat(target(chain, "2026-06-30")).isEqualTo(200);
        assertThat(target(chain, "2026-07-01")).isEqualTo(250);
        assertThat(target(chain, "2026-10-01")).isEqualTo(300);
        assertThat(chain.serviceLevelsAt(LocalDate.parse("2026-07-01")).credits()).singleElement()
                .satisfies(c -> assertThat(c.perUnitShort()).contains(Money.of("25.00", "EUR")));
    }

    private static long target(Agreement agreement, String date) {
        return ((QuotaObjective) agreement.serviceLevelsAt(LocalDate.parse(date)).objective("LEADS").orElseThrow()).target();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("shares that do not add up to 100 %", "chain.yaml", "percent: 30", "percent: 20",
                        "credits[1].shares", "the shares add up to 90 %, not 100 %"),
                arguments("a share of an unknown party", "chain.yaml", "party: company, percent", "party: board, percent",
                        "credits[1].shares[1].party", "unknown party board"),
                arguments("a share that is no percentage", "chain.yaml", "percent: 30", "percent: thirty",
                        "credits[1].shares[1].percent", "thirty"),
                arguments("a subscription to an unknown service", "subscriptions.yaml",
                        "service: hosting, fee: \"80.00 EUR\"", "service: email, fee: \"80.00 EUR\"",
                        "subscriptions[2].service", "subscription to unknown service email"),
                arguments("a subscription without a customer name", "subscriptions.yaml", "{id: c2, name: Customer 2}",
                        "{id: c2}", "subscriptions[1].customer.name", "is required"),
                arguments("a fee that is no money", "subscriptions.yaml", "fee: \"500.00 EUR\"", "fee: 500",
                        "subscriptions[0].fee", "500"),
                arguments("a service cap that is no amount", "subscriptions.yaml", "cap: 20%", "cap: 20",
                        "services[0].cap", "a percentage (\"10%\") or an amount of money"),
                arguments("two amendments with the same effective date", "chain.yaml", "effectiveFrom: 2026-10-01",
                        "effectiveFrom: 2026-07-01", "amendments[A-2].effectiveFrom",
                        "amendments A-1 and A-2 both take effect on 2026-07-01"),
                arguments("an amendment without terms", "chain.yaml",
                        "effectiveFrom: 2026-10-01\n    objectives:\n      - {kind: QUOTA, id: LEADS, metric: leads,"
                                + " obligated: marketing, beneficiary: sales, target: 300}",
                        "effectiveFrom: 2026-10-01", "amendments[A-2]", "states no terms"),
                arguments("an amendment's unknown field", "chain.yaml", "  - id: A-2\n", "  - id: A-2\n    reason: x\n",
                        "amendments[A-2].reason", "unknown field \"reason\""),
                arguments("a problem in an amendment's terms", "chain.yaml", "beneficiary: sales, target: 300",
                        "beneficiary: nobody, target: 300", "amendments[A-2].objectives[0].beneficiary", "unknown party nobody"),
                arguments("an unknown rounding of a scaled target", "chain.yaml", "scaledRounding: HALF_UP",
                        "scaledRounding: NEAREST", "objectives[1].scaledRounding", "NEAREST"),
                arguments("a quota depending on an unknown one", "chain.yaml", "dependsOn: LEADS", "dependsOn: MQLS",
                        "objectives[1].dependsOn", "MQLS"),
                arguments("subscriptions of an agreement that is not service-based", "subscriptions.yaml",
                        "kind: SERVICE_BASED", "kind: CUSTOMER_BASED", "subscriptions",
                        "only a SERVICE_BASED agreement has subscriptions; this one is CUSTOMER_BASED"),
                arguments("levels in an agreement that is not multi-level", "chain.yaml", "amendments:\n",
                        "levels: []\namendments:\n", "levels", "only a MULTI_LEVEL agreement has levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedAtItsPath(String what, String file, String piece, String replacement, String path,
                                    String message) {
        assertOnlyProblem(problemsReplacing(file, piece, replacement), file, path, message);
    }

    @Test
    void quotasWhoseDependenciesFormACycleAreRefused() {
        List<Problem> problems = problemsReplacing("chain.yaml",
                "target: 200}", "target: 200, dependsOn: CUSTOMERS}");

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("objectives[0].dependsOn", "the quotas' dependencies form a cycle through LEADS"),
                tuple("objectives[1].dependsOn", "the quotas' dependencies form a cycle through CUSTOMERS"));
    }

    @Test
    void everyProblemOfTheNewSectionsIsListedAtOnce() {
        String text = SampleFiles.text("chain.yaml").replace("percent: 30", "percent: 20")
                .replace("scaledRounding: HALF_UP", "scaledRounding: SOMETIMES");

        assertThat(problems(() -> Agreements.parse(text, "chain.yaml", true))).extracting(Problem::path)
                .containsExactlyInAnyOrder("objectives[1].scaledRounding", "credits[1].shares");
        // once every element reads, the agreement's cross-checks, all of them
        String readable = SampleFiles.text("chain.yaml").replace("effectiveFrom: 2026-10-01", "effectiveFrom: 2026-07-01")
                .replace("party: company, percent", "party: board, percent");
        assertThat(problems(() -> Agreements.parse(readable, "chain.yaml", true))).extracting(Problem::path)
                .containsExactlyInAnyOrder("credits[1].shares[1].party", "amendments[A-2].effectiveFrom");
    }

    @Test
    void aMultiLevelAgreementIsNotReadAsOneAgreement() {
        assertOnlyProblem(problems(() -> Agreements.read(SampleFiles.path("multi-level.yaml"))),
                SampleFiles.path("multi-level.yaml").toString(), "kind", "read it with Agreements.readLevelled");
    }

    @Test
    void optionalFieldsKeepTheirDefaults() {
        Agreement offering = Agreements.read(SampleFiles.path("subscriptions.yaml"));

        assertThat(offering.amendments()).isEmpty();
        assertThat(offering.serviceLevels().credits().get(0).shares()).isEmpty();
        assertThat(Agreements.read(SampleFiles.path("chain.yaml")).serviceLevels().subscriptions()).isEmpty();
    }
}
