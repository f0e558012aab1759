package io.slarules.internal.text;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Text written when it is first asked for, then kept: an explanation a result type holds as what it was derived
 * from until someone reads it (issue 15: writing every decision's explanation up front cost a fifth of an
 * evaluation, and most are never read).
 *
 * <p>The supplier is called at most once, however many threads ask at once; what it returns is kept and the supplier
 * dropped, so what it captured can be collected. The supplier must be deterministic and must not throw for inputs
 * the evaluation accepted: the engine checks at evaluation time what could make it throw, so a result never holds
 * text that fails later. Should it throw all the same, nothing is kept and the next call tries again.
 *
 * <p>Thread-safe. The text is kept in a plain field, read without a lock: a {@code String} is immutable and safe to
 * publish through a race, and once the volatile supplier reads {@code null} the text written before it is visible.
 *
 * <p>The result types of the API ({@code Evaluation}, {@code PenaltyDecision}, {@code CreditDecision}) take deferred
 * text through {@link #into}: their builders register a {@link Slot} when they load, so their public signatures
 * stay free of this type.
 */
public final class DeferredText implements Supplier<String> {

    /**
     * How a result type's builder takes deferred text in place of its {@code explanation(String)}.
     *
     * @param <B> the builder's type
     */
    @FunctionalInterface
    public interface Slot<B> {
        /**
         * Sets the builder's explanation to the deferred text.
         *
         * @param builder the builder
         * @param text the text, not yet written
         */
        void put(B builder, DeferredText text);
    }

    private static final Map<Class<?>, Slot<?>> SLOTS = new ConcurrentHashMap<>();

    private volatile Supplier<String> supplier;
    private String text;

    private DeferredText(Supplier<String> supplier, String text) {
        this.supplier = supplier;
        this.text = text;
    }

    /**
     * Text written when first asked for.
     *
     * @param supplier writes the text; deterministic, never {@code null}
     * @return the deferred text
     */
    public static DeferredText of(Supplier<String> supplier) {
        return new DeferredText(Objects.requireNonNull(supplier, "supplier"), null);
    }

    /**
     * Text already written.
     *
     * @param text the text
     * @return the text, as deferred text that is built
     */
    public static DeferredText written(String text) {
        return new DeferredText(null, Objects.requireNonNull(text, "text"));
    }

    /**
     * Text already written, or {@code null} for none: what a result type's constructor and builder take from a
     * {@code String} field, so that their own check still names the missing field.
     *
     * @param text the text, or {@code null}
     * @return the text as deferred text that is built, or {@code null}
     */
    public static DeferredText writtenOrNull(String text) {
        return text == null ? null : written(text);
    }

    /**
     * {@return the text, written by the supplier on the first call}
     *
     * @throws NullPointerException when the supplier returns {@code null}
     */
    @Override
    public String get() {
        String t = text;
        if (t != null) {
            return t;
        }
        synchronized (this) {
            Supplier<String> s = supplier;
            if (s == null) {
                return text;    // written by another thread: the volatile read made it visible
            }
            t = Objects.requireNonNull(s.get(), "SLA Rules: deferred text was written as null");
            text = t;
            supplier = null;
            return t;
        }
    }

    /**
     * {@return whether the text is written (and the supplier dropped)}
     */
    public boolean isWritten() {
        return supplier == null;
    }

    /**
     * Sets a result type's explanation to deferred text, as its builder's {@code explanation(String)} would set it
     * to text.
     *
     * @param builder a builder of {@code Evaluation}, {@code PenaltyDecision} or {@code CreditDecision}
     * @param text the text
     * @param <B> the builder's type
     * @return the builder
     * @throws IllegalArgumentException when the builder's type takes no deferred text
     */
    public static <B> B into(B builder, DeferredText text) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(text, "text");
        @SuppressWarnings("unchecked")
        Slot<B> slot = (Slot<B>) SLOTS.get(builder.getClass());
        if (slot == null) {
            throw new IllegalArgumentException("SLA Rules: " + builder.getClass().getName()
                    + " takes no deferred text");
        }
        slot.put(builder, text);
        return builder;
    }

    /**
     * Registers how a builder takes deferred text; called once, by the builder's class when it loads.
     *
     * @param type the builder's class
     * @param slot how it takes deferred text
     * @param <B> the builder's type
     * @throws IllegalStateException when the type registered a slot already
     */
    public static <B> void slot(Class<B> type, Slot<B> slot) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(slot, "slot");
        if (SLOTS.putIfAbsent(type, slot) != null) {
            throw new IllegalStateException("SLA Rules: " + type.getName() + " registered its slot already");
        }
    }

    /** Whether it is written and how long, never the text itself: never writes it. */
    @Override
    public String toString() {
        return isWritten() ? "DeferredText[" + text.length() + " chars]" : "DeferredText[not written]";
    }
}
