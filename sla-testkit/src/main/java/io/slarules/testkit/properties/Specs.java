package io.slarules.testkit.properties;

import io.slarules.model.ConcurrentDelay;

import io.slarules.model.DayCount;
import io.slarules.model.DelayRounding;
import io.slarules.model.DelayUnit;

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

    /** The agreement's zone and the 45 days it is effective, starting on the first of a month. */
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

    /** An instant of the window. */
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
     */
    public record DueSpec(DueKind kind, Time time, int anchor, int days, DayCount count) {
    }

    /**
     * An obligation: owner 0 provider, 1 customer, 2 subcontractor; dependencies are raw indices of
     * earlier obligations (modulo its own index), so the graph is acyclic by construction.
     */
    public record ObligationSpec(int owner, DueSpec due, List<Integer> dependsOn, Optional<Time> fulfilled) {
    }

    /** A rate or a cap: a percentage of the clause's value, or an amount in EUR. */
    public record AmountSpec(boolean percent, BigDecimal number) {
    }

    /** A liquidated-damages clause; obligations are raw indices. */
    public record ClauseSpec(boolean providerPays, List<Integer> obligations, BigDecimal value, boolean statesValue,
                      AmountSpec rate, DelayUnit unit, DelayRounding rounding, Optional<AmountSpec> cap,
                      Optional<Integer> terminationAfter) {
    }

    /** A blocked interval: raw obligation indices, responsible 0 provider, 1 customer, 2 subcontractor. */
    public record BlockSpec(List<Integer> obligations, int responsible, Time start, int minutes) {
    }

    /** A force-majeure period. */
    public record ForceMajeureSpec(Time start, int minutes) {
    }

    /** Everything a generated input is built from. */
    public record InputSpec(Window window, List<ObligationSpec> obligations, List<ClauseSpec> clauses,
                        List<BlockSpec> blocks, List<ForceMajeureSpec> forceMajeure, List<Integer> holidays,
                        ConcurrentDelay concurrentDelay) {
    }
}
