package io.slarules.internal.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text written once, when first asked for, by a supplier that is then let go; the result types take it through
 * their builders and behave as with the text given at once.
 */
class DeferredTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    @Test
    void theSupplierIsCalledOnlyWhenTheTextIsFirstAskedFor() {
        AtomicInteger calls = new AtomicInteger();
        DeferredText text = DeferredText.of(() -> {
            calls.incrementAndGet();
            return "Acme owes Client B 10.00 EUR";
        });

        assertThat(calls).hasValue(0);
        assertThat(text.isWritten()).isFalse();
        assertThat(text.toString()).isEqualTo("DeferredText[not written]");

        String first = text.get();

        assertThat(first).isEqualTo("Acme owes Client B 10.00 EUR");
        assertThat(text.get()).isSameAs(first);
        assertThat(text.get()).isSameAs(first);
        assertThat(calls).hasValue(1);
        assertThat(text.isWritten()).isTrue();
    }

    @Test
    void manyThreadsAskingAtOnceGetOneTextFromOneCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        DeferredText text = DeferredText.of(() -> {
            calls.incrementAndGet();
            return new StringBuilder("written ").append(42).toString();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> read = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                read.add(pool.submit(() -> {
                    start.await();
                    return text.get();
                }));
            }
            start.countDown();
            for (Future<String> f : read) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(text.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void theSupplierAndWhatItCapturedAreLetGoOnceTheTextIsWritten() throws InterruptedException {
        Object captured = new byte[1 << 20];
        WeakReference<Object> capturedRef = new WeakReference<>(captured);
        Supplier<String> supplier = written(captured);
        WeakReference<Supplier<String>> supplierRef = new WeakReference<>(supplier);
        DeferredText text = DeferredText.of(supplier);
        supplier = null;
        captured = null;

        assertThat(text.get()).isEqualTo("1048576 bytes");

        for (int i = 0; i < 50 && (supplierRef.get() != null || capturedRef.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(supplierRef.get()).as("the supplier, once the text is written").isNull();
        assertThat(capturedRef.get()).as("what the supplier captured").isNull();
        assertThat(text.get()).isEqualTo("1048576 bytes");
    }

    private static Supplier<String> written(Object captured) {
        return () -> ((byte[]) captured).length + " bytes";
    }

    @Test
    void aSupplierThatThrowsKeepsNothingAndIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        DeferredText text = DeferredText.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "now";
        });

        assertThatThrownBy(text::get).isInstanceOf(IllegalStateException.class).hasMessage("not yet");
        assertThat(text.isWritten()).isFalse();
        assertThat(text.get()).isEqualTo("now");
        assertThat(calls).hasValue(2);
    }

    @Test
    void textWrittenAlreadyIsKeptAsItIs() {
        String given = "given";

        DeferredText text = DeferredText.written(given);

        assertThat(text.isWritten()).isTrue();
        assertThat(text.get()).isSameAs(given);
        assertThat(text.toString()).isEqualTo("DeferredText[5 chars]");
    }

    @Test
    void aSupplierThatWritesNullIsRefused() {
        DeferredText text = DeferredText.of(() -> null);

        assertThatThrownBy(text::get).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("SLA Rules: deferred text was written as null");
    }

    @Test
    void onlyABuilderThatRegisteredItsSlotTakesDeferredText() {
        assertThatThrownBy(() -> DeferredText.into(new Object(), DeferredText.written("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SLA Rules: java.lang.Object takes no deferred text");
        assertThatThrownBy(() -> DeferredText.slot(PenaltyDecision.Builder.class, (b, t) -> { }))
                .as("a slot is registered once, by the builder itself")
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> DeferredText.into(PenaltyDecision.builder(), DeferredText.written("x")))
                .doesNotThrowAnyException();
    }

    // ---- the result types

    @Test
    void aPenaltyDecisionWithDeferredTextIsTheDecisionWithTheTextGivenAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PenaltyDecision deferred = DeferredText.into(penalty(), DeferredText.of(() -> {
            calls.incrementAndGet();
            return "D-1: Acme owes Client B 40.00 EUR\n";
        })).build();
        PenaltyDecision given = penalty().explanation("D-1: Acme owes Client B 40.00 EUR\n").build();

        PenaltyDecision copied = deferred.toBuilder().id("D-2").build();
        assertThat(calls).as("building and copying leave the text unwritten").hasValue(0);
        assertThat(deferred.toString()).isEqualTo(given.toString());
        assertThat(calls).as("toString never states the text").hasValue(0);

        assertThat(deferred).isEqualTo(given);
        assertThat(deferred.hashCode()).isEqualTo(given.hashCode());
        assertThat(json(deferred)).isEqualTo(json(given));
        assertThat(copied.explanation()).isEqualTo(given.explanation());
        assertThat(calls).as("the copy shares the one text").hasValue(1);
    }

    @Test
    void aCreditDecisionWithDeferredTextIsTheDecisionWithTheTextGivenAtOnce() throws Exception {
        CreditDecision deferred = DeferredText.into(credit(), DeferredText.of(() -> "band 99.5 %: 10 % -> 50.00 EUR"))
                .build();
        CreditDecision given = credit().explanation("band 99.5 %: 10 % -> 50.00 EUR").build();

        assertThat(deferred.toString()).isEqualTo(given.toString());
        assertThat(deferred).isEqualTo(given);
        assertThat(deferred.hashCode()).isEqualTo(given.hashCode());
        assertThat(json(deferred)).isEqualTo(json(given));
        assertThat(deferred.toBuilder().build()).isEqualTo(given);
    }

    @Test
    void anEvaluationWithDeferredTextIsTheEvaluationWithTheTextGivenAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Evaluation deferred = DeferredText.into(evaluation(), DeferredText.of(() -> {
            calls.incrementAndGet();
            return "Agreement A-1, period 2026-03-01..2026-04-01\n\nNo delays.\n";
        })).build();
        Evaluation given = evaluation().explanation("Agreement A-1, period 2026-03-01..2026-04-01\n\nNo delays.\n")
                .build();

        Evaluation copied = deferred.toBuilder().build();
        assertThat(deferred.toString()).isEqualTo(given.toString());
        assertThat(calls).hasValue(0);

        assertThat(deferred.explain()).isEqualTo(given.explain());
        assertThat(deferred.explanation()).isSameAs(deferred.explain());
        assertThat(deferred).isEqualTo(given).isEqualTo(copied);
        assertThat(deferred.hashCode()).isEqualTo(given.hashCode());
        assertThat(json(deferred)).isEqualTo(json(given));
        assertThat(calls).hasValue(1);
    }

    @Test
    void theTextGivenAtOnceReplacesDeferredTextAndTheOtherWayRound() {
        PenaltyDecision.Builder builder = DeferredText.into(penalty(), DeferredText.of(() -> "deferred"));

        assertThat(builder.explanation("given").build().explanation()).isEqualTo("given");
        assertThat(DeferredText.into(builder, DeferredText.of(() -> "deferred")).build().explanation())
                .isEqualTo("deferred");
        assertThatThrownBy(() -> penalty().explanation(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("explanation");
    }

    private static PenaltyDecision.Builder penalty() {
        return PenaltyDecision.builder().id("D-1").clause("12.1").subject("DELIVERY-1").debtor("acme")
                .creditor("client-b").amount(Money.of("40.00", "EUR")).priced(Money.of("40.00", "EUR")).delay(4)
                .unit(DelayUnit.DAYS).rules(List.of("penalise: liquidated damages per unit of delay"));
    }

    private static CreditDecision.Builder credit() {
        return CreditDecision.builder().id("C-1").kind(CreditKind.SERVICE_CREDIT).clause("7.1").objective("AVAIL")
                .window(MARCH).subject("AVAIL").debtor("acme").creditor("client-b").amount(Money.of("50.00", "EUR"))
                .priced(Money.of("50.00", "EUR")).rules(List.of("assess: service credit from the band"));
    }

    private static Evaluation.Builder evaluation() {
        return Evaluation.builder().agreementId("A-1").period(MARCH).asOf(Instant.parse("2026-04-01T00:00:00Z"));
    }

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }
}
