package io.slarules.report.friction;

import io.slarules.Evaluation;
import io.slarules.files.Agreements;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.Timeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FrictionHtmlTest {

    private static final Pattern OUTSIDE = Pattern.compile("^\\s*(https?:|//|ftp:|file:)", Pattern.CASE_INSENSITIVE);

    private static FrictionReport report;
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() throws IOException {
        report = FrictionReport.of(List.of(Portfolios.northwindWholePeriod(), Portfolios.hostingMarch(),
                Portfolios.chainMarch()));
        html = report.toHtml();
        page = Jsoup.parse(html);
        // kept for a person to open in a browser
        Path out = Path.of("target", "friction", "portfolio.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html);
    }

    @Test
    void theTitleNamesThePeriods() {
        assertThat(page.title()).isEqualTo("Friction report 2026-03, 2026-03-01..2027-03-01");
        assertThat(page.selectFirst("h1").text()).isEqualTo(page.title());
    }

    @Test
    void theMatrixTableHasOneRowPerCell() {
        List<Element> rows = page.select("table#cells > tbody > tr");
        assertThat(rows).hasSize(report.cells().size());
        Element first = rows.get(0);
        assertThat(first.attr("data-responsible")).isEqualTo("acme");
        assertThat(first.select("td").eachText()).containsExactly("Acme Hosting", "Client Y", "2h 30m", "0", "0", "2",
                "125.00 USD", "HOST-Y/C-1 HOST-Y/AVAIL-WEB@2026-03");
        assertThat(page.select("table#cells > thead th")).hasSize(8);
    }

    @Test
    void thePerformanceTableHasOneRowPerParty() {
        assertThat(page.select("table#performance > tbody > tr").eachAttr("data-party"))
                .containsExactlyElementsOf(report.parties().stream().map(ReportParty::id).toList());
        Element clientB = page.selectFirst("table#performance tr[data-party=client-b]");
        assertThat(clientB.select("td").get(2).text()).isEqualTo("0.0 % (0/1)");
    }

    @Test
    void theBarChartHasOneBarOfCausedAndOneOfSufferedDelayPerParty() {
        Element chart = page.selectFirst("svg#delay-bars");
        assertThat(chart).isNotNull();
        List<Element> parties = chart.select("g.party");
        assertThat(parties).hasSize(report.parties().size());
        for (Element party : parties) {
            assertThat(party.select("rect.bar.caused")).hasSize(1);
            assertThat(party.select("rect.bar.suffered")).hasSize(1);
        }
        // Client B caused the most delay (21 days): its bar is the longest, the whole bar area
        Element clientB = chart.selectFirst("g.party[data-party=client-b] rect.caused");
        assertThat(Double.parseDouble(clientB.attr("width"))).isEqualTo(360.0);
    }

    @Test
    void everyBarIsReadableAndWritesItsLengthExactly() {
        Element chart = page.selectFirst("svg#delay-bars");
        for (PartyPerformance p : report.performance()) {
            Element party = chart.selectFirst("g.party[data-party=" + p.party().id() + "]");
            for (String kind : List.of("caused", "suffered")) {
                java.time.Duration length = kind.equals("caused") ? p.delayCaused() : p.delaySuffered();
                double width = Double.parseDouble(party.selectFirst("rect.bar." + kind).attr("width"));
                Element value = party.selectFirst("rect.bar." + kind).nextElementSibling();
                assertThat(value.text()).as(p.party().id() + " " + kind).isEqualTo(Figures.length(length));
                if (length.isZero()) {
                    assertThat(width).isZero();
                } else {
                    // the shortest delays here are minutes of downtime, beside Client B's 21 days
                    assertThat(width).as(p.party().id() + " " + kind + " " + value.text()).isGreaterThanOrEqualTo(20);
                }
            }
        }
        assertThat(chart.select("g.tick text").eachText()).contains("1h", "1d", "7d");
        assertThat(page.selectFirst("figure#delay-chart figcaption").text()).contains("logarithmic scale");
    }

    @Test
    void theHeatMapHasOneSquarePerPairOfParties() {
        Element map = page.selectFirst("svg#heat-map");
        assertThat(map).isNotNull();
        int n = report.parties().size();
        assertThat(map.select("rect.heat")).hasSize(n * n);
        Element clientB = map.selectFirst("rect.heat[data-responsible=client-b][data-affected=northwind]");
        assertThat(clientB.attr("fill")).isEqualTo("#a50f15");   // the largest delay, the darkest red
        assertThat(clientB.selectFirst("title").text()).startsWith("Client B → Northwind IT: delay 21d");
        Element nothing = map.selectFirst("rect.heat[data-responsible=northwind][data-affected=acme]");
        assertThat(nothing.attr("fill")).isEqualTo("#ffffff");
    }

    @Test
    void nothingIsLoadedFromOutside() {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link, img, iframe, object, embed, image, use")).isEmpty();
        for (Element e : page.getAllElements()) {
            for (String attribute : List.of("src", "href", "xlink:href", "srcset", "action", "data")) {
                assertThat(OUTSIDE.matcher(e.attr(attribute)).find())
                        .as("%s of <%s>", attribute, e.tagName()).isFalse();
            }
            assertThat(e.attr("style")).doesNotContainIgnoringCase("url(");
        }
        String css = String.join("\n", page.select("style").eachAttr("innerHTML")) + page.select("style").html();
        assertThat(css).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@font-face");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void everyTextIsEscaped() {
        String yaml = Portfolios.CHAIN_YAML.replace("name: Marketing", "name: \"<script>alert('x')</script> & Co\"");
        Agreement agreement = Agreements.parse(yaml, "chain.yaml", true);
        Evaluation march = Portfolios.chainMarch().evaluation();
        FrictionReport hostile = FrictionReport.of(List.of(EvaluatedAgreement.of(agreement, Timeline.empty(),
                Evaluation.builder().agreementId(march.agreementId()).period(march.period()).asOf(march.asOf())
                        .attributions(List.of()).penalties(List.of()).objectives(march.objectives())
                        .credits(march.credits()).history(History.empty()).explanation("").build())));
        String written = hostile.toHtml();
        Document parsed = Jsoup.parse(written);

        assertThat(parsed.select("script")).isEmpty();
        assertThat(written).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(parsed.selectFirst("table#cells td").text()).isEqualTo("<script>alert('x')</script> & Co");
    }

    @Test
    void theSamePortfolioGivesTheSamePage() {
        assertThat(FrictionHtml.write(FrictionReport.of(List.of(Portfolios.chainMarch(), Portfolios.hostingMarch(),
                Portfolios.northwindWholePeriod())))).isEqualTo(html);
    }
}
