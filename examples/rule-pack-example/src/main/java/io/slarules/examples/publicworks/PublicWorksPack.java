package io.slarules.examples.publicworks;

import io.slarules.DefaultRules;
import io.slarules.RulePack;
import io.slarules.spi.RulePackProvider;

/**
 * The public-works rule pack: a public buyer's doctrine of force majeure (only the first
 * {@value PublicWorks#EXCUSED_DAYS} days of an event are excused) and of concurrent delay (the
 * dominant cause bears the overlap, as policy {@value #DOMINANT_CAUSE}).
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.builder().rulePack(PublicWorksPack.descriptor()).build();
 * }</pre>
 *
 * Also registered for {@link java.util.ServiceLoader} discovery
 * ({@code SlaEngine.builder().discoverRulePacks()}).
 */
public final class PublicWorksPack implements RulePackProvider {

    /** The pack's id. */
    public static final String ID = "public-works";
    /** The concurrent-delay policy it adds; agreements name it {@code concurrentDelay: public-works.DOMINANT_CAUSE}. */
    public static final String DOMINANT_CAUSE = "public-works.DOMINANT_CAUSE";
    /** The default rule it replaces. */
    public static final String REPLACED = DefaultRules.FORCE_MAJEURE_SHIFTS_DUE_DATE;
    /** Its rules. */
    public static final String FORCE_MAJEURE_RULE = "attribute: force majeure excuses only the first 5 days of each event";
    /** Its concurrent-delay rule. */
    public static final String DOMINANT_CAUSE_RULE = "concurrent: overlap goes to the dominant cause";

    private static final RulePack PACK = RulePack.builder(ID)
            .version("1.0.0")
            .description("Public works: force majeure excuses only the first " + PublicWorks.EXCUSED_DAYS
                    + " days of each event; concurrent delay goes to the dominant cause")
            .kjar("io.slarules", "rule-pack-example")
            .adds(FORCE_MAJEURE_RULE, DOMINANT_CAUSE_RULE)
            .replaces(REPLACED)
            .concurrentDelayPolicy(DOMINANT_CAUSE)
            .supportsLibraryVersions("[0.1,0.2)")
            .loadedBy(PublicWorksPack.class)
            .build();

    /** Called by the service loader; use {@link #descriptor()} otherwise. */
    public PublicWorksPack() {
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
