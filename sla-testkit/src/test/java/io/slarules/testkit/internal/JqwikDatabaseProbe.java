package io.slarules.testkit.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A property {@link JqwikDatabaseUnderTargetTest} runs through a launcher of its own; its name
 * keeps the build's own test run from picking it up.
 */
class JqwikDatabaseProbe {

    @Property(tries = 3)
    boolean anyNumberEqualsItself(@ForAll int n) {
        return n == n;
    }
}
