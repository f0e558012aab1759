package io.slarules.testkit.scenario;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.PenaltyDecision;
import io.slarules.Problem;
import io.slarules.testkit.CreditDecisionAssert;
import io.slarules.testkit.CreditsAssert;
import io.slarules.testkit.DelayAttributionAssert;
import io.slarules.testkit.EvaluationAssert;
import io.slarules.testkit.ObjectiveResultAssert;
import io.slarules.testkit.PenaltyDecisionAssert;
import io.slarules.testkit.SoftSlaAssertions;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares what a scenario expects with what happened, with the test kit's soft assertions, so
 * every failed expectation is reported, each labelled with its path in the file.
 */
final class ScenarioCheck {

    private ScenarioCheck() {
    }

    static void evaluated(ScenarioFile scenario, Expected.Outcome expected, Evaluation evaluation) {
        List<AssertionError> failures = new ArrayList<>();
        if (expected.invalid().isPresent()) {
            failures.add(new AssertionFailedError(scenario.name() + " expect.invalid: expecting the input to be refused"
                    + " with the problems:\n" + lines(expected.invalid().get()) + "\nbut it was evaluated:\n"
                    + decisions(evaluation.penalties()) + block("Explanation", evaluation.explain()),
                    lines(expected.invalid().get()), "(evaluated)"));
        }
        SoftSlaAssertions softly = new SoftSlaAssertions();
        expected.penalties().ifPresent(list -> penalties(scenario, list, evaluation, softly, failures));
        expected.attributions().ifPresent(list -> attributions(scenario, list, evaluation, softly));
        expected.objectives().ifPresent(list -> objectives(scenario, list, evaluation, softly));
        expected.credits().ifPresent(list -> credits(scenario, list, evaluation, softly, failures));
        List<AssertionError> all = new ArrayList<>(softly.assertionErrorsCollected());
        all.addAll(failures);
        report(scenario, all);
    }

    static void refused(ScenarioFile scenario, Expected.Outcome expected, InvalidInputException refused) {
        if (expected.invalid().isEmpty()) {
            throw new AssertionError(scenario.heading() + ": expecting the input to be evaluated, but it was refused:\n"
                    + refused.getMessage(), refused);
        }
        List<Expected.Problem> missing = new ArrayList<>(expected.invalid().get());
        List<Problem> unexpected = new ArrayList<>();
        for (Problem p : refused.problems()) {
            Expected.Problem match = missing.stream().filter(e -> e.matches(p)).findFirst().orElse(null);
            if (match == null) {
                unexpected.add(p);
            } else {
                missing.remove(match);
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return;
        }
        String expectedText = lines(expected.invalid().get());
        String actualText = refused.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
        String message = scenario.name() + " expect.invalid: expecting the input to be refused with exactly the problems:\n"
                + expectedText + "\nbut the problems are:\n" + actualText
                + (missing.isEmpty() ? "" : "\nExpected, not found:\n" + lines(missing))
                + (unexpected.isEmpty() ? "" : "\nFound, not expected:\n"
                + unexpected.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        report(scenario, List.of(new AssertionFailedError(message, expectedText, actualText)));
    }

    private static void penalties(ScenarioFile scenario, List<Expected.Penalty> list, Evaluation evaluation,
                                  SoftSlaAssertions softly, List<AssertionError> failures) {
        for (Expected.Penalty p : list) {
            String label = scenario.name() + " " + p.path() + " (clause " + p.clause() + " on " + p.obligation() + ")";
            PenaltyDecisionAssert decision = softly.assertThat(evaluation).as(label).hasPenalty()
                    .underClause(p.clause()).forObligation(p.obligation()).single();
            decision.ofAmount(p.amount());
            p.debtor().ifPresent(decision::owedBy);
            p.creditor().ifPresent(decision::to);
            p.priced().ifPresent(priced -> decision.pricedAt(priced.toString()));
            p.delay().ifPresent(decision::withDelay);
            p.capped().ifPresent(capped -> {
                if (capped) {
                    decision.isCapped();
                } else {
                    decision.isNotCapped();
                }
            });
            p.terminationRight().ifPresent(right -> {
                if (right) {
                    decision.givesTerminationRight();
                } else {
                    decision.givesNoTerminationRight();
                }
            });
            p.rules().forEach(decision::citesRule);
        }
        List<PenaltyDecision> unexpected = evaluation.penalties().stream()
                .filter(d -> list.stream().noneMatch(p -> p.clause().equals(d.clause()) && p.obligation().equals(d.subject())))
                .toList();
        if (!unexpected.isEmpty()) {
            String listed = list.stream().map(p -> "  clause " + p.clause() + " on " + p.obligation() + ": " + p.amount())
                    .collect(Collectors.joining("\n"));
            failures.add(new AssertionFailedError(scenario.name() + " expect.penalties: expecting exactly the decisions"
                    + " listed:\n" + (listed.isEmpty() ? "  (no penalty decision)" : listed) + "\nbut the evaluation also decides:\n"
                    + decisions(unexpected) + unexpected.stream().map(d -> block("Explanation of decision " + d.id(),
                    d.explanation())).collect(Collectors.joining()),
                    listed.strip(), decisions(evaluation.penalties()).strip()));
        }
    }

    private static void attributions(ScenarioFile scenario, List<Expected.Attribution> list, Evaluation evaluation,
                                     SoftSlaAssertions softly) {
        for (Expected.Attribution a : list) {
            String label = scenario.name() + " " + a.path() + " (" + a.obligation() + ")";
            DelayAttributionAssert attribution = softly.assertThat(evaluation).as(label).attribution(a.obligation());
            attribution.hasTotal(a.total()).hasShares(a.shares());
            a.provisional().ifPresent(provisional -> {
                if (provisional) {
                    attribution.isProvisional();
                } else {
                    attribution.isFinal();
                }
            });
            a.rules().forEach(attribution::citesRule);
        }
        evaluation.attributions().stream()
                .filter(d -> list.stream().noneMatch(a -> a.obligation().equals(d.subject())))
                .forEach(d -> softly.assertThat(evaluation).as(scenario.name() + " expect.attributions (every late"
                        + " obligation is listed)").hasNoAttributionFor(d.subject()));
    }

    private static void objectives(ScenarioFile scenario, List<Expected.Objective> list, Evaluation evaluation,
                                   SoftSlaAssertions softly) {
        for (Expected.Objective o : list) {
            String label = scenario.name() + " " + o.path() + " (" + o.objective() + o.window().map(w -> " for " + w)
                    .orElse("") + ")";
            EvaluationAssert on = softly.assertThat(evaluation).as(label);
            ObjectiveResultAssert result = o.window().map(w -> on.objective(o.objective(), w))
                    .orElseGet(() -> on.objective(o.objective()));
            o.achieved().ifPresent(a -> result.hasAchieved(a.toPlainString()));
            o.met().ifPresent(met -> {
                if (met) {
                    result.isMet();
                } else {
                    result.isBreached();
                }
            });
            o.lostTime().forEach(result::hasLostTime);
            o.shortfall().ifPresent(result::hasShortfall);
            for (Expected.Case c : o.cases()) {
                c.businessTime().ifPresent(t -> result.caseTook(c.caseId(), t));
                c.breachedAt().ifPresent(at -> at.ifPresentOrElse(i -> result.caseBreachedAt(c.caseId(), i),
                        () -> result.caseInTime(c.caseId())));
            }
            o.notes().forEach(result::hasNoteContaining);
        }
    }

    private static void credits(ScenarioFile scenario, List<Expected.Credit> list, Evaluation evaluation,
                                SoftSlaAssertions softly, List<AssertionError> failures) {
        for (Expected.Credit c : list) {
            CreditsAssert selection = softly.assertThat(evaluation).as(scenario.name() + " " + c.path() + " (" + c + ")")
                    .credits().underClause(c.clause());
            c.kind().ifPresent(selection::ofKind);
            c.window().ifPresent(selection::forWindow);
            c.subject().ifPresent(selection::forCase);
            CreditDecisionAssert credit = selection.single();
            credit.ofAmount(c.amount());
            c.debtor().ifPresent(credit::owedBy);
            c.creditor().ifPresent(credit::to);
            c.priced().ifPresent(p -> credit.pricedAt(p.toString()));
            c.capped().ifPresent(capped -> {
                if (capped) {
                    credit.isCapped();
                } else {
                    credit.isNotCapped();
                }
            });
            c.rules().forEach(credit::citesRule);
        }
        List<CreditDecision> unexpected = evaluation.credits().stream()
                .filter(d -> list.stream().noneMatch(c -> c.matches(d))).toList();
        if (!unexpected.isEmpty()) {
            String listed = list.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
            String issued = unexpected.stream().map(d -> "  clause " + d.clause() + " " + d.kind() + " for " + d.window()
                    + " on " + d.subject() + ": " + d.debtor() + " owes " + d.creditor() + " " + d.amount())
                    .collect(Collectors.joining("\n"));
            failures.add(new AssertionFailedError(scenario.name() + " expect.credits: expecting exactly the credits"
                    + " listed:\n" + (listed.isEmpty() ? "  (no credit decision)" : listed)
                    + "\nbut the evaluation also issues:\n" + issued + unexpected.stream().map(d -> block(
                    "Explanation of credit " + d.id(), d.explanation())).collect(Collectors.joining()),
                    listed.strip(), issued.strip()));
        }
    }

    private static void report(ScenarioFile scenario, List<AssertionError> failures) {
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError(scenario.heading() + ": " + failures.size() + " expectations failed",
                    failures);
        }
    }

    private static String lines(List<Expected.Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    private static String decisions(List<PenaltyDecision> decisions) {
        if (decisions.isEmpty()) {
            return "  (no penalty decision)";
        }
        return decisions.stream().map(d -> "  clause " + d.clause() + " on " + d.subject() + ": " + d.debtor() + " owes "
                + d.creditor() + " " + d.amount()).collect(Collectors.joining("\n"));
    }

    private static String block(String heading, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return "\n" + heading + ":\n" + text.strip().lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }
}
