package io.slarules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResponsibleTest {

    @Test
    void partiesAreOrderedByIdAndExcusedComesLast() {
        // by id alone, EXCUSED would sort between "CUSTOMER" and "VENDOR"
        List<Responsible> responsibles = new ArrayList<>(List.of(Responsible.party("VENDOR"), Responsible.EXCUSED,
                Responsible.party("CUSTOMER"), Responsible.party("A-UNIT")));
        responsibles.sort(null);

        assertThat(responsibles).containsExactly(Responsible.party("A-UNIT"), Responsible.party("CUSTOMER"),
                Responsible.party("VENDOR"), Responsible.EXCUSED);
    }

    @Test
    void excusedComparesAfterEveryPartyAndEqualToItself() {
        assertThat(Responsible.EXCUSED.compareTo(Responsible.party("ZZZ"))).isPositive();
        assertThat(Responsible.party("ZZZ").compareTo(Responsible.EXCUSED)).isNegative();
        assertThat(Responsible.EXCUSED.compareTo(Responsible.EXCUSED)).isZero();
    }

    @Test
    void onlyExcusedIsExcused() {
        assertThat(Responsible.EXCUSED.isExcused()).isTrue();
        assertThat(Responsible.party("VENDOR").isExcused()).isFalse();
        assertThat(Responsible.EXCUSED.id()).isEqualTo("EXCUSED");
    }

    @Test
    void partiesWithOneIdAreEqual() {
        assertThat(Responsible.party("VENDOR")).isEqualTo(new Responsible("VENDOR")).hasToString("VENDOR");
    }

    @ParameterizedTest(name = "id \"{0}\" is refused")
    @ValueSource(strings = {"", " "})
    void blankIdIsRefused(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> Responsible.party(id));
    }
}
