package io.slarules;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShareTest {

    @Test
    void zeroShareIsAllowed() {
        assertThat(new Share(Responsible.EXCUSED, Duration.ZERO).length()).isZero();
    }

    @Test
    void negativeShareIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Share(Responsible.party("VENDOR"), Duration.ofSeconds(-1)));
    }
}
