package io.slarules.examples.publicworks;

import io.slarules.SlaEngine;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import io.slarules.testkit.properties.SlaInvariantProperties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The library's invariants hold with the public-works pack: shares add up to the delay, nobody
 * pays for another party's or excused time, caps hold, decision ids are unique and stable, the
 * order of events does not matter. Half of the generated agreements name the pack's
 * dominant-cause policy (200 tries per property: junit-platform.properties).
 */
class PublicWorksInvariantsTest extends SlaInvariantProperties {

    private static final SlaEngine ENGINE = SlaEngine.builder().rulePack(PublicWorksPack.descriptor()).build();

    @Override
    protected SlaEngine engine() {
        return ENGINE;
    }

    @Override
    public Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs().flatMap(input -> Arbitraries.of(input, input.withAgreement(
                input.agreement().withConcurrentDelay(ConcurrentDelay.of(PublicWorksPack.DOMINANT_CAUSE)))));
    }
}
