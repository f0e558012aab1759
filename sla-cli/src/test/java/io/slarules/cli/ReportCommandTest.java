package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code sla report} over the shipped samples: examples A (Northwind) and B (propagation) give
 * the figures worked out in their files; the service-level samples add lost time and credits.
 */
class ReportCommandTest {

    /**
     * The deadline and service-level samples (examples A-M), with one timeline per agreement:
     * variants/earn-back-may-missed is another May of example M. Named one by one, so that samples added
     * later do not change the figures below.
     */
    private static final List<String> SAMPLES = List.of("availability", "blocked", "business-hours", "dst",
            "earn-back", "force-majeure", "minimum-credit", "northwind", "propagation", "rolling-cap", "share-of-cases");

    @TempDir
    static Path samples;

    @BeforeAll
    static void copySamples() throws IOException {
        for (String name : SAMPLES) {
            for (String part : List.of("-agreement.yaml", "-timeline.yaml", "-history.yaml")) {
                Path file = CommandLine.SAMPLES.resolve(name + part);
                if (Files.exists(file)) {
                    Files.copy(file, samples.resolve(file.getFileName()));
                }
            }
        }
    }

    private static ReportCommand.Options options(Path agreements, Path timelines, String period, String format) {
        return new ReportCommand.Options(agreements, timelines, DateRange.ofMonth(YearMonth.parse(period)),
                new ReportCommand.Output.Converter().convert(format));
    }

    private static String report(String period, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int status = ReportCommand.execute(options(samples, samples, period, format), out);
            assertThat(status).isEqualTo(Main.EVALUATED);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void marchShowsClientBHoldingUpNorthwindAndNorthwindsLateKickOff() {
        String text = report("2026-03", "text");

        assertThat(text).startsWith("Friction report 2026-03\nAgreements: ACME-HOSTING-G, ACME-HOSTING-K, "
                + "ACME-HOSTING-L, ACME-HOSTING-M, NW-CB-2026, NW-CB-2026-B, NW-CB-2026-D, NW-CB-2026-E, "
                + "NW-SUPPORT-H, NW-SUPPORT-I, NW-SUPPORT-J\n");
        // A: SPEC-1 21 days late; B: SPEC-1 11 days late, 7 of them Client B's own
        assertThat(text).containsPattern("\nclient-b +northwind +28d +0 +0 +2 +- +NW-CB-2026/SPEC-1 NW-CB-2026-B/SPEC-1\n");
        // B: KICKOFF-1 4 days late, which shifted SPEC-1 by 4 days (knock-on)
        assertThat(text).containsPattern("\nnorthwind +client-b +4d +4d +0 +1 +- +NW-CB-2026-B/KICKOFF-1 NW-CB-2026-B/SPEC-1\n");
        // M: March missed, 60 minutes of Acme's, 100.00 USD credit
        assertThat(text).containsPattern("\nacme +client-m +1h +0 +0 +1 +100.00 USD +ACME-HOSTING-M/AVAIL-WEB@2026-03\n");
        // both deliveries are open and late at the end of March: they count when they settle
        assertThat(text).containsPattern("\nnorthwind +0.0 % \\(0/1\\) +1 +2 +100.0 % \\(3/3\\) +4d +28d ");
        assertThat(text).containsPattern("\nclient-b +0.0 % \\(0/2\\) +2 +0 +- +28d +4d ");
    }

    @Test
    void aprilCsvPricesNorthwindsOwnDaysAndCarriesTheShiftedOnesAsKnockOn() {
        String csv = report("2026-04", "csv");

        assertThat(csv).startsWith("responsible,responsible_name,affected,affected_name,delay,delay_days,knock_on,"
                + "knock_on_days,shortfall_units,breaches,owed,subjects\r\n");
        // A: 4 own days, B: 3 own days (+ 4 of the kick-off, passed on); 4,000.00 + 7,000.00 EUR
        assertThat(csv).contains("\r\nnorthwind,Northwind IT,client-b,Client B,PT168H,7,PT96H,4,0,2,11000.00 EUR,"
                + "NW-CB-2026/DELIVERY-1 NW-CB-2026-B/DELIVERY-1\r\n");
        // the 21 + 7 days the specifications shifted the deliveries by: counted in March, shown again
        assertThat(csv).contains("\r\nclient-b,Client B,northwind,Northwind IT,PT0S,0,PT672H,28,0,0,,"
                + "NW-CB-2026/DELIVERY-1 NW-CB-2026-B/DELIVERY-1\r\n");
        // G: 50 minutes of Acme's, 10 % of 1,000.00 USD
        assertThat(csv).contains("\r\nacme,Acme Hosting,client-g,Client G,PT50M,0.034722,PT0S,0,0,1,100.00 USD,"
                + "ACME-HOSTING-G/AVAIL-WEB@2026-04\r\n");
        assertThat(csv.split("\r\n")).hasSize(1 + 8);
    }

    @Test
    void jsonAndHtmlCarryTheSameCells() throws IOException {
        JsonNode json = new ObjectMapper().readTree(report("2026-04", "json"));
        assertThat(json.get("cells")).hasSize(8);
        assertThat(json.get("excused").asText()).isEqualTo("PT2H");   // G's announced maintenance

        String html = report("2026-04", "html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Friction report 2026-04</title>")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        assertThat(html.split("<tr data-responsible=", -1)).hasSize(1 + 8);
        // kept for a person to open in a browser
        Path page = Path.of("target", "friction", "samples-2026-04.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, html);
    }

    /**
     * Example P (issue 4): Marketing's 50 missing leads (1,000.00 EUR to Sales) and the 13 customers
     * Sales lost for want of them put Marketing -> Sales (63 units: leads and customers, 2 breached
     * windows); the onboarding that waited 16 business hours on Sales and Sales' 70 % share of its own
     * shortfall put Sales -> Customer Service; Customer Service's two late onboardings (56 h against 40,
     * 16 h over each) and 2 x 25.00 put Customer Service -> the company.
     */
    @Test
    void theCompanyXChainShowsWhoHeldUpWhom(@TempDir Path dir) throws IOException {
        for (String file : List.of("company-chain-agreement.yaml", "company-chain-timeline.yaml")) {
            Files.copy(CommandLine.SAMPLES.resolve("structures").resolve(file), dir.resolve(file));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(ReportCommand.execute(options(dir, dir, "2026-03", "csv"), out))
                    .isEqualTo(Main.EVALUATED);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).contains(
                "customer-service,Customer Service,company,Company X,PT32H,1.333333,PT0S,0,0,2,50.00 EUR,"
                        + "COMPANY-X/N-1 COMPANY-X/N-2",
                "marketing,Marketing,sales,Sales,PT0S,0,PT0S,0,63,2,1000.00 EUR,"
                        + "COMPANY-X/CUSTOMERS@2026-03 COMPANY-X/LEADS@2026-03",
                "sales,Sales,company,Company X,PT0S,0,PT0S,0,1,1,30.00 EUR,COMPANY-X/CUSTOMERS@2026-03",
                "sales,Sales,customer-service,Customer Service,PT16H,0.666667,PT0S,0,0,0,70.00 EUR,"
                        + "COMPANY-X/N-3 COMPANY-X/CUSTOMERS@2026-03");
    }

    /**
     * Example N in the report: the subscribers of a service-based agreement are reported under their
     * own agreements (STD-HOSTING/S-1 ...), their timelines naming them; the levels of a multi-level
     * agreement likewise. May 2026: 60 and 500 minutes down for customers 1 and 3.
     */
    @Test
    void subscribersAndLevelsAreReportedUnderTheirOwnAgreements(@TempDir Path dir) throws IOException {
        try (var files = Files.list(CommandLine.SAMPLES.resolve("structures"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(ReportCommand.execute(options(dir, dir, "2026-05", "csv"), out))
                    .isEqualTo(Main.EVALUATED);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).contains(
                "hostco,HostCo,c1,Customer 1,PT1H,0.041667,PT0S,0,0,1,50.00 EUR,STD-HOSTING/S-1/AVAIL@2026-05",
                "hostco,HostCo,c3,Customer 3,PT8H20M,0.347222,PT0S,0,0,1,20.00 EUR,STD-HOSTING/S-3/AVAIL@2026-05");
    }

    /** The command the README shows: the shipped samples folder as it is, for both options. */
    @Test
    void theShippedSamplesFolderIsOneReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int status = ReportCommand.execute(options(CommandLine.SAMPLES, CommandLine.SAMPLES,
                    "2026-04", "html"), out);
            assertThat(status).isEqualTo(Main.EVALUATED);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("Friction report 2026-04");
    }

    @Test
    void twoTimelinesForOneAgreementAreRefusedNamingBoth(@TempDir Path dir) throws IOException {
        for (String file : List.of("earn-back-agreement.yaml", "earn-back-timeline.yaml",
                "variants/earn-back-may-missed-timeline.yaml")) {
            Path from = CommandLine.SAMPLES.resolve(file);
            Files.copy(from, dir.resolve(from.getFileName()));
        }
        ReportCommand.Options options = options(dir, dir, "2026-03", "text");
        assertThatThrownBy(() -> ReportCommand.evaluate(options))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).singleElement().asString()
                        .contains("earn-back-timeline.yaml").contains("earn-back-may-missed-timeline.yaml")
                        .contains("ACME-HOSTING-M"));
    }

    @Test
    void aTimelineWithoutItsAgreementAndAnAgreementWithoutATimelineAreBothReported(@TempDir Path dir)
            throws IOException {
        Files.copy(CommandLine.SAMPLES.resolve("northwind-agreement.yaml"), dir.resolve("northwind-agreement.yaml"));
        Files.copy(CommandLine.SAMPLES.resolve("availability-timeline.yaml"), dir.resolve("availability-timeline.yaml"));
        ReportCommand.Options options = options(dir, dir, "2026-03", "text");

        assertThatThrownBy(() -> ReportCommand.evaluate(options))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactlyInAnyOrder(
                                "no agreement ACME-HOSTING-G in " + dir,
                                "agreement NW-CB-2026 has no timeline in " + dir));
    }

    @Test
    void theCommandLineWritesTheReportAndExitsWithZero() {
        CommandLine run = CommandLine.run("report", "--agreements", samples.toString(), "--timelines",
                samples.toString(), "--period", "2026-04", "--format", "csv");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(report("2026-04", "csv"));
    }

    @Test
    void theCommandLineListsEveryProblemAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Files.copy(CommandLine.SAMPLES.resolve("northwind-agreement.yaml"), dir.resolve("northwind-agreement.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "agreement: [unclosed");

        CommandLine run = CommandLine.run("report", "--agreements", dir.toString(), "--timelines", dir.toString(),
                "--period", "2026-03");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.yaml").contains("agreement NW-CB-2026 has no timeline");
    }

    @Test
    void anUnknownFormatOrAMissingPeriodSaysSoPointsToTheHelpOfReportAndExitsWithTwo() {
        CommandLine run = CommandLine.run("report", "--agreements", samples.toString(), "--timelines",
                samples.toString(), "--period", "2026-04", "--format", "pdf");
        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("sla report: ").contains("unknown format \"pdf\" for report")
                .contains("Run 'sla report --help'");

        CommandLine noPeriod = CommandLine.run("report", "--agreements", samples.toString(), "--timelines",
                samples.toString());
        assertThat(noPeriod.status()).isEqualTo(Main.INVALID);
        assertThat(noPeriod.err()).startsWith("sla report: Missing required option: '--period=YYYY-MM'");
    }

    @Test
    void aMalformedPeriodOrFormatIsAUsageError() {
        CommandLine march = CommandLine.run("report", "--agreements", samples.toString(), "--timelines",
                samples.toString(), "--period", "March");
        assertThat(march.status()).isEqualTo(Main.INVALID);
        assertThat(march.err()).contains("malformed period \"March\"");
        assertThatThrownBy(() -> options(samples, samples, "2026-03", "pdf"))
                .isInstanceOf(picocli.CommandLine.TypeConversionException.class)
                .hasMessageContaining("text, csv, json or html");
    }

    @Test
    void aHistoryIsCutToWhatWasKnownBeforeThePeriod() {
        // earn-back-history.yaml records March and April; for March, only what came before counts
        History history = new History(List.of(
                new History.MonthRecord(YearMonth.of(2026, 2), Money.parse("1000.00 USD"), Money.parse("0.00 USD")),
                new History.MonthRecord(YearMonth.of(2026, 3), Money.parse("1000.00 USD"), Money.parse("100.00 USD"))),
                List.of());
        assertThat(Portfolio.before(history, DateRange.ofMonth(YearMonth.of(2026, 3))).months())
                .extracting(History.MonthRecord::month).containsExactly(YearMonth.of(2026, 2));
    }

    @Test
    void whatTheEngineRefusesNamesTheFileItIsAbout() {
        // K's rolling cap over 12 months needs April to settle May; its history stops in March
        assertThatThrownBy(() -> report("2026-05", "text"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).singleElement().asString()
                        .contains("rolling-cap-history.yaml").contains("2026-04"));
    }
}
