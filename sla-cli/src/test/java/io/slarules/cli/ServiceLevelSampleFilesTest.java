package io.slarules.cli;

import io.slarules.calendar.HolidaySource;
import io.slarules.calendar.PublicHolidays;
import io.slarules.files.Agreements;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example H's files, which name Germany's public holidays: they read only with a holiday provider
 * on the class path, which sla-rules brings (sla-core's tests read the other samples).
 */
class ServiceLevelSampleFilesTest {

    private static Path sample(String name) {
        return CommandLine.SAMPLES.resolve(name);
    }

    @Test
    void businessHoursSampleReadsWithGermanysPublicHolidays() {
        Agreement agreement = Agreements.read(sample("business-hours-agreement.yaml"));
        Timeline timeline = Timelines.read(sample("business-hours-timeline.yaml"), agreement);

        CalendarSpec calendar = agreement.serviceLevels().calendar("berlin-office").orElseThrow();
        assertThat(calendar.country()).contains("DE");
        assertThat(timeline.caseEvents()).hasSize(4);
    }

    @Test
    void germanysPublicHolidaysIncludeTheEasterHolidaysOfExampleH() {
        HolidaySource germany = PublicHolidays.of("DE", Optional.empty()).orElseThrow();

        assertThat(germany.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
        assertThat(germany.isHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(germany.isHoliday(LocalDate.of(2026, 4, 7))).isFalse();
    }

    @Test
    void unknownHolidayCountryIsRefusedAtItsPath() {
        String text = """
                id: X
                zone: Europe/Berlin
                currency: EUR
                effective: {from: 2026-01-01, to: 2027-01-01}
                parties:
                  - {id: p, name: P, role: PROVIDER}
                  - {id: c, name: C, role: CUSTOMER}
                calendars:
                  - {id: office, hours: {mondayToFriday: ["09:00-17:00"]}, publicHolidays: {country: XX}}
                """;

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.slarules.InvalidInputException.class,
                () -> Agreements.parse(text, "x.yaml", true)).problems())
                .singleElement().hasToString("x.yaml: calendars[0].publicHolidays.country: no public holidays known for XX"
                        + " (unknown country or region, or no holiday provider on the class path)");
    }
}
