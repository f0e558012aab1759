package io.slarules.report.friction;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who held up whom in a period, by how much and at what cost, over one agreement, a chain or a
 * whole portfolio: a matrix of responsible party &rarr; affected party, and each party's own
 * performance. Immutable; built by {@link #of(List)}; written by {@link #toText()},
 * {@link #toCsv()}, {@link #toJson()} and {@link #toHtml()}. Everything is sorted by
 * party id, so the same evaluations always give the same report, and the same report the same
 * bytes in every format.
 *
 * <h2>Who held up whom</h2>
 * A party's subcontractors count as the party itself ({@code Agreement.answeredBy}): their share
 * is the party's own. Parties with one id in several agreements are one party.
 * <ul>
 *   <li><b>Obligations</b> (owner O, beneficiary B), settled in the period (fulfilled in it): each
 *       segment of the delay attributed to a party P. O's own share held up B; another party's
 *       share held up O. A segment born on the obligation itself counts as <em>delay</em>; one
 *       passed on from a late dependency (its origin is another obligation) is the same time
 *       counted again downstream, so it counts as <em>knock-on</em>, shown apart and never added
 *       to the delay. An obligation late with any share on O's own account is one breach O &rarr; B.
 *       Provisional delay of obligations still open is left out until they settle.</li>
 *   <li><b>Availability</b> (obligated O, beneficiary B): the lost time of O held up B; downtime
 *       attributed to another party P held up O. A missed window is one breach O &rarr; B.</li>
 *   <li><b>Time-to cases</b>: a pause attributed to P held up O (O's own: O held up B); a breached
 *       case is one breach O &rarr; B, and its business time beyond the target is delay O &rarr; B.</li>
 *   <li><b>Quotas</b>: O's own shortfall units are shortfall O &rarr; B; units an upstream party P
 *       answers for are shortfall P &rarr; O. A missed window is one breach for each party with
 *       units in it (O alone when the result does not split the shortfall).</li>
 *   <li><b>Ratios</b>: a missed window is one breach O &rarr; B.</li>
 *   <li><b>Money</b>: every penalty and credit decision is money owed from its debtor to its
 *       creditor, in the direction the decision says (a bonus or an earn-back runs from the
 *       beneficiary to the obligated party).</li>
 *   <li><b>Excused</b> time (force majeure, announced maintenance) is nobody's friction: it is
 *       counted apart, against the party whose obligation, objective or case it lies on.</li>
 * </ul>
 * Delay is wall time on the agreement's clock, except a case's overrun, which is business time.
 *
 * <h2>Performance</h2>
 * A party's on-time rate counts its obligations fulfilled in the period: on time means fulfilled no
 * later than the due date the agreement set, before any shift; late ones are split into those with
 * a share on the party's own account and those held up by others or excused. Its objectives count
 * the windows it is obligated for that the period settled, and how many were met.
 */
public final class FrictionReport {

    private final List<String> agreements;
    private final List<DateRange> periods;
    private final List<ReportParty> parties;
    private final List<FrictionCell> cells;
    private final List<PartyPerformance> performance;
    private final Duration excused;
    private final List<Subject> excusedSubjects;

    private FrictionReport(List<String> agreements, List<DateRange> periods, List<ReportParty> parties,
                           List<FrictionCell> cells, List<PartyPerformance> performance, Duration excused,
                           List<Subject> excusedSubjects) {
        this.agreements = List.copyOf(agreements);
        this.periods = List.copyOf(periods);
        this.parties = List.copyOf(parties);
        this.cells = List.copyOf(cells);
        this.performance = List.copyOf(performance);
        this.excused = excused;
        this.excusedSubjects = List.copyOf(excusedSubjects);
    }

    /**
     * The friction report of the given evaluations.
     *
     * @throws IllegalArgumentException when one agreement is given twice for one period
     * @param evaluations the evaluated agreements, of any periods
     * @return the report
     */
    public static FrictionReport of(List<EvaluatedAgreement> evaluations) {
        Objects.requireNonNull(evaluations, "evaluations");
        List<EvaluatedAgreement> sorted = new ArrayList<>(evaluations);
        sorted.forEach(e -> Objects.requireNonNull(e, "evaluation"));
        sorted.sort(Comparator.comparing((EvaluatedAgreement e) -> e.agreement().id())
                .thenComparing(e -> e.evaluation().period().startInclusive()));
        TreeSet<String> seen = new TreeSet<>();
        for (EvaluatedAgreement e : sorted) {
            if (!seen.add(e.agreement().id() + "\u001f" + e.evaluation().period())) {
                throw new IllegalArgumentException("SLA Rules: agreement " + e.agreement().id()
                        + " is given twice for " + e.evaluation().period());
            }
        }
        Ledger ledger = new Ledger();
        Map<String, ReportParty> parties = new TreeMap<>();
        TreeSet<String> agreements = new TreeSet<>();
        TreeSet<DateRange> periods = new TreeSet<>(Comparator.comparing(DateRange::startInclusive)
                .thenComparing(DateRange::endExclusive));
        for (EvaluatedAgreement e : sorted) {
            Agreement agreement = e.agreement();
            agreements.add(agreement.id());
            periods.add(e.evaluation().period());
            for (Party p : agreement.parties()) {
                parties.putIfAbsent(p.id(), new ReportParty(p.id(), p.name(), p.role()));
            }
            WhoHeldUpWhom.book(e, ledger);
        }
        List<FrictionCell> cells = ledger.cells();
        List<PartyPerformance> performance = new ArrayList<>();
        for (ReportParty party : parties.values()) {
            performance.add(performance(party, ledger.tallyOf(party.id()), cells));
        }
        return new FrictionReport(List.copyOf(agreements), List.copyOf(periods), List.copyOf(parties.values()),
                cells, performance, ledger.excused(), ledger.excusedSubjects());
    }

    private static PartyPerformance performance(ReportParty party, Ledger.PartyTally tally, List<FrictionCell> cells) {
        Duration caused = Duration.ZERO;
        Duration suffered = Duration.ZERO;
        List<Money> pays = new ArrayList<>();
        List<Money> receives = new ArrayList<>();
        for (FrictionCell c : cells) {
            if (c.responsible().equals(party.id())) {
                caused = caused.plus(c.delay());
                pays.addAll(c.owed());
            }
            if (c.affected().equals(party.id())) {
                suffered = suffered.plus(c.delay());
                receives.addAll(c.owed());
            }
        }
        return new PartyPerformance(party, tally.settled, tally.onTime, tally.lateOwnAccount, tally.openLate,
                tally.windows, tally.windowsMet, caused, suffered, tally.excused, Ledger.totals(pays),
                Ledger.totals(receives));
    }

    /** {@return the agreements evaluated, by id} */
    public List<String> agreements() {
        return agreements;
    }

    /** {@return the periods the evaluations settled, in order} */
    public List<DateRange> periods() {
        return periods;
    }

    /** {@return every party of the agreements, by id} */
    public List<ReportParty> parties() {
        return parties;
    }

    /**
     * {@return the party with the given id}
     *
     * @param id the party's id
     */
    public Optional<ReportParty> party(String id) {
        return parties.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** {@return the cells with anything in them, by responsible then affected party id} */
    public List<FrictionCell> cells() {
        return cells;
    }

    /**
     * {@return the cell of a pair of parties, if anything is in it}
     *
     * @param responsible the id of the party responsible for the friction
     * @param affected the id of the party it affected
     */
    public Optional<FrictionCell> cell(String responsible, String affected) {
        return cells.stream().filter(c -> c.responsible().equals(responsible) && c.affected().equals(affected))
                .findFirst();
    }

    /** {@return each party's own performance, by party id; every party of the agreements is listed} */
    public List<PartyPerformance> performance() {
        return performance;
    }

    /**
     * {@return the performance of the party with the given id}
     *
     * @param partyId the party's id
     */
    public Optional<PartyPerformance> performance(String partyId) {
        return performance.stream().filter(p -> p.party().id().equals(partyId)).findFirst();
    }

    /** {@return all excused time, which is nobody's friction} */
    public Duration excused() {
        return excused;
    }

    /** {@return the obligations, cases and windows with excused time, sorted} */
    public List<Subject> excusedSubjects() {
        return excusedSubjects;
    }

    /** {@return the periods as a title: {@code 2026-03}, or {@code 2026-03, 2026-04}} */
    public String periodTitle() {
        return periods.isEmpty() ? "no period" : String.join(", ", periods.stream().map(DateRange::toString).toList());
    }

    /**
     * {@return the report as text a person reads in a terminal} The parties, the matrix as one
     * line per cell, each party's performance and the excused time, in aligned columns; lines end
     * with {@code \n}, the last one too.
     */
    public String toText() {
        return FrictionText.write(this);
    }

    /**
     * {@return the report as CSV (RFC 4180)} A header row, then one row per cell by responsible
     * then affected party id; lines end with CRLF. Columns: {@code responsible, responsible_name,
     * affected, affected_name, delay} (ISO-8601), {@code delay_days} (24-hour days, at most six
     * decimals), {@code knock_on, knock_on_days, shortfall_units, breaches, owed} ({@code 4000.00
     * EUR}, several currencies joined by {@code "; "}) and {@code subjects} ({@code AGREEMENT/ID}
     * joined by spaces). A text field a spreadsheet would read as a formula is prefixed with a
     * quote, so opening the file never runs it.
     */
    public String toCsv() {
        return FrictionCsv.write(this);
    }

    /**
     * {@return the report as pretty-printed JSON} Two-space indentation, {@code \n} line ends, no
     * trailing line end. Top-level fields: {@code periods, agreements, parties, cells,
     * performance, excused, excusedDays, excusedSubjects}. Durations are ISO-8601 with a companion
     * in 24-hour days; money and rates (percent, one decimal) are decimal strings; a rate with
     * nothing to rate is {@code null}.
     */
    public String toJson() {
        return FrictionJson.write(this);
    }

    /**
     * {@return the report as one self-contained HTML page} Inline CSS and SVG charts (delay caused
     * and suffered per party on a logarithmic scale, so minutes and weeks are both readable; the
     * matrix as a heat map), the cells and the performance as tables. Nothing is loaded from
     * elsewhere and every text from the input is escaped.
     */
    public String toHtml() {
        return FrictionHtml.write(this);
    }

    /** The name of a party, or its id when the report does not know it. */
    String nameOf(String partyId) {
        return party(partyId).map(ReportParty::name).orElse(partyId);
    }
}
