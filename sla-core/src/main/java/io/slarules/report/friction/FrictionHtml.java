package io.slarules.report.friction;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A friction report as one self-contained HTML page: inline CSS, inline SVG charts (a bar per
 * party of delay caused and suffered, on a logarithmic scale with labelled ticks so minutes and
 * weeks are both readable; the matrix as a heat map), the cells and each party's
 * performance as tables. Nothing is loaded from elsewhere: no scripts, fonts, stylesheets or
 * images; every text from the input is escaped. The same report always gives the same bytes.
 */
final class FrictionHtml {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   margin: 24px 32px; color: #222; background: #fff; }
            h1 { font-size: 24px; margin: 0 0 4px 0; }
            h2 { font-size: 18px; margin: 28px 0 8px 0; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
            p.meta { color: #555; margin: 0 0 16px 0; }
            .charts { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }
            figure { margin: 0; }
            figcaption { font-weight: 600; margin-bottom: 6px; }
            svg text { font-size: 12px; fill: #222; }
            svg text.heat-value { font-size: 11px; }
            svg text.heat-value.light { fill: #fff; }
            svg .axis { stroke: #999; stroke-width: 1; }
            svg .grid { stroke: #e2e2e2; stroke-width: 1; }
            svg g.tick text { font-size: 10px; fill: #666; }
            svg rect.heat { stroke: #ccc; stroke-width: 1; }
            table { border-collapse: collapse; font-size: 13px; margin-bottom: 8px; }
            th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.subjects { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; max-width: 420px; }
            dl.definitions dt { font-weight: 600; margin-top: 6px; }
            dl.definitions dd { margin-left: 16px; color: #333; }
            """;

    private FrictionHtml() {
    }

    /**
     * {@return the report as an HTML page, ending with a line end}
     *
     * @param report the report
     */
    static String write(FrictionReport report) {
        Objects.requireNonNull(report, "report");
        String title = "Friction report " + report.periodTitle();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<p class=\"meta\">").append(report.agreements().size()).append(" agreement")
                .append(report.agreements().size() == 1 ? "" : "s").append(": ")
                .append(Html.escape(String.join(", ", report.agreements()))).append("</p>\n");

        html.append("<div class=\"charts\">\n");
        html.append("<figure id=\"delay-chart\">\n<figcaption>Delay caused vs suffered, per party (logarithmic scale)</figcaption>\n")
                .append(FrictionCharts.bars(report)).append("</figure>\n");
        html.append("<figure id=\"heat-chart\">\n<figcaption>Who held up whom (delay)</figcaption>\n")
                .append(FrictionCharts.heatMap(report)).append("</figure>\n");
        html.append("</div>\n");

        cells(html, report);
        performance(html, report);

        html.append("<h2>Excused</h2>\n<p id=\"excused\">").append(Html.escape(Figures.length(report.excused())))
                .append(" excused (force majeure, announced maintenance): nobody&#39;s friction");
        if (!report.excusedSubjects().isEmpty()) {
            html.append(", on ").append(Html.escape(report.excusedSubjects().stream().map(Subject::label)
                    .collect(Collectors.joining(", "))));
        }
        html.append(".</p>\n");
        definitions(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void cells(StringBuilder html, FrictionReport report) {
        html.append("<h2>Who held up whom</h2>\n<table id=\"cells\">\n<thead><tr>")
                .append("<th>Responsible</th><th>Affected</th><th>Delay</th><th>Knock-on</th><th>Shortfall</th>")
                .append("<th>Breaches</th><th>Owed</th><th>Subjects</th></tr></thead>\n<tbody>\n");
        for (FrictionCell c : report.cells()) {
            html.append("<tr data-responsible=\"").append(Html.escape(c.responsible())).append("\" data-affected=\"")
                    .append(Html.escape(c.affected())).append("\">")
                    .append(td(report.nameOf(c.responsible()))).append(td(report.nameOf(c.affected())))
                    .append(num(Figures.length(c.delay()))).append(num(Figures.length(c.knockOn())))
                    .append(num(Long.toString(c.shortfall()))).append(num(Integer.toString(c.breaches())))
                    .append(num(Figures.money(c.owed())))
                    .append("<td class=\"subjects\">").append(Html.escape(c.subjects().stream().map(Subject::label)
                            .collect(Collectors.joining(" ")))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (report.cells().isEmpty()) {
            html.append("<p>Nobody held up anybody.</p>\n");
        }
    }

    private static void performance(StringBuilder html, FrictionReport report) {
        html.append("<h2>Performance of each party</h2>\n<table id=\"performance\">\n<thead><tr>")
                .append("<th>Party</th><th>Role</th><th>Obligations on time</th><th>Late, own account</th>")
                .append("<th>Open, late</th><th>Objective windows met</th><th>Delay caused</th>")
                .append("<th>Delay suffered</th><th>Excused</th><th>Pays</th><th>Receives</th></tr></thead>\n<tbody>\n");
        for (PartyPerformance p : report.performance()) {
            html.append("<tr data-party=\"").append(Html.escape(p.party().id())).append("\">")
                    .append(td(p.party().name() + " (" + p.party().id() + ")"))
                    .append(td(p.party().role().name()))
                    .append(num(Figures.rate(p.onTimeRate(), p.onTime(), p.settled())))
                    .append(num(Integer.toString(p.lateOwnAccount()))).append(num(Integer.toString(p.openLate())))
                    .append(num(Figures.rate(p.windowsMetRate(), p.windowsMet(), p.windows())))
                    .append(num(Figures.length(p.delayCaused()))).append(num(Figures.length(p.delaySuffered())))
                    .append(num(Figures.length(p.excused()))).append(num(Figures.money(p.pays())))
                    .append(num(Figures.money(p.receives()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void definitions(StringBuilder html) {
        html.append("""
                <h2>How to read it</h2>
                <dl class="definitions">
                <dt>Delay</dt><dd>A late obligation&#39;s delay on its owner&#39;s own account held up the \
                beneficiary; a share attributed to another party held up the owner. Availability downtime \
                of the obligated party held up the beneficiary; downtime or case pauses caused by another \
                party held up the obligated party. A breached case adds its business time beyond the target.</dd>
                <dt>Knock-on</dt><dd>Delay passed on from a late dependency: already counted where it was \
                born, shown again where it landed, never added to the delay.</dd>
                <dt>Shortfall</dt><dd>Quota units short: the obligated party&#39;s own towards the \
                beneficiary, an upstream party&#39;s towards the obligated party.</dd>
                <dt>Breaches</dt><dd>Obligations late on the owner&#39;s own account, objective windows \
                missed and cases breached.</dd>
                <dt>Owed</dt><dd>Penalties and service credits, from debtor to creditor as each decision \
                says (bonuses and earn-backs run from the beneficiary to the obligated party).</dd>
                <dt>On time</dt><dd>Obligations fulfilled in the period no later than their agreed due \
                date; late ones with a share on the party&#39;s own account are counted apart.</dd>
                </dl>
                """);
    }

    private static String td(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String num(String text) {
        return "<td class=\"num\">" + Html.escape(text) + "</td>";
    }
}
