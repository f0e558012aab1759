package io.slarules.testkit.properties;

import io.slarules.model.obligations.ConcurrentDelay;

import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/**
 * The raw, independent pieces a {@link GeneratedInput} is built from, public so that a property
 * can draw a piece of its own (a force-majeure period, a due time, a clause's terms) and add it to
 * a generated input. Every cross-reference is a raw
 * number resolved modulo what exists when the scenario is built, so each piece can be generated
 * and shrunk on its own: removing an obligation never leaves a clause or an event dangling.
 */
public final class Specs {

    private Specs() {
    }

    /**
     * The agreement's zone and the 45 days it is effective, starting on the first of a month.
     *
     * @param zone  the agreement's zone
     * @param start the first effective day, the first of a month
     */
    public record Window(ZoneId zone, LocalDate start) {
        /** How many days the agreement is effective. */
        public static final int DAYS = 45;

        /** {@return the start of the first effective day} */
        public Instant startInstant() {
            return start.atStartOfDay(zone).toInstant();
        }

        /** {@return the day after the last effective day} */
        public LocalDate effectiveEnd() {
            return start.plusDays(DAYS);
        }

        /** {@return the two whole calendar months that cover the effective days: the "whole agreement" period} */
        public LocalDate periodEnd() {
            return start.plusMonths(2);
        }

        /** {@return the first change of the zone's offset in the window, or the window's middle for a zone without} */
        public Instant dstChange() {
            ZoneOffsetTransition next = zone.getRules().nextTransition(startInstant());
            Instant middle = start.plusDays(DAYS / 2).atStartOfDay(zone).toInstant();
            return next == null || next.getInstant().isAfter(effectiveEnd().atStartOfDay(zone).toInstant())
                    ? middle : next.getInstant();
        }
    }

    /** How an instant is drawn. */
    public enum TimeKind {
        /** Any minute of the window, by elapsed minutes from its start: odd hours. */
        ANY_MINUTE,
        /** Midnight at the start of a day of the window: as a date-only value is read. */
        MIDNIGHT,
        /** Within four hours either side of the zone's DST change in the window. */
        NEAR_DST
    }

    /**
     * An instant of the window.
     *
     * @param kind how the instant is drawn
     * @param raw  the drawn number: minutes from the window's start, days from it, or minutes from the DST
     *             change, as {@code kind} says
     */
    public record Time(TimeKind kind, int raw) {
        /** The minutes of the window. */
        public static final int MINUTES = Window.DAYS * 24 * 60;

        /**
         * {@return the instant in a window}
         *
         * @param w the window
         */
        public Instant resolve(Window w) {
            return switch (kind) {
                case ANY_MINUTE -> w.startInstant().plusSeconds(60L * Math.floorMod(raw, MINUTES));
                case MIDNIGHT -> w.start().plusDays(Math.floorMod(raw, Window.DAYS)).atStartOfDay(w.zone()).toInstant();
                case NEAR_DST -> w.dstChange().plusSeconds(60L * raw);
            };
        }
    }

    /** How an obligation's due date is given. */
    public enum DueKind {
        /** By the end of a date. */
        ON_DATE,
        /** By an instant. */
        AT_INSTANT,
        /** Some days after an earlier obligation is fulfilled. */
        AFTER_FULFILMENT
    }

    /**
     * When an obligation is due: by the end of the date of {@code time}, by the instant {@code time},
     * or {@code days} days after an earlier obligation ({@code anchor} modulo its index) is fulfilled.
     *
     * @param kind   how the due date is given
     * @param time   the due date's or instant's time, for the kinds that have one
     * @param anchor the raw index of the earlier obligation, for a relative due date
     * @param days   the days after the anchor's fulfilment, for a relative due date
     * @param count  whether those days are calendar or business days
     */
    public record DueSpec(DueKind kind, Time time, int anchor, int days, DayCount count) {
    }

    /**
     * An obligation: owner 0 provider, 1 customer, 2 subcontractor; dependencies are raw indices of
     * earlier obligations (modulo its own index), so the graph is acyclic by construction.
     *
     * @param owner     0 provider, 1 customer, 2 subcontractor
     * @param due       when it is due
     * @param dependsOn raw indices of the obligations it depends on
     * @param fulfilled when it is fulfilled; empty: still open
     */
    public record ObligationSpec(int owner, DueSpec due, List<Integer> dependsOn, Optional<Time> fulfilled) {
    }

    /**
     * A rate or a cap: a percentage of the clause's value, or an amount in EUR.
     *
     * @param percent whether {@code number} is a percentage rather than an amount
     * @param number  the percentage or the amount in EUR
     */
    public record AmountSpec(boolean percent, BigDecimal number) {
    }

    /**
     * A liquidated-damages clause; obligations are raw indices.
     *
     * @param providerPays     whether the provider pays (else the customer)
     * @param obligations      raw indices of the obligations priced
     * @param value            the clause's value in EUR
     * @param statesValue      whether the clause states its value even when no percentage needs it
     * @param rate             the price of a unit of delay
     * @param unit             days or hours
     * @param rounding         whether a started unit counts
     * @param cap              the clause's cap, if any
     * @param terminationAfter the units of delay after which the creditor may terminate, if any
     */
    public record ClauseSpec(boolean providerPays, List<Integer> obligations, BigDecimal value, boolean statesValue,
                      AmountSpec rate, DelayUnit unit, DelayRounding rounding, Optional<AmountSpec> cap,
                      Optional<Integer> terminationAfter) {
    }

    /**
     * A blocked interval: raw obligation indices, responsible 0 provider, 1 customer, 2 subcontractor.
     *
     * @param obligations raw indices of the obligations blocked
     * @param responsible 0 provider, 1 customer, 2 subcontractor
     * @param start       when the block starts
     * @param minutes     how long it lasts
     */
    public record BlockSpec(List<Integer> obligations, int responsible, Time start, int minutes) {
    }

    /**
     * A force-majeure period.
     *
     * @param start   when it starts
     * @param minutes how long it lasts
     */
    public record ForceMajeureSpec(Time start, int minutes) {
    }

    /**
     * Everything a generated input is built from.
     *
     * @param window          the zone and effective days
     * @param obligations     the obligations
     * @param clauses         the liquidated-damages clauses
     * @param blocks          the blocked intervals
     * @param forceMajeure    the force-majeure periods
     * @param holidays        the holidays, as raw day offsets into the window
     * @param concurrentDelay the agreement's concurrent-delay policy
     */
    public record InputSpec(Window window, List<ObligationSpec> obligations, List<ClauseSpec> clauses,
                        List<BlockSpec> blocks, List<ForceMajeureSpec> forceMajeure, List<Integer> holidays,
                        ConcurrentDelay concurrentDelay) {
    }
}
