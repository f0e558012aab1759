package io.slarules.files;

import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.WatchTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The {@code watch} term of an agreement file: the thresholds a monitor warns at, with their defaults. */
class WatchTermsFilesTest {

    private static final String SOURCE = "nw-cb-2026.yaml";
    private static final String ZONE = "zone: Europe/Berlin\n";

    private static Agreement readWith(String watch) {
        return Agreements.parse(SampleFiles.replaced("agreement.yaml", ZONE, ZONE + watch), SOURCE, true);
    }

    private static List<Problem> problemsWith(String watch) {
        return problems(() -> readWith(watch));
    }

    @Test
    void anAgreementWithoutTheTermIsWatchedAtTheDefaults() {
        assertThat(Agreements.read(SampleFiles.path("agreement.yaml")).watchTerms()).isEqualTo(WatchTerms.defaults());
    }

    @Test
    void theTermIsReadAsExactDecimals() {
        Agreement a = readWith("watch: {caseShares: [33.3, 66.6, 90], allowanceShare: 100, dueWithinBusinessDays: 5}\n");

        // 33.3 stays 33.3 (scale 1), never a double's 33.29999...
        assertThat(a.watchTerms().caseShares()).containsExactly(new BigDecimal("33.3"), new BigDecimal("66.6"),
                new BigDecimal("90"));
        assertThat(a.watchTerms().allowanceShare()).isEqualByComparingTo("100");
        assertThat(a.watchTerms().dueWithinBusinessDays()).isEqualTo(5);
    }

    @Test
    void aFieldLeftOutKeepsItsDefault() {
        Agreement a = readWith("watch: {dueWithinBusinessDays: 0}\n");

        assertThat(a.watchTerms()).isEqualTo(WatchTerms.defaults().withDueWithinBusinessDays(0));
        assertThat(readWith("watch: {}\n").watchTerms()).isEqualTo(WatchTerms.defaults());
    }

    @Test
    void everyProblemOfTheTermIsPlacedAtItsPath() {
        List<Problem> shares = problemsWith(
                "watch: {caseShares: [75, 50, 100, 0, 50], allowanceShare: 100.5, dueWithinBusinessDays: 366}\n");

        assertThat(shares).extracting(Problem::source, Problem::path).containsExactly(
                tuple(SOURCE, "watch.caseShares[1]"), tuple(SOURCE, "watch.caseShares[2]"),
                tuple(SOURCE, "watch.caseShares[3]"), tuple(SOURCE, "watch.caseShares[4]"),
                tuple(SOURCE, "watch.allowanceShare"), tuple(SOURCE, "watch.dueWithinBusinessDays"));
        assertThat(shares.get(0).message()).contains("must ascend");
        assertThat(shares.get(1).message()).contains("below 100");
        assertThat(shares.get(3).message()).contains("listed twice");
    }

    @Test
    void fieldsOfTheWrongKindAreRefusedAtTheirPath() {
        assertOnlyProblem(problemsWith("watch: {caseShares: [50, fifty]}\n"), SOURCE, "watch.caseShares[1]",
                "must be a number");
        assertOnlyProblem(problemsWith("watch: {dueWithinBusinessDays: 1.5}\n"), SOURCE, "watch.dueWithinBusinessDays",
                "whole number");
        assertOnlyProblem(problemsWith("watch: {dueWithinBusinessDays: 99999999999}\n"), SOURCE,
                "watch.dueWithinBusinessDays", "too large");
        assertOnlyProblem(problemsWith("watch: {allowance: 75}\n"), SOURCE, "watch.allowance", "");
        assertOnlyProblem(problemsWith("watch: 75\n"), SOURCE, "watch", "");
    }
}
