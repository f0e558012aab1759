package io.slarules.rules.properties;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** A period settles what happened up to its end, and nothing later. */
class SettlementPropertiesTest {

    @Provide
    Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    @Provide
    Arbitrary<GeneratedInput> causalInputs() {
        return SlaArbitraries.causalInputs();
    }

    /**
     * Nothing after a period's end is known to its evaluation: evaluating the first month with the
     * whole timeline, or with only the fulfilments up to the month's end and the blocked intervals
     * and force-majeure periods that start before it, gives the same evaluation.
     */
    @Property
    void whatHappensAfterThePeriodsEndChangesNothing(@ForAll("inputs") GeneratedInput s) {
        DateRange month = DateRange.ofMonth(YearMonth.from(s.period().startInclusive()));
        Instant end = month.endExclusive().atStartOfDay(s.zone()).toInstant();
        List<TimelineEvent> known = s.events().stream().filter(e -> knownBy(e, end)).toList();

        Evaluation withAll = ENGINE.evaluate(s.agreement(), month, s.timeline());
        Evaluation withKnown = ENGINE.evaluate(s.agreement(), month, s.withEvents(known).timeline());

        assertThat(withKnown).as("evaluation of " + month + " knowing only " + GeneratedInput.ids(known) + ", in " + s)
                .isEqualTo(withAll);
    }

    /**
     * Property 7b. Settling an agreement month by month gives the same decisions (amount, price,
     * units, cap, termination right; ids differ, as they name the period) and the same final
     * attributions as settling both months at once, when nothing is fulfilled before what it
     * depends on: an obligation's attribution then depends only on what happened up to its
     * fulfilment, and a cap is consumed in settlement order across periods. Decision ids are
     * unique across the months.
     *
     * <p>(Without that condition the property does not hold under the policy: an obligation
     * fulfilled while a dependency is still open is shifted by the dependency's lateness so far
     * when the first month is settled, by its whole lateness when both months are; and its work
     * time, which starts at its dependencies' latest fulfilment, differs too.)
     */
    @Property
    void settlingMonthByMonthDecidesTheSameAsSettlingAtOnce(@ForAll("causalInputs") GeneratedInput s) {
        Evaluation whole = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        YearMonth first = YearMonth.from(s.period().startInclusive());
        List<Evaluation> months = List.of(
                ENGINE.evaluate(s.agreement(), DateRange.ofMonth(first), s.timeline()),
                ENGINE.evaluate(s.agreement(), DateRange.ofMonth(first.plusMonths(1)), s.timeline()));

        Map<String, PenaltyDecision> expected = new HashMap<>();
        whole.penalties().forEach(d -> expected.put(d.clause() + "/" + d.subject(), d));
        Map<String, PenaltyDecision> actual = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Evaluation month : months) {
            for (PenaltyDecision d : month.penalties()) {
                String about = "decision " + d.clause() + "/" + d.subject() + " of " + month.period() + " in " + s;
                assertThat(actual.put(d.clause() + "/" + d.subject(), d)).as("decided twice, " + about).isNull();
                assertThat(ids.add(d.id())).as("unique id, " + about).isTrue();
            }
            for (DelayAttribution a : month.attributions()) {
                if (a.fulfilled().isPresent()) {
                    assertThat(Optional.of(a)).as("attribution of " + a.subject() + " settled in " + month.period()
                            + ", in " + s).isEqualTo(whole.attribution(a.subject()));
                }
            }
        }
        assertThat(actual.keySet()).as("decisions month by month, in " + s).isEqualTo(expected.keySet());
        for (Map.Entry<String, PenaltyDecision> e : expected.entrySet()) {
            PenaltyDecision w = e.getValue();
            PenaltyDecision m = actual.get(e.getKey());
            String about = "decision " + e.getKey() + ": at once " + summary(w) + ", month by month " + summary(m)
                    + ", in " + s;
            assertThat(summary(m)).as(about).isEqualTo(summary(w));
            assertThat(m.amount().amount()).as(about).isEqualByComparingTo(w.amount().amount());
        }
    }

    private static boolean knownBy(TimelineEvent e, Instant end) {
        if (e instanceof Fulfilment f) {
            return !f.at().isAfter(end);
        }
        if (e instanceof BlockedInterval b) {
            return b.interval().startInclusive().isBefore(end);
        }
        return ((ForceMajeure) e).interval().startInclusive().isBefore(end);
    }

    private static String summary(PenaltyDecision d) {
        return d.debtor() + "->" + d.creditor() + " " + d.amount() + " (priced " + d.priced().amount().stripTrailingZeros()
                .toPlainString() + ", " + d.delay() + " " + d.unit() + ", capped " + d.capped() + ", termination "
                + d.terminationRight() + ")";
    }

}
