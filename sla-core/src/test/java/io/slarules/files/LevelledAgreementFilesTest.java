package io.slarules.files;

import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.ServiceCredit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Multi-level agreements in files: levels, partial terms merged over the level above, and their problems. */
class LevelledAgreementFilesTest {

    private static final String FILE = "multi-level.yaml";

    private static LevelledAgreement levelled() {
        return Agreements.readLevelled(SampleFiles.path(FILE));
    }

    private static List<Problem> problemsReplacing(String piece, String replacement) {
        String text = SampleFiles.replaced(FILE, piece, replacement);
        return problems(() -> Agreements.parseLevelled(text, FILE, true));
    }

    @Test
    void readsTheLevelsWithTheirParentsAndMinimums() {
        LevelledAgreement group = levelled();

        assertThat(group.base().id()).isEqualTo("ACME-GROUP");
        assertThat(group.levels()).extracting(l -> l.id(), l -> l.name(), l -> l.parent().orElse(null), l -> l.minimumList())
                .containsExactly(tuple("corporate", "corporate", null, List.of("AVAIL")),
                        tuple("customer", "customer", "corporate", List.of()),
                        tuple("payments", "Payments API", "customer", List.of()));
    }

    @Test
    void aPartialObjectiveIsMergedOverTheLevelAbove() {
        Agreement customer = levelled().resolve("customer");

        AvailabilityObjective avail = (AvailabilityObjective) customer.serviceLevels().objective("AVAIL").orElseThrow();
        // the target is the customer level's, everything else the corporate level's
        assertThat(avail.target()).isEqualByComparingTo("99.9");
        assertThat(avail.service()).isEqualTo("payments");
        assertThat(avail.title()).isEqualTo("Availability");
        assertThat(customer.serviceLevels().sources()).containsEntry("objective AVAIL", "corporate")
                .containsEntry("objective AVAIL target", "customer");
    }

    @Test
    void aPartialClauseIsMergedOverTheLevelAboveItsListsReplacedWhole() {
        ServiceCredit clause = levelled().resolve("customer").serviceLevels().credits().get(0);

        assertThat(clause.id()).isEqualTo("4.2");
        assertThat(clause.bands()).hasSize(2); // the customer level's two bands, not three
        assertThat(clause.debtor()).isEqualTo("acme");
        assertThat(clause.minimum()).map(Object::toString).contains("5.00 GBP"); // inherited
        assertThat(levelled().resolve("customer").serviceLevels().sources()).containsEntry("credit 4.2", "corporate")
                .containsEntry("credit 4.2 bands", "customer").containsEntry("credit 4.2 minimum", "corporate");
    }

    @Test
    void theLowestLevelInheritsEveryTermAndNamesItsSource() {
        Agreement payments = levelled().resolve("payments");

        assertThat(payments.id()).isEqualTo("ACME-GROUP/payments");
        assertThat(payments.serviceLevels().objectives()).extracting(o -> o.id()).containsExactly("AVAIL", "P1-RESPONSE");
        assertThat(payments.serviceLevels().sources()).containsEntry("calendar uk-office", "corporate")
                .containsEntry("caps", "corporate").containsEntry("service payments", "corporate")
                .containsEntry("objective P1-RESPONSE", "Payments API").containsEntry("credit 4.3", "Payments API");
        assertThat(levelled().explain("payments")).contains("objective AVAIL target: from the customer level");
    }

    @Test
    void aKeyGivenAsNullDropsTheInheritedValue() {
        String text = SampleFiles.text(FILE).replace("{id: AVAIL, target: 99.9}", "{id: AVAIL, target: 99.9, title: null}");

        AvailabilityObjective avail = (AvailabilityObjective) Agreements.parseLevelled(text, FILE, true)
                .resolve("customer").serviceLevels().objective("AVAIL").orElseThrow();
        assertThat(avail.title()).isEmpty();
        assertThat(avail.target()).isEqualTo(new BigDecimal("99.9"));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("a parent level that does not exist", "parent: customer", "parent: client",
                        "levels[payments].parent", "unknown parent level client"),
                arguments("a weakened minimum", "    objectives:\n      - kind: TIME_TO",
                        "    objectives:\n      - {id: AVAIL, target: 99.0}\n      - kind: TIME_TO",
                        "levels[payments].objectives[AVAIL].target",
                        "the Payments API level sets 99.0 %, below the minimum 99.5 % the corporate level set for AVAIL"),
                arguments("a partial objective's unknown field", "{id: AVAIL, target: 99.9}", "{id: AVAIL, targt: 99.9}",
                        "levels[customer].objectives[AVAIL].targt", "unknown field \"targt\""),
                arguments("a partial objective's malformed value", "{id: AVAIL, target: 99.9}", "{id: AVAIL, target: 101}",
                        "levels[customer].objectives[AVAIL].target", "between 0 and 100"),
                arguments("a partial objective of another kind's field", "{id: AVAIL, target: 99.9}",
                        "{id: AVAIL, target: 99.9, stop: RESOLVED}",
                        "levels[customer].objectives[AVAIL].stop", "unknown field \"stop\""),
                arguments("a partial clause's unknown field", "      - id: \"4.2\"\n        bands:",
                        "      - id: \"4.2\"\n        bandz:", "levels[customer].credits[4.2].bandz", "unknown field \"bandz\""),
                arguments("a new objective that is partial", "{id: AVAIL, target: 99.9}", "{id: AVAIL2, target: 99.9}",
                        "levels[customer].objectives[AVAIL2].kind", "is required"),
                arguments("a minimum the level does not state", "minimums: [AVAIL]", "minimums: [AVAIL, LATENCY]",
                        "levels[corporate].minimums[1]", "the level states no objective LATENCY"),
                arguments("two levels with one id", "  - id: payments\n", "  - id: customer\n",
                        "levels[customer].id", "duplicate level id customer"),
                arguments("an unknown field of a level", "    name: Payments API\n", "    nom: Payments API\n",
                        "levels[payments].nom", "unknown field \"nom\""),
                arguments("service levels at the top of a multi-level agreement", "levels:\n",
                        "caps: {perMonth: 10%}\nlevels:\n", "caps", "states its terms in its levels"),
                arguments("a multi-level file without levels' kind", "kind: MULTI_LEVEL\n", "kind: CUSTOMER_BASED\n",
                        "kind", "only a MULTI_LEVEL agreement has levels"),
                arguments("a problem of a level's effective terms", "calendar: uk-office", "calendar: us-office",
                        "levels[payments].objectives[1].calendar", "unknown calendar us-office"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedWithItsLevelAndField(String what, String piece, String replacement, String path,
                                               String message) {
        assertOnlyProblem(problemsReplacing(piece, replacement), FILE, path, message);
    }

    @Test
    void anInheritanceCycleIsRefusedForEachLevelInIt() {
        List<Problem> problems = problemsReplacing("    name: corporate\n", "    name: corporate\n    parent: payments\n");

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("levels[corporate].parent", "inheritance cycle through level corporate"),
                tuple("levels[customer].parent", "inheritance cycle through level customer"),
                tuple("levels[payments].parent", "inheritance cycle through level payments"));
    }

    @Test
    void problemsOfSeveralLevelsAreListedAtOnce() {
        String text = SampleFiles.text(FILE).replace("{id: AVAIL, target: 99.9}", "{id: AVAIL, target: 101}")
                .replace("within: PT1H", "within: one hour").replace("minimums: [AVAIL]", "minimums: [AVAIL, X]");

        assertThat(problems(() -> Agreements.parseLevelled(text, FILE, true))).extracting(Problem::path)
                .containsExactlyInAnyOrder("levels[corporate].minimums[1]", "levels[customer].objectives[AVAIL].target",
                        "levels[payments].objectives[P1-RESPONSE].targets[0].within");
    }

    @Test
    void anUnknownLevelIsRefusedWhenResolving() {
        assertThat(problems(() -> levelled().resolve("retail"))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("levels", "unknown level retail"));
    }
}
