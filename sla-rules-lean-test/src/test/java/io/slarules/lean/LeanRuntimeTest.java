package io.slarules.lean;

import io.slarules.Evaluation;
import io.slarules.RulePack;
import io.slarules.RulePackException;
import io.slarules.RulePackProblem;
import io.slarules.SlaEngine;
import io.slarules.examples.publicworks.PublicWorksPack;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default runtime as a billing system gets it (sla-rules, a vendor's kjar pack, nothing else)
 * decides without the DRL compiler; only a pack given as DRL source needs sla-rules-drl.
 */
class LeanRuntimeTest {

    private static final Path SAMPLES = Path.of("../examples/src/main/resources/samples");
    private static final DateRange MARCH_AND_APRIL = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));

    /** If one of these came back through a dependency, the runtime would no longer be lean. */
    @ParameterizedTest
    @ValueSource(strings = {
            "org.drools.drl.parser.DrlParser",                   // drools-drl-parser
            "org.drools.model.codegen.ExecutableModelProject",   // drools-model-codegen
            "com.github.javaparser.JavaParser",                  // javaparser-core
            "org.eclipse.jdt.internal.compiler.Compiler",        // ecj
            "org.antlr.v4.runtime.Parser",                       // antlr 4
            "org.antlr.runtime.Parser",                          // antlr 3
            "com.thoughtworks.xstream.XStream"})                 // XStream (drools-xml-support)
    void theTestClassPathHasNoDrlCompiler(String name) {
        assertThat(present(name)).as(name).isFalse();
    }

    @Test
    void exampleADecidesFourThousandEurosWithoutTheCompiler() {
        // DELIVERY-1 is 25 days late, 21 of them Client B's (SPEC-1): 4 days x 0.5 % x 200,000.00 EUR = 4,000.00 EUR
        Evaluation evaluation = evaluateExampleA(SlaEngine.builder().build());

        assertThat(evaluation.penalties()).singleElement()
                .satisfies(p -> assertThat(p.amount().toString()).isEqualTo("4000.00 EUR"));
    }

    @Test
    void aKjarPackIsComposedWithoutTheCompiler() {
        // the public-works pack only changes force majeure, which example A has none of: still 4,000.00 EUR
        Evaluation evaluation = evaluateExampleA(SlaEngine.builder().rulePack(PublicWorksPack.descriptor()).build());

        assertThat(evaluation.penalties()).singleElement()
                .satisfies(p -> assertThat(p.amount().toString()).isEqualTo("4000.00 EUR"));
    }

    @Test
    void aDrlPackIsRefusedNamingTheArtifactThatCompilesIt() {
        RulePack drl = RulePack.builder("lean").version("1").drl("packs/lean/excuse-nothing.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(drl).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.reason()).isEqualTo(RulePackProblem.Reason.DOES_NOT_COMPILE);
                            assertThat(problem.message()).contains("io.slarules:sla-rules-drl", "kjar");
                        }));
    }

    private static Evaluation evaluateExampleA(SlaEngine engine) {
        Agreement agreement = Agreements.read(SAMPLES.resolve("northwind-agreement.yaml"));
        Timeline timeline = Timelines.read(SAMPLES.resolve("northwind-timeline.yaml"), agreement);
        return engine.evaluate(agreement, MARCH_AND_APRIL, timeline);
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, LeanRuntimeTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
