package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyTest {

    private static void refusedAt(ThrowingCallable create, String path) {
        assertThatThrownBy(create).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.agreementId()).isEmpty();
            assertThat(e.problems()).extracting(Problem::path).containsExactly(path);
        });
    }

    @Test
    void partyKeepsItsFields() {
        Party vendor = Party.of("VENDOR", "Vendor GmbH", PartyRole.PROVIDER);

        assertThat(vendor.id()).isEqualTo("VENDOR");
        assertThat(vendor.name()).isEqualTo("Vendor GmbH");
        assertThat(vendor.role()).isEqualTo(PartyRole.PROVIDER);
    }

    @Test
    void reservedIdExcusedIsRefused() {
        refusedAt(() -> Party.of("EXCUSED", "Nobody", PartyRole.CUSTOMER), "id");
        assertThat(Party.RESERVED_ID).isEqualTo("EXCUSED");
    }

    @Test
    void reservedIdIsCaseSensitive() {
        assertThat(Party.of("Excused", "A unit called Excused", PartyRole.INTERNAL_UNIT).id()).isEqualTo("Excused");
    }

    @ParameterizedTest(name = "id \"{0}\" is refused")
    @ValueSource(strings = {"", " ", "\t", " VENDOR", "VENDOR "})
    void blankOrPaddedIdIsRefused(String id) {
        refusedAt(() -> Party.of(id, "Vendor GmbH", PartyRole.PROVIDER), "id");
    }

    @Test
    void missingIdIsRefused() {
        refusedAt(() -> Party.of(null, "Vendor GmbH", PartyRole.PROVIDER), "id");
    }

    @Test
    void blankNameIsRefused() {
        refusedAt(() -> Party.of("VENDOR", " ", PartyRole.PROVIDER), "name");
    }

    @Test
    void missingRoleIsRefused() {
        refusedAt(() -> Party.of("VENDOR", "Vendor GmbH", null), "role");
    }
    @Test
    void subcontractorNamesThePartyThatEngagedIt() {
        Party hoster = Party.subcontractor("HOSTER", "Hoster Ltd", "VENDOR");

        assertThat(hoster.role()).isEqualTo(PartyRole.SUBCONTRACTOR);
        assertThat(hoster.engagedBy()).contains("VENDOR");
        assertThat(Party.of("VENDOR", "Vendor GmbH", PartyRole.PROVIDER).engagedBy()).isEmpty();
    }

    @Test
    void subcontractorWithoutEngagingPartyIsRefused() {
        refusedAt(() -> Party.of("HOSTER", "Hoster Ltd", PartyRole.SUBCONTRACTOR), "engagedBy");
    }

    @Test
    void onlyASubcontractorIsEngaged() {
        refusedAt(() -> new Party("CUSTOMER", "Customer AG", PartyRole.CUSTOMER, Optional.of("VENDOR")), "engagedBy");
    }

    @Test
    void blankEngagingPartyIsRefused() {
        refusedAt(() -> Party.subcontractor("HOSTER", "Hoster Ltd", " "), "engagedBy");
    }

    @Test
    void missingEngagedByIsRefused() {
        refusedAt(() -> new Party("VENDOR", "Vendor GmbH", PartyRole.PROVIDER, null), "engagedBy");
    }
}
