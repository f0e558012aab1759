package io.slarules.files;

import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static io.slarules.files.SampleFiles.assertOnlyProblem;
import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HistoriesTest {

    private static final String SOURCE = "acme-sl-history.yaml";
    private static final String FILE = "history.yaml";
    private static final Agreement AGREEMENT = Agreements.read(SampleFiles.path("service-levels.yaml"));

    private static List<Problem> problemsReplacing(String piece, String replacement) {
        String text = SampleFiles.replaced(FILE, piece, replacement);
        return problems(() -> Histories.parse(text, SOURCE, true, AGREEMENT));
    }

    @Test
    void readsMonthsAndWindowsWithTheirCredits() {
        History history = Histories.read(SampleFiles.path(FILE), AGREEMENT);

        assertThat(history).isEqualTo(new History(
                List.of(new History.MonthRecord(YearMonth.of(2026, 2), Money.parse("3000.00 EUR"), Money.parse("0.00 EUR")),
                        new History.MonthRecord(YearMonth.of(2026, 3), Money.parse("3000.00 EUR"), Money.parse("100.00 EUR"))),
                List.of(new History.WindowRecord("AVAIL-WEB", DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                                false, List.of(new History.IssuedCredit("D-1", "7.2", "acme", "client", Money.parse("100.00 EUR")))),
                        new History.WindowRecord("LEADS", DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1)),
                                true, List.of()))));
    }

    @Test
    void historyWithoutRecordsIsEmpty() {
        assertThat(Histories.parse("agreement: ACME-SL-2026\n", SOURCE, true, AGREEMENT)).isEqualTo(History.empty());
    }

    @Test
    void jsonFormReadsLikeYaml() {
        String json = """
                {"agreement": "ACME-SL-2026",
                 "months": [{"month": "2026-02", "charged": "3000.00 EUR", "credited": "0.00 EUR"},
                            {"month": "2026-03", "charged": "3000.00 EUR", "credited": "100.00 EUR"}],
                 "windows": [{"objective": "AVAIL-WEB", "window": {"from": "2026-03-01", "to": "2026-04-01"}, "met": false,
                              "credits": [{"decisionId": "D-1", "clause": "7.2", "debtor": "acme", "creditor": "client",
                                           "amount": "100.00 EUR"}]},
                             {"objective": "LEADS", "window": {"from": "2026-03-02", "to": "2026-04-01"}, "met": true}]}
                """;

        assertThat(Histories.parse(json, "h.json", false, AGREEMENT))
                .isEqualTo(Histories.read(SampleFiles.path(FILE), AGREEMENT));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                arguments("another agreement's history", "agreement: ACME-SL-2026", "agreement: OTHER", "agreement",
                        "names agreement \"OTHER\", but it is read for agreement \"ACME-SL-2026\""),
                arguments("a malformed month", "{month: 2026-02,", "{month: 2026-2,", "months[0].month",
                        "not a month: \"2026-2\" (expected yyyy-mm"),
                arguments("a month that does not exist", "{month: 2026-02,", "{month: 2026-13,", "months[0].month",
                        "no such month"),
                arguments("a month in another currency", "charged: \"3000.00 EUR\", credited: \"0.00 EUR\"",
                        "charged: \"3000.00 USD\", credited: \"0.00 EUR\"", "months[2026-02].charged",
                        "is in USD, the agreement is in EUR"),
                arguments("a month recorded twice with other figures", "{month: 2026-03,", "{month: 2026-02,",
                        "months[2026-02]", "recorded twice with different figures"),
                arguments("an unknown objective", "objective: LEADS", "objective: SALES", "windows[1].objective",
                        "unknown objective SALES"),
                arguments("an unknown clause", "clause: \"7.2\"", "clause: \"7.3\"", "windows[0].credits[0].clause",
                        "unknown service-credit clause 7.3"),
                arguments("an unknown party", "debtor: acme,", "debtor: nobody,", "windows[0].credits[0].debtor",
                        "unknown party nobody"),
                arguments("met that is no boolean", "met: true", "met: yes", "windows[1].met",
                        "must be true or false, found the text \"yes\""),
                arguments("a window that ends before it starts", "{from: 2026-03-02, to: 2026-04-01}",
                        "{from: 2026-04-02, to: 2026-04-01}", "windows[1].window.to", "ends before it starts"),
                // issue 11 point 5: a history is input like any other
                arguments("a negative credit", "credited: \"100.00 EUR\"", "credited: \"-150000.00 EUR\"",
                        "months[2026-03].credited", "must not be negative, was -150000.00 EUR"),
                arguments("a negative charge", "charged: \"3000.00 EUR\", credited: \"0.00 EUR\"",
                        "charged: \"-3000.00 EUR\", credited: \"0.00 EUR\"", "months[2026-02].charged",
                        "must not be negative"),
                arguments("a credit finer than a cent", "credited: \"100.00 EUR\"", "credited: \"100.005 EUR\"",
                        "months[2026-03].credited", "is finer than EUR allows"),
                arguments("a month before the agreement", "{month: 2026-02,", "{month: 2025-12,", "months[2025-12]",
                        "lies outside the agreement's effective dates 2026-01-01..2027-01-01"),
                arguments("a month after the agreement", "{month: 2026-02,", "{month: 2027-01,", "months[2027-01]",
                        "lies outside the agreement's effective dates"),
                // the March window lists 100.00 EUR credited under 7.2: March cannot have credited less
                arguments("a month crediting less than its windows list", "credited: \"100.00 EUR\"",
                        "credited: \"40.00 EUR\"", "months[2026-03].credited",
                        "is 40.00 EUR, less than the 100.00 EUR the windows settled in 2026-03 list as credited"),
                // the sample caps a month's credits at 15 % of its fees: no month may credit more than it charged
                arguments("a month crediting more than it charged", "credited: \"100.00 EUR\"",
                        "credited: \"3000.01 EUR\"", "months[2026-03].credited",
                        "is 3000.01 EUR, more than the 3000.00 EUR charged, though the agreement caps a month's credits"),
                arguments("an issued credit below zero", "amount: \"100.00 EUR\"", "amount: \"-100.00 EUR\"",
                        "windows[0].credits[0].amount", "must not be negative"),
                arguments("a window outside the agreement", "{from: 2026-03-02, to: 2026-04-01}",
                        "{from: 2031-03-02, to: 2031-04-01}", "windows[LEADS@2031-03-02..2031-04-01].window",
                        "lies outside the agreement's effective dates"),
                arguments("an unknown field", "    met: true", "    met: true\n    credited: \"0.00 EUR\"",
                        "windows[1].credited", "unknown field \"credited\" (allowed: objective, window, met, credits)"));
    }

    @Test
    void monthCreditingAllItChargedIsAccepted() {
        // more than the 15 % cap would allow today (450.00 EUR), but not more than was charged:
        // a history may record months settled on other terms
        String text = SampleFiles.replaced(FILE, "credited: \"100.00 EUR\"", "credited: \"3000.00 EUR\"");

        assertThat(Histories.parse(text, SOURCE, true, AGREEMENT).month(YearMonth.of(2026, 3)))
                .hasValueSatisfying(m -> assertThat(m.credited()).isEqualTo(Money.parse("3000.00 EUR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedAtItsPath(String what, String piece, String replacement, String path, String message) {
        assertOnlyProblem(problemsReplacing(piece, replacement), SOURCE, path, message);
    }

    @Test
    void missingFileIsAProblemNamingTheAgreement(@TempDir Path dir) {
        Path file = dir.resolve("missing.yaml");

        assertOnlyProblem(problems(() -> Histories.read(file, AGREEMENT)), file.toString(), "", "cannot be read: no such file");
    }
}
