package io.slarules.testkit;

import io.slarules.CaseResult;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.UnitShare;
import org.assertj.core.api.AssertionErrorCollector;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assertions on one {@link ObjectiveResult}: one window of one objective.
 *
 * <pre>{@code
 * assertThat(evaluation).objective("AVAIL").hasAchieved("99.8842592592").isBreached()
 *         .hasLostTime("acme", Duration.ofMinutes(50)).hasLostTime("client", Duration.ofMinutes(45))
 *         .hasExcusedTime(Duration.ofHours(2));
 * assertThat(evaluation).objective("P1-RES").caseBreachedAt("T-1", Instant.parse("2026-04-08T09:00:00Z"));
 * }</pre>
 *
 * <p>Levels compare by value ({@code "98"} matches {@code 98.0000000000}); durations exactly. A
 * failure shows the result in one line, its notes and, when reached from an evaluation, the
 * evaluation's explanation.
 */
public final class ObjectiveResultAssert extends DomainAssert<ObjectiveResultAssert, ObjectiveResult> {

    private final String explanation;

    ObjectiveResultAssert(ObjectiveResult actual, String explanation, AssertionErrorCollector soft) {
        super(actual, ObjectiveResultAssert.class, soft);
        this.explanation = explanation;
    }

    /**
     * The level reached is exactly this, compared by value: a percentage, or a count for a quota.
     *
     * @param level the expected level as a decimal, e.g. {@code "99.5"}
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasAchieved(String level) {
        Objects.requireNonNull(level, "level");
        BigDecimal expected = new BigDecimal(level);
        if (skip() || actual.achieved().compareTo(expected) == 0) {
            return myself;
        }
        return failOn("achieved level", expected.toPlainString(), actual.achieved().toPlainString());
    }

    /**
     * The objective was met in the window.
     *
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert isMet() {
        return met(true);
    }

    /**
     * The objective was breached in the window.
     *
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert isBreached() {
        return met(false);
    }

    private ObjectiveResultAssert met(boolean met) {
        if (skip() || actual.met() == met) {
            return myself;
        }
        return failOn("outcome", met ? "met" : "breached", actual.met() ? "met" : "breached");
    }

    /**
     * Exactly this much outage time is attributed to the party with this id (or {@code "EXCUSED"}).
     *
     * @param party the party's id, or {@code "EXCUSED"}
     * @param lost the outage time expected to be attributed to it
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasLostTime(String party, Duration lost) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(lost, "lost");
        if (skip()) {
            return myself;
        }
        Duration is = actual.lostTimeOf(Responsible.party(party));
        if (!is.equals(lost)) {
            failOn("lost time of " + party, Texts.duration(lost), Texts.duration(is));
        }
        return myself;
    }

    /**
     * Exactly this much outage time is excused (maintenance in its window, force majeure).
     *
     * @param excused the outage time expected to be excused
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasExcusedTime(Duration excused) {
        return hasLostTime(Responsible.EXCUSED.id(), excused);
    }

    /**
     * A quota fell short by exactly this many units (0: it was reached).
     *
     * @param units the expected units short
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasShortfall(long units) {
        if (skip() || actual.shortfall().equals(Optional.of(units))) {
            return myself;
        }
        return failOn("shortfall", units, actual.shortfall().map(String::valueOf).orElse("(none: not a quota)"));
    }

    /**
     * Exactly this many of a quota's units short count against the party with this id (its own, or
     * an upstream party's whose shortfall scaled the target down).
     *
     * @param party the id of the party the units count against
     * @param units the expected units short on its account
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasUnitsShortOf(String party, long units) {
        Objects.requireNonNull(party, "party");
        if (skip()) {
            return myself;
        }
        long is = actual.shortfallBy().stream().filter(u -> u.responsible().id().equals(party))
                .mapToLong(UnitShare::units).sum();
        if (is != units) {
            failOn("units short of " + party, units, is);
        }
        return myself;
    }

    /**
     * The case with this id breached at exactly this instant.
     *
     * @param caseId the case's id
     * @param at the expected breach instant
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert caseBreachedAt(String caseId, Instant at) {
        Objects.requireNonNull(at, "at");
        return onCase(caseId, "breach instant", at.toString(),
                c -> c.breachedAt().map(Instant::toString).orElse("(not breached)"));
    }

    /**
     * The case with this id did not breach.
     *
     * @param caseId the case's id
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert caseInTime(String caseId) {
        return onCase(caseId, "breach instant", "(not breached)",
                c -> c.breachedAt().map(Instant::toString).orElse("(not breached)"));
    }

    /**
     * The case with this id took exactly this much business time, pauses left out.
     *
     * @param caseId the case's id
     * @param businessTime the expected business time
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert caseTook(String caseId, Duration businessTime) {
        Objects.requireNonNull(businessTime, "businessTime");
        return onCase(caseId, "business time", Texts.duration(businessTime), c -> Texts.duration(c.businessTime()));
    }

    /**
     * A note of the result contains this text, e.g. why a credit was not issued.
     *
     * @param text the text a note must contain
     * @return this assertion, for further checks
     */
    public ObjectiveResultAssert hasNoteContaining(String text) {
        Objects.requireNonNull(text, "text");
        if (skip() || actual.notes().stream().anyMatch(n -> n.contains(text))) {
            return myself;
        }
        return failOn("a note containing", text, actual.notes().toString());
    }

    private ObjectiveResultAssert onCase(String caseId, String what, String expected, Function<CaseResult, String> value) {
        Objects.requireNonNull(caseId, "caseId");
        if (skip()) {
            return myself;
        }
        Optional<CaseResult> found = actual.caseResult(caseId);
        if (found.isEmpty()) {
            fail("Expecting the result " + Texts.result(actual) + "\nto count the case " + caseId + "\nbut it counts "
                    + actual.cases().stream().map(CaseResult::caseId).toList() + context());
            return myself;
        }
        String is = value.apply(found.get());
        if (!is.equals(expected)) {
            failOn(what + " of case " + caseId, expected, is);
        }
        return myself;
    }

    private ObjectiveResultAssert failOn(String what, Object expected, Object is) {
        fail(is, expected, "Expecting the result " + Texts.result(actual) + "\nto have the " + what + ":\n  "
                + Texts.quoted(expected) + "\nbut had:\n  " + Texts.quoted(is) + context());
        return myself;
    }

    private String context() {
        return Texts.block("Notes", String.join("\n", actual.notes())) + Texts.block("Explanation", explanation);
    }
}
