package io.slarules.model;

import io.slarules.Problem;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An agreement as far as it could be read: the checks of what was read, without follow-up problems. */
class AgreementDraftTest {

    private static final Party VENDOR = Party.of("VENDOR", "Vendor GmbH", PartyRole.PROVIDER);
    private static final Party CUSTOMER = Party.of("CUSTOMER", "Customer AG", PartyRole.CUSTOMER);
    private static final DateRange YEAR_2026 = DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-01"));

    private static Obligation obligation(String id, String owner, String... dependsOn) {
        return Obligation.of(id, owner, "CUSTOMER".equals(owner) ? "VENDOR" : "CUSTOMER", "",
                Due.onDate(LocalDate.parse("2026-03-31"))).withDependsOn(dependsOn);
    }

    private static AgreementDraft draft(List<Party> parties, List<Obligation> obligations, AgreementDraft.Unread unread) {
        return new AgreementDraft("ACME-1", AgreementKind.CUSTOMER_BASED, ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), YEAR_2026, List.of(), RoundingMode.HALF_EVEN, parties, obligations,
                List.of(), ServiceLevels.NONE, List.of(), ConcurrentDelay.excuseOverlap(), unread);
    }

    private static AgreementDraft.Unread unreadObligations(AgreementDraft.UnreadIds obligations) {
        return new AgreementDraft.Unread(AgreementDraft.UnreadIds.NONE, obligations, AgreementDraft.UnreadIds.NONE,
                AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE);
    }

    @Test
    void theDraftOfAValidAgreementHasNoProblemAndNothingUnread() {
        Agreement agreement = Agreement.builder("ACME-1").parties(VENDOR, CUSTOMER).currency("EUR").effective(YEAR_2026)
                .obligations(obligation("SPEC-1", "CUSTOMER"), obligation("DELIVERY-1", "VENDOR", "SPEC-1")).build();

        AgreementDraft draft = AgreementDraft.of(agreement);

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.unread()).isEqualTo(AgreementDraft.Unread.NONE);
        assertThat(draft.obligations()).isEqualTo(agreement.obligations());
    }

    @Test
    void aReferenceToAnUnreadObligationIsNotUnknownButAnotherIs() {
        AgreementDraft draft = draft(List.of(VENDOR, CUSTOMER),
                List.of(obligation("DELIVERY-1", "VENDOR", "SPEC-1", "SPEC-9")),
                unreadObligations(new AgreementDraft.UnreadIds(Set.of("SPEC-1"), false)));

        assertThat(draft.problems()).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("obligations[0].dependsOn[1]", "unknown obligation SPEC-9"));
    }

    @Test
    void anUnreadObligationWithoutAnIdMayBeAnyOfThem() {
        AgreementDraft draft = draft(List.of(VENDOR, CUSTOMER),
                List.of(obligation("DELIVERY-1", "VENDOR", "SPEC-1", "SPEC-9")),
                unreadObligations(new AgreementDraft.UnreadIds(Set.of(), true)));

        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void partiesAreNotCountedWhileOneIsUnread() {
        AgreementDraft.Unread customerUnread = new AgreementDraft.Unread(
                new AgreementDraft.UnreadIds(Set.of("CUSTOMER"), false), AgreementDraft.UnreadIds.NONE,
                AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE, AgreementDraft.UnreadIds.NONE);

        assertThat(draft(List.of(VENDOR), List.of(obligation("SPEC-1", "CUSTOMER")), customerUnread).problems()).isEmpty();
        assertThat(draft(List.of(VENDOR), List.of(obligation("SPEC-1", "CUSTOMER")), AgreementDraft.Unread.NONE)
                .problems()).extracting(Problem::path).containsExactly("parties", "obligations[0].owner");
    }

    @Test
    void aFieldThatCouldNotBeReadIsNoFurtherProblem() {
        // the reader reported the zone, the currency and the dates; the draft's checks do not repeat them
        AgreementDraft draft = new AgreementDraft("ACME-1", null, null, null, null, null, null, List.of(VENDOR, CUSTOMER),
                List.of(obligation("SPEC-1", "CUSTOMER")), null, null, null, null, AgreementDraft.Unread.NONE);

        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void anAgreementBuiltInCodeStillReportsWhatIsMissing() {
        // the same checks, with absent fields missing rather than unread
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.slarules.InvalidInputException.class,
                () -> new Agreement("ACME-1", null, List.of(VENDOR, CUSTOMER), null, null, null, List.of(), null,
                        List.of(), List.of())).problems())
                .extracting(Problem::path).containsExactly("kind", "zone", "currency", "effective", "moneyRounding");
    }

    @Test
    void aMalformedIdIsAProblemOfTheDraft() {
        AgreementDraft draft = new AgreementDraft(" ACME-1", AgreementKind.CUSTOMER_BASED, ZoneId.of("UTC"),
                Currency.getInstance("EUR"), YEAR_2026, List.of(), RoundingMode.HALF_EVEN, List.of(VENDOR, CUSTOMER),
                List.of(), List.of(), ServiceLevels.NONE, List.of(), ConcurrentDelay.excuseOverlap(), null);

        assertThat(draft.problems()).extracting(Problem::path).containsExactly("id");
    }
}
