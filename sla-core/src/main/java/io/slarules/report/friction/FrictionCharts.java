package io.slarules.report.friction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inline SVG charts of the HTML page: a bar per party of delay caused and suffered, and the
 * matrix as a heat map. No scripts, no external references; every label escaped.
 */
final class FrictionCharts {

    static final String CAUSED = "#c0392b";
    static final String SUFFERED = "#2c7fb8";
    private static final String PALE = "#fbeec1";
    private static final String SAME = "#e6e6e6";

    private static final int LABEL_WIDTH = 210;
    private static final int BAR_AREA = 360;
    private static final int ROW = 38;
    private static final double CHAR_WIDTH = 6.6;
    private static final int LEGEND_WIDTH = 620;
    private static final int MAX_LABEL = 24;

    private FrictionCharts() {
    }

    /**
     * Two horizontal bars per party: delay caused (top) and suffered (bottom), on one logarithmic
     * scale with labelled ticks, so that minutes of service-level downtime and weeks of late
     * delivery are both readable (on a linear scale from minutes to days, 45 minutes next to 7 days
     * is under 2 px). Each bar has its exact length written beside it.
     */
    static String bars(FrictionReport report) {
        List<PartyPerformance> parties = report.performance();
        List<Duration> lengths = new ArrayList<>();
        for (PartyPerformance p : parties) {
            lengths.add(p.delayCaused());
            lengths.add(p.delaySuffered());
        }
        LogScale scale = LogScale.of(lengths, BAR_AREA);
        int top = 30;
        int axis = top + ROW * parties.size();
        int width = LABEL_WIDTH + BAR_AREA + 110;
        int height = axis + (scale.ticks().isEmpty() ? 10 : 26);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"delay-bars\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"Delay caused and suffered per party, on a logarithmic scale\">\n");
        svg.append("<title>Delay caused and suffered per party (logarithmic scale)</title>\n");
        legend(svg, LABEL_WIDTH, 12);
        for (LogScale.Tick tick : scale.ticks()) {
            double x = LABEL_WIDTH + tick.at();
            svg.append("<g class=\"tick\"><line x1=\"").append(Html.number(x)).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(Html.number(x)).append("\" y2=\"").append(axis)
                    .append("\" class=\"grid\"/><text x=\"").append(Html.number(x)).append("\" y=\"").append(axis + 14)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(tick.label())).append("</text></g>\n");
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyPerformance p = parties.get(i);
            int y = top + i * ROW;
            svg.append("<g class=\"party\" data-party=\"").append(Html.escape(p.party().id())).append("\">\n");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"end\">").append(Html.escape(label(p.party()))).append("</text>\n");
            bar(svg, "caused", CAUSED, p.delayCaused(), scale, y + 3, p.party().name() + " caused");
            bar(svg, "suffered", SUFFERED, p.delaySuffered(), scale, y + 19, p.party().name() + " suffered");
            svg.append("</g>\n");
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(top - 4).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(axis).append("\" class=\"axis\"/>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int x, int y) {
        svg.append("<g class=\"legend\">")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y - 9).append("\" width=\"12\" height=\"10\" fill=\"")
                .append(CAUSED).append("\"/>")
                .append("<text x=\"").append(x + 16).append("\" y=\"").append(y).append("\">delay caused</text>")
                .append("<rect x=\"").append(x + 120).append("\" y=\"").append(y - 9)
                .append("\" width=\"12\" height=\"10\" fill=\"").append(SUFFERED).append("\"/>")
                .append("<text x=\"").append(x + 136).append("\" y=\"").append(y).append("\">delay suffered</text>")
                .append("</g>\n");
    }

    private static void bar(StringBuilder svg, String kind, String colour, Duration length, LogScale scale,
                            int y, String title) {
        double w = scale.width(length);
        svg.append("<rect class=\"bar ").append(kind).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                .append("\" width=\"").append(Html.number(w)).append("\" height=\"14\" fill=\"").append(colour)
                .append("\"><title>").append(Html.escape(title + ": " + Figures.length(length))).append("</title></rect>")
                .append("<text class=\"value\" x=\"").append(Html.number(LABEL_WIDTH + w + 5)).append("\" y=\"")
                .append(y + 11).append("\">").append(Html.escape(Figures.length(length))).append("</text>\n");
    }

    /**
     * The matrix as a heat map: one square per (responsible, affected) pair of parties, rows
     * responsible, columns affected; the colour grows with the delay, a pale square marks a pair
     * with money, shortfall or breaches but no delay.
     */
    static String heatMap(FrictionReport report) {
        List<ReportParty> parties = report.parties();
        int n = parties.size();
        int cell = n <= 12 ? 44 : n <= 24 ? 30 : 20;
        int longest = parties.stream().mapToInt(p -> label(p).length()).max().orElse(0);
        int left = Math.max(150, (int) Math.ceil(longest * CHAR_WIDTH) + 14);
        int top = Math.max(40, (int) Math.ceil(longest * CHAR_WIDTH * 0.71) + 20);
        int width = Math.max(left + cell * n + 60, LEGEND_WIDTH);
        int height = top + cell * n + 50;
        double max = 0;
        for (FrictionCell c : report.cells()) {
            max = Math.max(max, Figures.daysValue(c.delay()));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"heat-map\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"Who held up whom: delay in days\">\n");
        svg.append("<title>Who held up whom: delay, rows responsible, columns affected</title>\n");
        svg.append("<text class=\"axis-title\" x=\"4\" y=\"").append(top - 8)
                .append("\">responsible \u2193 affected \u2192</text>\n");
        for (int j = 0; j < n; j++) {
            double x = left + j * cell + cell / 2.0;
            svg.append("<text class=\"col-label\" transform=\"translate(").append(Html.number(x)).append(' ')
                    .append(top - 6).append(") rotate(-45)\">").append(Html.escape(label(parties.get(j))))
                    .append("</text>\n");
        }
        for (int i = 0; i < n; i++) {
            ReportParty responsible = parties.get(i);
            int y = top + i * cell;
            svg.append("<text class=\"row-label\" x=\"").append(left - 6).append("\" y=\"")
                    .append(Html.number(y + cell / 2.0 + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.escape(label(responsible))).append("</text>\n");
            for (int j = 0; j < n; j++) {
                ReportParty affected = parties.get(j);
                Optional<FrictionCell> c = report.cell(responsible.id(), affected.id());
                square(svg, responsible, affected, c, max, left + j * cell, y, cell);
            }
        }
        heatLegend(svg, 4, top + cell * n + 24);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void heatLegend(StringBuilder svg, int x, int y) {
        svg.append("<g class=\"legend\">");
        String[][] keys = {{shade(0.35), "delay (darker: more)"}, {PALE, "knock-on, shortfall, breaches or money only"},
                {SAME, "the party itself"}};
        int at = x;
        for (String[] key : keys) {
            svg.append("<rect x=\"").append(at).append("\" y=\"").append(y - 10)
                    .append("\" width=\"12\" height=\"12\" stroke=\"#ccc\" fill=\"").append(key[0]).append("\"/>")
                    .append("<text x=\"").append(at + 16).append("\" y=\"").append(y).append("\">")
                    .append(Html.escape(key[1])).append("</text>");
            at += 24 + (int) Math.ceil(key[1].length() * CHAR_WIDTH);
        }
        svg.append("</g>\n");
    }

    /** A party's name, shortened to fit a chart's margin. */
    static String label(ReportParty party) {
        String name = party.name();
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    private static void square(StringBuilder svg, ReportParty responsible, ReportParty affected,
                               Optional<FrictionCell> cell, double max, int x, int y, int size) {
        double days = cell.map(c -> Figures.daysValue(c.delay())).orElse(0.0);
        double t = max == 0 ? 0 : Math.sqrt(days / max);
        String fill;
        if (responsible.id().equals(affected.id()) && cell.isEmpty()) {
            fill = SAME;
        } else if (days > 0) {
            fill = shade(t);
        } else if (cell.isPresent()) {
            fill = PALE;
        } else {
            fill = "#ffffff";
        }
        String title = responsible.name() + " \u2192 " + affected.name() + ": " + cell.map(FrictionCharts::summary)
                .orElse("nothing");
        svg.append("<rect class=\"heat\" data-responsible=\"").append(Html.escape(responsible.id()))
                .append("\" data-affected=\"").append(Html.escape(affected.id())).append("\" x=\"").append(x)
                .append("\" y=\"").append(y).append("\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"").append(fill).append("\"><title>").append(Html.escape(title))
                .append("</title></rect>\n");
        if (days > 0 && size >= 30) {
            svg.append("<text x=\"").append(Html.number(x + size / 2.0)).append("\" y=\"")
                    .append(Html.number(y + size / 2.0 + 4)).append("\" text-anchor=\"middle\"")
                    .append(t > 0.55 ? " class=\"heat-value light\"" : " class=\"heat-value\"").append(">")
                    .append(Html.escape(Figures.shortLength(cell.get().delay()))).append("</text>\n");
        }
    }

    /** White to dark red as {@code t} goes from 0 to 1. */
    private static String shade(double t) {
        int[] from = {0xfe, 0xe0, 0xd2};
        int[] to = {0xa5, 0x0f, 0x15};
        StringBuilder hex = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            int v = (int) Math.round(from[k] + (to[k] - from[k]) * t);
            hex.append(String.format(Locale.ROOT, "%02x", v));
        }
        return hex.toString();
    }

    private static String summary(FrictionCell c) {
        return "delay " + Figures.length(c.delay()) + ", knock-on " + Figures.length(c.knockOn()) + ", shortfall "
                + c.shortfall() + ", breaches " + c.breaches() + ", owed " + Figures.money(c.owed());
    }
}
