package io.slarules.report.friction;

import io.slarules.internal.text.PrintableText;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A friction report as text a person reads in a terminal: the parties, the matrix as one line per
 * cell, each party's performance, and the excused time. Columns are aligned; lines end with
 * {@code \n}; nothing depends on the clock or the platform.
 */
final class FrictionText {

    private FrictionText() {
    }

    /**
     * {@return the report as text, ending with a line end}
     *
     * @param report the report
     */
    static String write(FrictionReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder();
        out.append("Friction report ").append(report.periodTitle()).append('\n');
        out.append("Agreements: ").append(report.agreements().isEmpty() ? "none"
                : String.join(", ", report.agreements())).append("\n\n");

        out.append("Parties\n");
        TextTable parties = new TextTable("ID", "NAME", "ROLE");
        report.parties().forEach(p -> parties.row(p.id(), p.name(), p.role().name()));
        out.append(parties.render()).append('\n');

        out.append("Who held up whom (responsible -> affected)\n");
        if (report.cells().isEmpty()) {
            out.append("nobody held up anybody\n");
        } else {
            TextTable cells = new TextTable("RESPONSIBLE", "AFFECTED", ">DELAY", ">KNOCK-ON", ">SHORTFALL",
                    ">BREACHES", ">OWED", "SUBJECTS");
            for (FrictionCell c : report.cells()) {
                cells.row(c.responsible(), c.affected(), Figures.length(c.delay()), Figures.length(c.knockOn()),
                        Long.toString(c.shortfall()), Integer.toString(c.breaches()), Figures.money(c.owed()),
                        c.subjects().stream().map(Subject::label).collect(Collectors.joining(" ")));
            }
            out.append(cells.render());
        }
        out.append('\n');

        out.append("Performance (each party as promisor)\n");
        TextTable performance = new TextTable("PARTY", ">ON TIME", ">LATE OWN", ">OPEN LATE", ">WINDOWS MET",
                ">CAUSED", ">SUFFERED", ">EXCUSED", ">PAYS", ">RECEIVES");
        for (PartyPerformance p : report.performance()) {
            performance.row(p.party().id(), Figures.rate(p.onTimeRate(), p.onTime(), p.settled()),
                    Integer.toString(p.lateOwnAccount()), Integer.toString(p.openLate()),
                    Figures.rate(p.windowsMetRate(), p.windowsMet(), p.windows()), Figures.length(p.delayCaused()),
                    Figures.length(p.delaySuffered()), Figures.length(p.excused()), Figures.money(p.pays()),
                    Figures.money(p.receives()));
        }
        out.append(performance.render()).append('\n');

        out.append("Excused (nobody's friction): ").append(Figures.length(report.excused()));
        if (!report.excusedSubjects().isEmpty()) {
            out.append(" on ").append(report.excusedSubjects().stream().map(Subject::label)
                    .collect(Collectors.joining(" ")));
        }
        out.append('\n');
        out.append("Delay is wall time (a case's overrun: business time); knock-on is delay passed on from a\n"
                + "late dependency, counted where it was born and shown again where it landed.\n");
        return PrintableText.of(out.toString());
    }
}
