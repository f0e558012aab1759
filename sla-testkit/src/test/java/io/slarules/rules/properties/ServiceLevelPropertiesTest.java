package io.slarules.rules.properties;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.testkit.SlaInvariants;
import io.slarules.testkit.properties.ServiceLevelArbitraries;
import io.slarules.testkit.properties.ServiceLevelInput;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service levels over generated agreements, timelines and histories ({@link ServiceLevelArbitraries}).
 * Every invariant together, re-runs and reordered events included, runs in
 * {@code io.slarules.testkit.properties.DefaultEngineInvariantsTest}; these are the properties
 * beyond them: each minute counted once, shares against an independent reference, month by month
 * equals at once.
 */
class ServiceLevelPropertiesTest {

    @Provide
    Arbitrary<ServiceLevelInput> inputs() {
        return ServiceLevelArbitraries.inputs();
    }

    @Provide
    Arbitrary<ServiceLevelInput> plainInputs() {
        return ServiceLevelArbitraries.plainAvailabilityInputs();
    }

    /**
     * Each minute counted once: on 24x7, whole window, without minimum or rounding, the lost-time
     * shares of a window add up to the union of every outage of the service inside the window, and
     * the shares are disjoint by construction (the sum equals the union, not more).
     */
    @Property
    void lostTimeSharesAddUpToTheUnionOfTheOutagesInTheWindow(@ForAll("plainInputs") ServiceLevelInput s) {
        Evaluation e = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        for (ObjectiveResult r : e.objective("AVAIL")) {
            Interval window = r.window().toInterval(s.zone());
            List<Interval> inside = new ArrayList<>();
            for (Outage o : s.timeline().outages()) {
                o.interval().intersection(window).ifPresent(inside::add);
            }
            Duration shares = r.lostTime().stream().map(Share::length).reduce(Duration.ZERO, Duration::plus);
            assertThat(shares).as("lost time of " + r.window() + " " + r.lostTime() + ", in " + s)
                    .isEqualTo(unionLength(inside));
        }
    }

    /**
     * An independent reference for each share, on 24x7, whole window, without minimum or rounding:
     * excused is force majeure, maintenance announced in time and maintenance inside a Sunday
     * 02:00-04:00 window; the customer's is its faults less the excused time; the provider's is its
     * own and its subcontractor's faults and unexcused maintenance, less everything else.
     */
    @Property
    void eachShareIsWhatAReferenceCountsForItsParty(@ForAll("plainInputs") ServiceLevelInput s) {
        Evaluation e = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        for (ObjectiveResult r : e.objective("AVAIL")) {
            Interval window = r.window().toInterval(s.zone());
            List<Interval> sundays = new ArrayList<>();
            for (LocalDate d = r.window().startInclusive(); d.isBefore(r.window().endExclusive()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    sundays.add(Interval.of(ZonedDateTime.of(d, LocalTime.of(2, 0), s.zone()).toInstant(),
                            ZonedDateTime.of(d, LocalTime.of(4, 0), s.zone()).toInstant()));
                }
            }
            List<Interval> excused = new ArrayList<>();
            List<Interval> customer = new ArrayList<>();
            List<Interval> provider = new ArrayList<>();
            for (Outage o : s.timeline().outages()) {
                switch (o.kind()) {
                    case FORCE_MAJEURE -> excused.add(o.interval());
                    case FAULT -> (o.responsible().orElseThrow().equals(ServiceLevelInput.CUSTOMER) ? customer : provider)
                            .add(o.interval());
                    case MAINTENANCE -> {
                        if (o.announced().isPresent()) {
                            excused.add(o.interval());
                        } else {
                            sundays.forEach(w -> o.interval().intersection(w).ifPresent(excused::add));
                            provider.addAll(minus(List.of(o.interval()), sundays));
                        }
                    }
                }
            }
            Duration excusedTime = unionLength(clip(excused, window));
            Duration customerTime = unionLength(minus(clip(customer, window), excused));
            List<Interval> explained = new ArrayList<>(excused);
            explained.addAll(customer);
            Duration providerTime = unionLength(minus(clip(provider, window), explained));
            String about = "lost time of " + r.window() + " " + r.lostTime() + ", in " + s;
            assertThat(r.lostTimeOf(Responsible.EXCUSED)).as("excused " + about).isEqualTo(excusedTime);
            assertThat(r.lostTimeOf(Responsible.party(ServiceLevelInput.CUSTOMER))).as("customer's " + about)
                    .isEqualTo(customerTime);
            assertThat(r.lostTimeOf(Responsible.party(ServiceLevelInput.PROVIDER))).as("provider's " + about)
                    .isEqualTo(providerTime);
        }
    }

    private static List<Interval> clip(List<Interval> intervals, Interval window) {
        List<Interval> clipped = new ArrayList<>();
        intervals.forEach(i -> i.intersection(window).ifPresent(clipped::add));
        return clipped;
    }

    /** The parts of {@code from} no interval of {@code cut} covers, by a sweep over instants. */
    private static List<Interval> minus(List<Interval> from, List<Interval> cut) {
        List<Interval> result = new ArrayList<>(from);
        for (Interval c : cut) {
            List<Interval> next = new ArrayList<>();
            for (Interval i : result) {
                if (!i.overlaps(c)) {
                    next.add(i);
                    continue;
                }
                if (i.startInclusive().isBefore(c.startInclusive())) {
                    next.add(Interval.of(i.startInclusive(), c.startInclusive()));
                }
                if (c.endExclusive().isBefore(i.endExclusive())) {
                    next.add(Interval.of(c.endExclusive(), i.endExclusive()));
                }
            }
            result = next;
        }
        return result;
    }

    /**
     * The provider pays nothing for customer-caused or excused time: with the whole window as
     * denominator, taking every force-majeure outage and customer fault out of the timeline (and
     * cutting the provider's own faults and maintenance where they covered them) changes neither the provider's lost
     * time, nor the levels, nor any credit.
     */
    @Property
    void theProviderPaysNothingForCustomerCausedOrExcusedTime(@ForAll("inputs") ServiceLevelInput s) {
        Evaluation e = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        SlaInvariants.othersDowntimeCostsNothing(ENGINE, s.agreement(), s.period(), s.timeline(), s.history(), e);
    }

    /** No credit exceeds any cap, to the cent: the clause's per window, the monthly cap, the rolling cap's room. */
    @Property
    void aCreditNeverExceedsAnyCap(@ForAll("inputs") ServiceLevelInput s) {
        Evaluation e = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        SlaInvariants.creditsRespectCaps(s.agreement(), e);
        SlaInvariants.creditsRestOnTheirClause(s.agreement(), e);
        // what the generated inputs reach, reported by jqwik: every kind of credit, caps that bite, breaches
        Statistics.label("credit kinds").collect(e.credits().stream().map(c -> c.kind().name()).sorted().distinct()
                .collect(Collectors.joining("+")));
        Statistics.label("capped").collect(e.credits().stream().anyMatch(CreditDecision::capped));
        Statistics.label("breached windows").collect(e.objectives().stream().filter(r -> !r.met()).count());
    }

    /**
     * N consecutive months in one call equal the months one by one, each given the history the
     * previous returned: the same objective results, the same credits (ids included) in the same
     * order, the same final history.
     */
    @Property
    void monthsInOneCallEqualMonthsOneByOneWithTheHistoryPassedAlong(@ForAll("inputs") ServiceLevelInput s) {
        Evaluation whole = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        History history = s.history();
        List<ObjectiveResult> objectives = new ArrayList<>();
        List<CreditDecision> credits = new ArrayList<>();
        for (YearMonth month : s.months()) {
            Evaluation e = ENGINE.evaluate(s.agreement(), DateRange.ofMonth(month), s.timeline(), history);
            objectives.addAll(e.objectives());
            credits.addAll(e.credits());
            history = e.history();
        }
        assertThat(objectives).as("objective results month by month, in " + s).isEqualTo(whole.objectives());
        assertThat(credits).as("credits month by month, in " + s).isEqualTo(whole.credits());
        assertThat(history).as("history month by month, in " + s).isEqualTo(whole.history());
    }

    /**
     * A billing run may re-run a period with the history it already has: evaluating the months again
     * with the history the first evaluation returned (which records these very months) gives the
     * same results, credits and history.
     */
    @Property
    void reRunningWithTheHistoryThatAlreadyRecordsThePeriodChangesNothing(@ForAll("inputs") ServiceLevelInput s) {
        Evaluation first = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        Evaluation again = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), first.history());

        assertThat(again.objectives()).as("objective results, in " + s).isEqualTo(first.objectives());
        assertThat(again.credits()).as("credits, in " + s).isEqualTo(first.credits());
        assertThat(again.history()).as("history, in " + s).isEqualTo(first.history());
    }

    /** The same evaluation whatever the order of the events, about one in four given twice, history passed. */
    @Property
    void resultDoesNotDependOnTheOrderOfEventsOrOnDuplicates(@ForAll("inputs") ServiceLevelInput s,
                                                            @ForAll long seed) {
        Evaluation first = ENGINE.evaluate(s.agreement(), s.period(), s.timeline(), s.history());
        SlaInvariants.independentOfEventOrder(ENGINE, s.agreement(), s.period(), s.timeline(), s.history(), first,
                SlaInvariants.shuffledWithDuplicates(s.timeline(), seed));
    }

    /** The length of the union of intervals, computed by a sweep here rather than by the library. */
    static Duration unionLength(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::startInclusive));
        Duration total = Duration.ZERO;
        Instant start = null;
        Instant end = null;
        for (Interval i : sorted) {
            if (end == null || i.startInclusive().isAfter(end)) {
                if (end != null) {
                    total = total.plus(Duration.between(start, end));
                }
                start = i.startInclusive();
                end = i.endExclusive();
            } else if (i.endExclusive().isAfter(end)) {
                end = i.endExclusive();
            }
        }
        return end == null ? total : total.plus(Duration.between(start, end));
    }
}
