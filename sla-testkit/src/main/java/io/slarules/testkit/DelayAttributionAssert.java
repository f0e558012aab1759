package io.slarules.testkit;

import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import org.assertj.core.api.AssertionErrorCollector;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Assertions on one {@link DelayAttribution}: who is responsible for how much of an obligation's
 * delay.
 *
 * <pre>{@code
 * assertThat(evaluation).attribution("DELIVERY-1")
 *         .hasTotal(Duration.ofDays(25))
 *         .gives("client-b", Duration.ofDays(21))
 *         .gives("northwind", Duration.ofDays(4))
 *         .givesNothingTo(Responsible.EXCUSED.id());
 * }</pre>
 *
 * <p>Durations are compared exactly and shown as a person writes them ({@code 5 days 18 hours});
 * a failure lists the attribution's shares and segments and, when the attribution was reached
 * from an evaluation, the evaluation's explanation.
 */
public final class DelayAttributionAssert extends DomainAssert<DelayAttributionAssert, DelayAttribution> {

    private final String explanation;

    DelayAttributionAssert(DelayAttribution actual, String explanation, AssertionErrorCollector soft) {
        super(actual, DelayAttributionAssert.class, soft);
        this.explanation = explanation;
    }

    /**
     * The party with this id (or {@code "EXCUSED"}) is responsible for exactly this much of the
     * delay.
     *
     * @param party the party's id
     * @param share the delay expected to be attributed to it, on the wall clock
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert gives(String party, Duration share) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(share, "share");
        return compare("share of " + party, share, () -> actual.shareOf(Responsible.party(party)));
    }

    /**
     * Exactly this much of the delay is excused: nobody is responsible for it (force majeure).
     *
     * @param share the delay expected to be excused, on the wall clock
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert givesExcused(Duration share) {
        return gives(Responsible.EXCUSED.id(), share);
    }

    /**
     * The party with this id (or {@code "EXCUSED"}) is responsible for none of the delay.
     *
     * @param party the party's id, or {@code "EXCUSED"}
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert givesNothingTo(String party) {
        return gives(party, Duration.ZERO);
    }

    /**
     * The shares that are not zero are exactly these, by party id ({@code "EXCUSED"} for the
     * excused share): nobody else is responsible for any of the delay.
     *
     * @param shares the expected delay by party id ({@code "EXCUSED"} for the excused share)
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert hasShares(Map<String, Duration> shares) {
        Objects.requireNonNull(shares, "shares");
        if (skip()) {
            return myself;
        }
        Map<Responsible, Duration> expected = new TreeMap<>();
        shares.forEach((party, length) -> {
            if (!length.isZero()) {
                expected.put(Responsible.party(party), length);
            }
        });
        Map<Responsible, Duration> is = new TreeMap<>();
        actual.shares().stream().filter(s -> !s.length().isZero()).forEach(s -> is.put(s.responsible(), s.length()));
        if (!is.equals(expected)) {
            fail(shares(is), shares(expected), "Expecting the attribution of " + actual.subject()
                    + " to have exactly the shares:\n  " + shares(expected) + "\nbut had:\n  " + shares(is) + context());
        }
        return myself;
    }

    private static String shares(Map<Responsible, Duration> shares) {
        return shares.isEmpty() ? "(no share)" : shares.entrySet().stream()
                .map(e -> e.getKey().id() + " " + Texts.duration(e.getValue())).collect(Collectors.joining(", "));
    }

    /**
     * The obligation is exactly this late, on the agreement's wall clock.
     *
     * @param total the expected delay, on the wall clock
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert hasTotal(Duration total) {
        Objects.requireNonNull(total, "total");
        return compare("total delay", total, () -> actual.total());
    }

    /**
     * The obligation is still open: its delay is measured up to the evaluation's end (provisional).
     *
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert isProvisional() {
        return state(true);
    }

    /**
     * The obligation is fulfilled: its attribution is final.
     *
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert isFinal() {
        return state(false);
    }

    /**
     * The rule with this name produced or passed on a segment of the delay.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, for further checks
     */
    public DelayAttributionAssert citesRule(String rule) {
        Objects.requireNonNull(rule, "rule");
        if (skip() || actual.rules().contains(rule)) {
            return myself;
        }
        fail(actual.rules().toString(), rule, "Expecting the attribution of " + actual.subject()
                + " to cite the rule:\n  " + Texts.quoted(rule) + "\nbut it cites:\n  " + actual.rules() + context());
        return myself;
    }

    private DelayAttributionAssert state(boolean provisional) {
        if (skip() || actual.provisional() == provisional) {
            return myself;
        }
        String word = provisional ? "provisional (still open)" : "final (fulfilled)";
        String was = actual.provisional() ? "provisional (still open)" : "final (fulfilled " + actual.fulfilled().orElseThrow() + ")";
        fail(was, word, "Expecting the attribution of " + actual.subject() + " to be " + word + "\nbut it is " + was
                + context());
        return myself;
    }

    private DelayAttributionAssert compare(String what, Duration expected, Supplier<Duration> value) {
        if (skip()) {
            return myself;
        }
        Duration is = value.get();
        if (!is.equals(expected)) {
            fail(Texts.duration(is), Texts.duration(expected), "Expecting the attribution of " + actual.subject()
                    + " to have the " + what + ":\n  " + Texts.duration(expected) + "\nbut had:\n  "
                    + Texts.duration(is) + context());
        }
        return myself;
    }

    private String context() {
        String segments = actual.segments().stream().map(DelayAttributionAssert::segment)
                .collect(Collectors.joining("\n"));
        return "\nAttribution:\n  " + Texts.attribution(actual)
                + Texts.block("Segments", segments)
                + Texts.block("Explanation", explanation);
    }

    private static String segment(Segment s) {
        return Texts.duration(s.length()) + "  " + s.responsible().id() + "  " + s.cause()
                + (s.origin().isEmpty() ? "" : " of " + s.origin())
                + (s.via().isEmpty() ? "" : " via " + s.via())
                + s.event().map(e -> " (" + e + ")").orElse("");
    }
}
