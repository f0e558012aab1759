package io.slarules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule pack's descriptor: what it holds, and what its builder refuses at once. */
class RulePackTest {

    private static RulePack.Builder pack() {
        return RulePack.builder("public-works").version("1.0.0").kjar("com.example", "public-works-pack");
    }

    @Test
    void holdsWhatItWasGiven() {
        RulePack pack = pack().description("doctrine").replaces("attribute: x").adds("attribute: y")
                .concurrentDelayPolicy("public-works.DOMINANT_CAUSE").supportsLibraryVersions("[0.1,0.2)").build();

        assertThat(pack.id()).isEqualTo("public-works");
        assertThat(pack.version()).isEqualTo("1.0.0");
        assertThat(pack.source()).isEqualTo(new RulePack.Kjar("com.example", "public-works-pack"));
        assertThat(((RulePack.Kjar) pack.source()).modelList())
                .isEqualTo("META-INF/kie/com.example/public-works-pack/drools-model");
        assertThat(pack.replaces()).containsExactly("attribute: x");
        assertThat(pack.adds()).containsExactly("attribute: y");
        assertThat(pack.concurrentDelayPolicies()).containsExactly("public-works.DOMINANT_CAUSE");
        assertThat(pack.supportedLibraryVersions()).contains("[0.1,0.2)");
        assertThat(pack.classLoader()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
            "'[0.1,0.2)', 0.1.0-SNAPSHOT, true",
            "'[0.1,0.2)', 0.2.0, false",
            "'[0.1,0.2]', 0.2, true",
            "'(0.1,)', 0.1.0, false",
            "'(0.1,)', 0.1.1, true",
            "'(,1.0)', 0.9.9, true",
            "'[0.1.0]', 0.1.0-SNAPSHOT, true",
            "'[0.1.0]', 0.1.1, false",
            "0.1, 7.0, true",
            "0.1, 0.0.9, false"})
    void supportsTheLibraryVersionsOfItsRange(String range, String version, boolean supported) {
        assertThat(pack().supportsLibraryVersions(range).build().supportsLibraryVersion(version)).isEqualTo(supported);
    }

    @Test
    void thisLibraryHasAVersion() {
        assertThat(LibraryVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void refusesWhatCannotBeAPack() {
        assertThatThrownBy(() -> RulePack.builder("Public Works")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pack().supportsLibraryVersions("next year")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("next year");
        assertThatThrownBy(() -> pack().concurrentDelayPolicy("DOMINANT_CAUSE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public-works.NAME");
        assertThatThrownBy(() -> pack().drl("rules.drl")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RulePack.builder("x").drl("rules.txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pack().replaces("a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RulePack.builder("x").kjar("g", "a").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> RulePack.builder("x").version("1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kjar or drl");
    }

    @Test
    void aRefusalListsEveryProblemWithItsPlace() {
        RulePackException e = new RulePackException(java.util.List.of(
                new RulePackProblem(RulePackProblem.Reason.DOES_NOT_COMPILE, "p", "p/rules.drl", 9, "r", "no value"),
                new RulePackProblem(RulePackProblem.Reason.UNKNOWN_RULE_REPLACED, "p", "", 0, "x", "no such rule")));

        assertThat(e.pack()).isEqualTo("p");
        assertThat(e.file()).isEqualTo("p/rules.drl");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.rule()).isEqualTo("r");
        assertThat(e).hasMessageContaining("rule pack p, p/rules.drl:9, rule \"r\": no value")
                .hasMessageContaining("rule pack p, rule \"x\": no such rule");
    }
}
