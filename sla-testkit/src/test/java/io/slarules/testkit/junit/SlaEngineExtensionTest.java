package io.slarules.testkit.junit;

import io.slarules.SlaEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SlaTest
class SlaEngineExtensionTest {

    private static SlaEngine beforeAll;
    private final SlaEngine constructed;

    SlaEngineExtensionTest(SlaEngine engine) {
        this.constructed = engine;
    }

    @BeforeAll
    static void remember(SlaEngine engine) {
        beforeAll = engine;
    }

    @Test
    void oneEngineForTheWholeRunCheckingTheInvariants(SlaEngine engine) {
        assertThat(engine).isSameAs(constructed).isSameAs(beforeAll);
        assertThat(engine.toString()).startsWith("SlaInvariants.checking(");
    }

    @Nested
    class InANestedClass {
        @Test
        void theSameEngine(SlaEngine engine) {
            assertThat(engine).isSameAs(beforeAll);
        }
    }
}
