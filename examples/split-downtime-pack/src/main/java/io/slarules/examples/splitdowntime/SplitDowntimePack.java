package io.slarules.examples.splitdowntime;

import io.slarules.DefaultRules;
import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/**
 * The split-downtime rule pack: where two parties' downtime overlaps (a customer's outage during the
 * provider's), neither explains the other; the overlap is split equally between them. An excuse (announced
 * maintenance, force majeure) still explains the time it covers first, as under the default rules.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulePack(SplitDowntimePack.descriptor()).build();
 * }</pre>
 */
public final class SplitDowntimePack implements RulePackProvider {

    /** The pack's id. */
    public static final String ID = "split-downtime";
    /** The default rule it replaces: another party's cause explains the overlap. */
    public static final String REPLACED =
            DefaultRules.OVERLAPPING_DOWNTIME;
    /** Its rule. */
    public static final String SPLIT_RULE = "split downtime: overlapping causes share the overlap equally";

    private static final RulePack PACK = RulePack.builder(ID)
            .version("1.0.0")
            .description("Overlapping downtime of two parties split equally between them")
            .kjar("io.slarules", "split-downtime-pack")
            .adds(SPLIT_RULE)
            .replaces(REPLACED)
            .supportsLibraryVersions("[0.1,0.2)")
            .loadedBy(SplitDowntimePack.class)
            .build();

    /** Called by the service loader; use {@link #descriptor()} otherwise. */
    public SplitDowntimePack() {
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
