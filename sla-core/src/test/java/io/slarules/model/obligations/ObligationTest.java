package io.slarules.model.obligations;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObligationTest {

    private static final Due MARCH_20 = Due.onDate(LocalDate.parse("2026-03-20"));

    private static void refusedAt(ThrowingCallable create, String path) {
        assertThatThrownBy(create).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly(path));
    }

    @Test
    void obligationOfDependsOnNothing() {
        Obligation delivery = Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "the system", MARCH_20);

        assertThat(delivery.dependsOn()).isEmpty();
        assertThat(delivery.dueAnchor()).isEmpty();
    }

    @Test
    void withDependsOnReplacesTheDependencies() {
        Obligation delivery = Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "", MARCH_20)
                .withDependsOn("SPEC-1").withDependsOn("ACCESS-1", "SPEC-2");

        assertThat(delivery.dependsOn()).containsExactly("ACCESS-1", "SPEC-2");
    }

    @Test
    void relativeDueDateAnchorsOnTheOtherObligation() {
        Obligation delivery = Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "",
                Due.after("SPEC-1", 10, DayCount.BUSINESS));

        assertThat(delivery.dueAnchor()).contains("SPEC-1");
    }

    @Test
    void dependenciesAreCopied() {
        List<String> dependencies = new ArrayList<>(List.of("SPEC-1"));
        Obligation delivery = new Obligation("DELIVERY-1", "VENDOR", "CUSTOMER", "", MARCH_20, dependencies);
        dependencies.add("ACCESS-1");

        assertThat(delivery.dependsOn()).containsExactly("SPEC-1");
    }

    @Test
    void missingDescriptionAndDependenciesAreEmpty() {
        Obligation delivery = new Obligation("DELIVERY-1", "VENDOR", "CUSTOMER", null, MARCH_20, null);

        assertThat(delivery.description()).isEmpty();
        assertThat(delivery.dependsOn()).isEmpty();
    }

    @Test
    void blankIdIsRefused() {
        refusedAt(() -> Obligation.of(" ", "VENDOR", "CUSTOMER", "", MARCH_20), "id");
    }

    @Test
    void blankOwnerIsRefused() {
        refusedAt(() -> Obligation.of("DELIVERY-1", "", "CUSTOMER", "", MARCH_20), "owner");
    }

    @Test
    void missingDueIsRefused() {
        refusedAt(() -> Obligation.of("DELIVERY-1", "VENDOR", "CUSTOMER", "", null), "due");
    }

    @Test
    void nullDependencyIsRefusedAtItsIndex() {
        List<String> dependencies = new ArrayList<>();
        dependencies.add("SPEC-1");
        dependencies.add(null);

        refusedAt(() -> new Obligation("DELIVERY-1", "VENDOR", "CUSTOMER", "", MARCH_20, dependencies),
                "dependsOn[1]");
    }
}
