package io.slarules.examples.firstyear;

import io.slarules.DefaultRules;
import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/**
 * The first-year rule pack: the agreement's rolling cap does not hold the credits of a month that starts before
 * the first anniversary of the agreement's effective start (a ramp-up year in which the provider answers in
 * full); from the month starting on or after it, the rolling cap applies as under the default rules. Every other
 * limit (the clause's cap, the minimum credit, the service's and the agreement's monthly caps) is unchanged.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulePack(FirstYearPack.descriptor()).build();
 * }</pre>
 */
public final class FirstYearPack implements RulePackProvider {

    /** The pack's id. */
    public static final String ID = "first-year";
    /** The default rule it replaces. */
    public static final String REPLACED = DefaultRules.ROLLING_CAP;
    /** Its rule for the months of the first year: the rolling cap is not applied. */
    public static final String FIRST_YEAR_RULE = "first year: no rolling cap before the agreement's first anniversary";
    /** Its rule for the later months: the rolling cap, as the default rule applies it. */
    public static final String LATER_RULE = "first year: the rolling cap from the agreement's first anniversary";

    private static final RulePack PACK = RulePack.builder(ID)
            .version("1.0.0")
            .description("No rolling cap for the months of the agreement's first year")
            .kjar("io.slarules", "first-year-pack")
            .adds(FIRST_YEAR_RULE, LATER_RULE)
            .replaces(REPLACED)
            .supportsLibraryVersions("[0.1,0.2)")
            .loadedBy(FirstYearPack.class)
            .build();

    /** Called by the service loader; use {@link #descriptor()} otherwise. */
    public FirstYearPack() {
    }

    /** {@return the pack's descriptor} */
    public static RulePack descriptor() {
        return PACK;
    }

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
