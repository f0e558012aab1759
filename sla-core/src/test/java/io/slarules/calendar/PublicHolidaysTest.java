package io.slarules.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** The core alone: no provider on the class path. sla-rules tests the lookup with its jollyday provider. */
class PublicHolidaysTest {

    @Test
    void withoutAProviderNoCountryIsKnown() {
        assertThat(PublicHolidays.of("DE", Optional.empty())).isEmpty();
        assertThat(PublicHolidays.of("de", Optional.of("DE-BY"))).isEmpty();
    }

    @ParameterizedTest(name = "country \"{0}\" is refused")
    @ValueSource(strings = {"", "D", "DEU", "Germany", "D1", " DE"})
    void aCountryMustBeAnAlpha2Code(String country) {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.of(country, Optional.empty()))
                .withMessageStartingWith("country:").withMessageContaining("\"" + country + "\"");
    }

    @ParameterizedTest(name = "subdivision \"{0}\" is refused")
    @ValueSource(strings = {"", "  ", "FR-BY", "BY/AG", "Bavaria-North"})
    void aSubdivisionMustBeAnIsoSubdivisionCode(String subdivision) {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicHolidays.of("DE", Optional.of(subdivision)))
                .withMessageStartingWith("subdivision:");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> PublicHolidays.of(null, Optional.empty())).withMessage("country");
        assertThatNullPointerException().isThrownBy(() -> PublicHolidays.of("DE", null)).withMessage("subdivision");
    }
}
