package io.slarules;

import io.slarules.model.Agreement;
import io.slarules.model.DateRange;
import io.slarules.model.Timeline;
import io.slarules.spi.SlaEngineFactory;

import java.time.YearMonth;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Evaluates agreements: attributes every delay to the parties responsible and decides the
 * penalties owed. Immutable and thread-safe; build one with {@link #builder()} and share it.
 *
 * <p>An evaluation is a pure function of its inputs: the same agreement, period and timeline give
 * the same decisions, in the same order, with the same ids.
 */
public interface SlaEngine {

    /**
     * Evaluates an agreement for a period.
     *
     * @param agreement the agreement
     * @param period    the dates whose settled obligations are decided; nothing after it is known
     * @param timeline  what happened, from the agreement's start
     * @return the complete evaluation
     * @throws InvalidInputException       when the timeline or the period do not fit the agreement,
     *                                     listing every problem found
     * @throws EvaluationFailedException   when a rule failed
     */
    Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline);

    /** Evaluates an agreement for a calendar month of its zone. */
    default Evaluation evaluate(Agreement agreement, YearMonth month, Timeline timeline) {
        return evaluate(agreement, DateRange.ofMonth(month), timeline);
    }

    /** A builder of an engine with the default rule base. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an engine. Each option is checked when set; {@link #build()} gives an immutable
     * engine.
     */
    final class Builder {

        private int maxRuleFirings = 100_000;

        Builder() {
        }

        /**
         * The most rule firings one evaluation may take before it is stopped as a runaway rule.
         * Generous by default (100,000).
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            if (maxRuleFirings <= 0) {
                throw new IllegalArgumentException("maxRuleFirings must be positive, was " + maxRuleFirings);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /** The firing limit set. */
        public int maxRuleFirings() {
            return maxRuleFirings;
        }

        /**
         * Builds the engine.
         *
         * @throws SlaException when no engine implementation (the {@code sla-rules} module) is on
         *                      the class path
         */
        public SlaEngine build() {
            Iterator<SlaEngineFactory> factories = ServiceLoader.load(SlaEngineFactory.class,
                    SlaEngine.class.getClassLoader()).iterator();
            if (!factories.hasNext()) {
                throw new SlaException("no SLA engine on the class path: add the io.slarules:sla-rules dependency");
            }
            return factories.next().create(this);
        }
    }
}
