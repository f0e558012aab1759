package io.slarules.examples.telecom;

import io.slarules.DefaultRules;
import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/**
 * The telecom rule pack: an integrator answers for its carriers (the subcontractors it engaged)
 * only beyond an allowance: their outages are excused up to {@value Telecom#ALLOWANCE_HOURS} hours
 * in each availability window, and count against the integrator beyond that. The integrator's own
 * outages count as under the default rules.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulePack(TelecomPack.descriptor()).build();
 * }</pre>
 */
public final class TelecomPack implements RulePackProvider {

    /** The pack's id. */
    public static final String ID = "telecom";
    /** The default rule it replaces: a subcontractor's outage counting against the provider in full. */
    public static final String REPLACED = DefaultRules.OUTAGE_BY_OBLIGATED_PARTY;
    /** Its rule for the integrator's own outages. */
    public static final String OWN_OUTAGE_RULE = "telecom: the integrator's own outage counts against it";
    /** Its rule for the carriers' outages. */
    public static final String CARRIER_RULE = "telecom: carrier outages are excused up to 4 hours a window";

    private static final RulePack PACK = RulePack.builder(ID)
            .version("1.0.0")
            .description("Telecom: carriers' outages excused up to " + Telecom.ALLOWANCE_HOURS
                    + " hours a window, beyond which they count against the integrator")
            .kjar("io.slarules", "telecom-pack")
            .adds(OWN_OUTAGE_RULE, CARRIER_RULE)
            .replaces(REPLACED)
            .supportsLibraryVersions("[0.1,0.2)")
            .loadedBy(TelecomPack.class)
            .build();

    /** Called by the service loader; use {@link #descriptor()} otherwise. */
    public TelecomPack() {
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
