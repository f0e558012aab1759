package io.slarules.testkit.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the guard decides; that an old Surefire then fails the build was checked by hand with
 * Surefire 2.22.2 and 3.0.0-M3 (see the test kit's README).
 */
class PlatformVersionGuardTest {

    @Test
    void anAlignedPlatformPassesSilently() {
        assertThat(PlatformVersionGuard.problem(Map.of("junit-platform-launcher", "1.14.1",
                "junit-platform-engine", "1.14.1", "junit-jupiter-engine", "5.14.1"))).isEmpty();
        assertThat(PlatformVersionGuard.problem(Map.of("junit-platform-launcher", "6.0.3",
                "junit-platform-engine", "6.0.3", "junit-jupiter-engine", "6.0.3"))).isEmpty();
        // patch versions may differ: a 1.14.0 launcher runs 5.14.1
        assertThat(PlatformVersionGuard.problem(Map.of("junit-platform-launcher", "1.14.0",
                "junit-jupiter-engine", "5.14.1"))).isEmpty();
    }

    @Test
    void theLauncherOfAnOldSurefireFailsTheRunSayingWhatToUse() {
        // Surefire 2.22.2 runs launcher 1.3.1 whatever the project's JUnit
        assertThat(PlatformVersionGuard.problem(Map.of("junit-platform-launcher", "1.3.1",
                "junit-platform-engine", "1.14.1", "junit-jupiter-engine", "5.14.1")))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("launcher 1.3.1", "junit-jupiter-engine 5.14.1", "maven-surefire-plugin",
                                "3.0.0-M4 or later"));
    }

    @Test
    void unknownVersionsAreNotGuessed() {
        assertThat(PlatformVersionGuard.problem(Map.of("junit-jupiter-engine", "5.14.1"))).isEmpty();
        assertThat(PlatformVersionGuard.problem(Map.of("junit-platform-launcher", "snapshot",
                "junit-jupiter-engine", "5.14.1"))).isEmpty();
    }

    @Test
    void thisBuildsOwnPlatformIsAligned() {
        assertThat(PlatformVersionGuard.versions()).containsKeys("junit-platform-launcher", "junit-jupiter-engine");
        assertThat(PlatformVersionGuard.problem(PlatformVersionGuard.versions())).isEmpty();
    }
}
