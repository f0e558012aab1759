package io.slarules.watch;

import io.slarules.model.Agreement;

/** The worked examples' agreements, for the tests of other packages. */
public final class WatchFixturesAccess {

    private WatchFixturesAccess() {
    }

    /** {@return the availability example's agreement} */
    public static Agreement hosting() {
        return WatchFixtures.hosting();
    }

    /** {@return the dependency example's agreement} */
    public static Agreement delivery() {
        return WatchFixtures.delivery();
    }

    /** {@return the case example's agreement} */
    public static Agreement serviceDesk() {
        return WatchFixtures.serviceDesk();
    }
}
