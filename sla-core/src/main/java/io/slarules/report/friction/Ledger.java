package io.slarules.report.friction;

import io.slarules.model.money.Money;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The running totals a friction report is made of: one tally per (responsible, affected) pair and
 * one per party. Mutable and confined to {@link FrictionReport#of}; what it gives out is immutable.
 */
final class Ledger {

    /** A pair of parties, responsible first. */
    record Pair(String responsible, String affected) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byResponsible = responsible.compareTo(other.responsible);
            return byResponsible != 0 ? byResponsible : affected.compareTo(other.affected);
        }
    }

    private static final class CellTally {
        Duration delay = Duration.ZERO;
        Duration knockOn = Duration.ZERO;
        long shortfall;
        int breaches;
        final Map<String, Money> owed = new TreeMap<>();
        final TreeSet<Subject> subjects = new TreeSet<>();
    }

    /** What is counted about one party as promisor. */
    static final class PartyTally {
        int settled;
        int onTime;
        int lateOwnAccount;
        int openLate;
        int windows;
        int windowsMet;
        Duration excused = Duration.ZERO;
    }

    private final Map<Pair, CellTally> cells = new TreeMap<>();
    private final Map<String, PartyTally> parties = new TreeMap<>();
    private Duration excused = Duration.ZERO;
    private final TreeSet<Subject> excusedSubjects = new TreeSet<>();

    private CellTally cell(String responsible, String affected, Subject subject) {
        CellTally tally = cells.computeIfAbsent(new Pair(responsible, affected), p -> new CellTally());
        tally.subjects.add(subject);
        return tally;
    }

    /** Delay born on the subject. */
    void delay(String responsible, String affected, Duration length, Subject subject) {
        if (!length.isZero()) {
            CellTally c = cell(responsible, affected, subject);
            c.delay = c.delay.plus(length);
        }
    }

    /** Delay passed on to the subject from a late dependency. */
    void knockOn(String responsible, String affected, Duration length, Subject subject) {
        if (!length.isZero()) {
            CellTally c = cell(responsible, affected, subject);
            c.knockOn = c.knockOn.plus(length);
        }
    }

    /** Quota units short. */
    void shortfall(String responsible, String affected, long units, Subject subject) {
        if (units > 0) {
            cell(responsible, affected, subject).shortfall += units;
        }
    }

    /** One breach. */
    void breach(String responsible, String affected, Subject subject) {
        cell(responsible, affected, subject).breaches++;
    }

    /** Money owed by a decision. */
    void owed(String debtor, String creditor, Money amount, Subject subject) {
        CellTally c = cell(debtor, creditor, subject);
        if (!amount.isZero()) {
            c.owed.merge(amount.currency().getCurrencyCode(), amount, Money::plus);
        }
    }

    /** Excused time on a party's obligation, objective or case. */
    void excused(String party, Duration length, Subject subject) {
        if (!length.isZero()) {
            PartyTally p = party(party);
            p.excused = p.excused.plus(length);
            excused = excused.plus(length);
            excusedSubjects.add(subject);
        }
    }

    /** The tally of a party as promisor. */
    PartyTally party(String party) {
        return parties.computeIfAbsent(party, p -> new PartyTally());
    }

    /** The cells, by responsible then affected party id. */
    List<FrictionCell> cells() {
        List<FrictionCell> out = new ArrayList<>();
        cells.forEach((pair, c) -> out.add(new FrictionCell(pair.responsible(), pair.affected(), c.delay, c.knockOn,
                c.shortfall, c.breaches, List.copyOf(c.owed.values()), List.copyOf(c.subjects))));
        return out;
    }

    /** The party's tally; an empty one when nothing was counted for it. */
    PartyTally tallyOf(String party) {
        return parties.getOrDefault(Objects.requireNonNull(party, "party"), new PartyTally());
    }

    /** All excused time. */
    Duration excused() {
        return excused;
    }

    /** The subjects with excused time. */
    List<Subject> excusedSubjects() {
        return List.copyOf(excusedSubjects);
    }

    /** Amounts summed per currency, by currency code. */
    static List<Money> totals(List<Money> amounts) {
        Map<String, Money> byCode = new TreeMap<>();
        for (Money m : amounts) {
            byCode.merge(m.currency().getCurrencyCode(), m, Money::plus);
        }
        return List.copyOf(byCode.values());
    }
}
