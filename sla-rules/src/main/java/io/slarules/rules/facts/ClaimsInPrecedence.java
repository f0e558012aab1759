package io.slarules.rules.facts;

import io.slarules.calc.ConcurrentDelays;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which of an obligation's overlapping claims (the {@link IntervalShift}s of other parties and force majeure) each
 * stretch of time counts for, as a rule of the {@code concurrent} phase decided: the claims' parts, disjoint. The
 * concurrent-delay policies and the obligation's attribution take them. The default rule
 * ({@code "concurrent: overlapping claims count once, for the claim that started first"}) applies
 * {@link ConcurrentDelays#firstStartWins}; a pack that replaces it by name inserts its own, one per obligation.
 *
 * @param subject the obligation
 * @param parts   the parts of its claims that count, disjoint
 * @param rule    the rule that decided it
 */
public record ClaimsInPrecedence(String subject, List<ConcurrentDelays.ClaimPart> parts, String rule) {

    /**
     * Validates the fields.
     *
     * @param subject the obligation
     * @param parts the parts of its claims that count
     * @param rule the rule that decided it
     * @throws IllegalArgumentException when two parts overlap: the time would count twice
     */
    public ClaimsInPrecedence {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        List<ConcurrentDelays.ClaimPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparing(ConcurrentDelays.ClaimPart::part));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).part().startInclusive().isBefore(sorted.get(i - 1).part().endExclusive())) {
                throw new IllegalArgumentException("SLA Rules: " + subject + ": " + rule + " lets the claims "
                        + sorted.get(i - 1).claim().event() + " and " + sorted.get(i).claim().event() + " overlap");
            }
        }
        parts = List.copyOf(sorted);
    }

    /**
     * {@return the parts of an obligation's claims that count: those the precedence rule decided where claims
     * overlap; where none overlaps there is nothing to decide and each claim counts whole}
     *
     * @param subject the obligation
     * @param made the {@code ClaimsInPrecedence} facts made for it, in any order
     * @param claims the claims of its {@link IntervalShift}s, in any order
     * @throws IllegalStateException when more than one rule decided, or claims overlap and no rule decided (a pack
     *                               replaced the default rule with none)
     */
    public static List<ConcurrentDelays.ClaimPart> of(String subject, List<ClaimsInPrecedence> made,
                                                      List<io.slarules.calc.IntervalClaim> claims) {
        if (made.size() > 1) {
            throw new IllegalStateException("SLA Rules: " + made.size() + " rules decided the precedence of the claims"
                    + " on " + subject + " (" + made.stream().map(ClaimsInPrecedence::rule).sorted().toList()
                    + "); exactly one may");
        }
        if (made.size() == 1) {
            return made.get(0).parts();
        }
        List<ConcurrentDelays.ClaimPart> whole = claims.stream()
                .map(c -> new ConcurrentDelays.ClaimPart(c, c.interval())).toList();
        try {
            return new ClaimsInPrecedence(subject, whole, "no overlap").parts();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SLA Rules: claims on " + subject + " overlap and no rule decided which"
                    + " counts (does a pack replace \"concurrent: overlapping claims count once, for the claim that"
                    + " started first\" without inserting a ClaimsInPrecedence?)", e);
        }
    }
}
