package io.slarules.rules.internal;

import io.slarules.Responsible;
import io.slarules.UnitShare;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.rules.facts.AchievedLevel;
import io.slarules.rules.facts.Measurement;
import io.slarules.rules.facts.ObjectiveWindow;
import io.slarules.rules.internal.servicelevels.Measures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The arithmetic of quota and ratio measurements, called by the measure rules. */
class MeasuresTest {

    private static final String RULE = "measure: test";

    private static ObjectiveWindow window(Objective objective) {
        return new ObjectiveWindow(objective, DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")), Optional.empty(), 0,
                ServiceLevels.NONE, BusinessCalendar.always(ZoneOffset.UTC), List.of());
    }

    private static QuotaObjective leads(long target) {
        return new QuotaObjective("leads", "", "qualified-leads", "marketing", "sales", MeasurementWindow.month(), target,
                Optional.empty(), RoundingMode.DOWN);
    }

    private static QuotaObjective deals(long target, RoundingMode rounding) {
        return new QuotaObjective("deals", "", "deals", "sales", "service", MeasurementWindow.month(), target,
                Optional.of("leads"), rounding);
    }

    private static RatioObjective successRate(String target) {
        return new RatioObjective("success", "", "web", "ok", "all", "acme", "customer", MeasurementWindow.month(),
                new BigDecimal(target));
    }

    static Stream<Arguments> quotas() {
        return Stream.of(
                // 40 of 50: 10 short, 40/50 = 80 %
                arguments(40L, 10L, "80", false),
                // exactly the target: met, nothing short
                arguments(50L, 0L, "100", true),
                // more than the target: the level stays at 100 %
                arguments(70L, 0L, "100", true),
                arguments(0L, 50L, "0", false),
                // 49 of 50: 98 %
                arguments(49L, 1L, "98", false));
    }

    @ParameterizedTest(name = "{0} of 50: {1} short, level {2} %")
    @MethodSource("quotas")
    void aQuotaCountsWhatIsShortAgainstItsObligatedParty(long count, long shortfall, String level, boolean met) {
        Measurement m = Measures.quota(window(leads(50)), count, RULE);

        assertThat(m.achieved()).isEqualByComparingTo(Long.toString(count));
        assertThat(m.target()).isEqualByComparingTo("50");
        assertThat(m.met()).isEqualTo(met);
        assertThat(m.shortfall()).contains(shortfall);
        assertThat(m.shortfallBy()).isEqualTo(shortfall == 0 ? List.of()
                : List.of(new UnitShare(Responsible.party("marketing"), shortfall)));
        assertThat(m.levels()).singleElement().satisfies(l -> {
            assertThat(l.subject()).isEqualTo("leads");
            assertThat(l.achieved()).isEqualByComparingTo(level);
            assertThat(l.target()).isEqualByComparingTo("100");
        });
        assertThat(m.rules()).containsExactly(RULE);
    }

    private static Measurement upstream(long delivered) {
        return Measures.quota(window(leads(50)), delivered, "measure: upstream");
    }

    static Stream<Arguments> dependentQuotas() {
        return Stream.of(
                // leads delivered 40 of 50: the 20 deals scale to 20 x 40/50 = 16; 12 made: 8 short,
                // 4 (20 - 16) of them the upstream's (marketing), 4 sales' own; level 12/16 = 75 %
                arguments(40L, RoundingMode.DOWN, 12L, 16L, 4L, 4L, "75"),
                // made exactly the scaled 16: 4 short, all of them the upstream's; sales met its part
                arguments(40L, RoundingMode.DOWN, 16L, 16L, 0L, 4L, "100"),
                // leads delivered all 50 (or more: 60 counts as 50): the target stays 20, all shortfall own
                arguments(60L, RoundingMode.DOWN, 18L, 20L, 2L, 0L, "90"),
                // 41 of 50 leads: 20 x 41/50 = 16.4 -> DOWN 16, UP 17
                arguments(41L, RoundingMode.DOWN, 10L, 16L, 6L, 4L, "62.5"),
                arguments(41L, RoundingMode.UP, 10L, 17L, 7L, 3L, "58.8235294117"),
                // no leads at all: the target scales to 0, every unit short is the upstream's; level 100 %
                arguments(0L, RoundingMode.DOWN, 0L, 0L, 0L, 20L, "100"));
    }

    @ParameterizedTest(name = "leads {0}, rounded {1}, deals {2}: scaled target {3}, own {4}, upstream {5}")
    @MethodSource("dependentQuotas")
    void aDependentQuotaScalesItsTargetByWhatTheUpstreamDelivered(long leads, RoundingMode rounding, long count, long scaled,
                                                                long own, long upstreamUnits, String level) {
        Measurement m = Measures.dependentQuota(window(deals(20, rounding)), count, upstream(leads), RULE);

        assertThat(m.shortfall()).contains(20 - count);
        assertThat(m.met()).isEqualTo(own == 0);
        assertThat(m.levels()).singleElement().extracting(AchievedLevel::achieved)
                .satisfies(a -> assertThat(a).isEqualByComparingTo(level));
        List<UnitShare> expected = Stream.of(new UnitShare(Responsible.party("sales"), own),
                new UnitShare(Responsible.party("marketing"), upstreamUnits)).filter(u -> u.units() > 0).toList();
        assertThat(m.shortfallBy()).containsExactlyElementsOf(expected);
        assertThat(m.notes()).singleElement().asString().contains("the target 20 scales to " + scaled + " ");
        assertThat(m.rules()).containsExactly("measure: upstream", RULE);
    }

    static Stream<Arguments> ratios() {
        return Stream.of(
                // 999 of 1000: 99.9 % against 99.9: met, exactly at the target
                arguments(999L, 1000L, "99.9", "99.9", true, "999 good of 1000"),
                // 998 of 1000: 99.8 %, below
                arguments(998L, 1000L, "99.9", "99.8", false, "998 good of 1000"),
                // 2 of 3: 66.6666666666 %, truncated
                arguments(2L, 3L, "50", "66.6666666666", true, "2 good of 3"),
                // no events: 100 %, met
                arguments(0L, 0L, "99.9", "100", true, "no events in the window"),
                // more good than all: taken as all good
                arguments(12L, 10L, "99.9", "100", true, "more good events (12) than events (10) were counted; taken as all good"),
                // exactly as many good as all
                arguments(10L, 10L, "100", "100", true, "10 good of 10"),
                arguments(0L, 10L, "0", "0", true, "0 good of 10"));
    }

    @ParameterizedTest(name = "{0} good of {1} against {2} %: {3} %")
    @MethodSource("ratios")
    void aRatioIsTheShareOfGoodEventsTruncated(long good, long total, String target, String achieved, boolean met, String note) {
        Measurement m = Measures.ratio(window(successRate(target)), good, total, RULE);

        assertThat(m.achieved()).isEqualByComparingTo(achieved);
        assertThat(m.achieved().scale()).isEqualTo(10);
        assertThat(m.met()).isEqualTo(met);
        assertThat(m.notes()).containsExactly(note, "level truncated at 10 decimals");
        assertThat(m.levels()).containsExactly(new AchievedLevel("success", m.achieved(), new BigDecimal(target)));
    }
}
