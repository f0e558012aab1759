package io.slarules.files;

import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped samples of the service-level worked examples (issue 3: G to M) read as files. Their
 * figures are the engine's to check; example H names Germany's public holidays, which only a
 * holiday provider resolves, so it is read by the examples module's tests, where sla-rules is.
 */
class WorkedExampleFilesTest {

    /** The samples live in the examples module; the tests run in this module's folder. */
    private static final Path SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples");

    private static Agreement agreement(String name) {
        return Agreements.read(SAMPLES.resolve(name + "-agreement.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // sample,          outages, case events, objectives, credits
            "availability,      4,       0,           1,          1",
            "dst,               0,       2,           1,          0",
            "share-of-cases,    0,       40,          1,          1",
            "rolling-cap,       1,       0,           1,          1",
            "minimum-credit,    1,       0,           1,          1",
            "earn-back,         1,       0,           1,          1",
    })
    void agreementAndTimelineRead(String sample, int outages, int caseEvents, int objectives, int credits) {
        Agreement agreement = agreement(sample);
        Timeline timeline = Timelines.read(SAMPLES.resolve(sample + "-timeline.yaml"), agreement);

        assertThat(agreement.serviceLevels().objectives()).hasSize(objectives);
        assertThat(agreement.serviceLevels().credits()).hasSize(credits);
        assertThat(timeline.outages()).hasSize(outages);
        assertThat(timeline.caseEvents()).hasSize(caseEvents);
    }

    @Test
    void earnBackMayMissedTimelineReads() {
        Timeline timeline = Timelines.read(SAMPLES.resolve("variants/earn-back-may-missed-timeline.yaml"), agreement("earn-back"));

        assertThat(timeline.outages()).hasSize(2);
    }

    @Test
    void rollingCapHistoryHasTheElevenPreviousMonths() {
        History history = Histories.read(SAMPLES.resolve("rolling-cap-history.yaml"), agreement("rolling-cap"));

        assertThat(history.months()).hasSize(11);
        // 11 x 1,000.00 charged, 1,150.00 credited: the figures example K's rolling cap reads
        assertThat(history.months().stream().map(m -> m.charged().amount()).reduce(java.math.BigDecimal::add))
                .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("11000.00"));
        assertThat(history.months().stream().map(m -> m.credited().amount()).reduce(java.math.BigDecimal::add))
                .hasValueSatisfying(sum -> assertThat(sum).isEqualByComparingTo("1150.00"));
    }

    @Test
    void earnBackHistoryRecordsTheBreachedMarchWithItsCredit() {
        History history = Histories.read(SAMPLES.resolve("earn-back-history.yaml"), agreement("earn-back"));

        assertThat(history.windows()).singleElement().satisfies(w -> {
            assertThat(w.met()).isFalse();
            assertThat(w.credits()).singleElement().satisfies(c -> assertThat(c.amount().toString()).isEqualTo("100.00 USD"));
        });
    }

    @Test
    void businessHoursSampleNamesGermanysPublicHolidays() throws Exception {
        // read in the examples module, where a holiday provider is on the class path
        assertThat(Files.readString(SAMPLES.resolve("business-hours-agreement.yaml"))).contains("publicHolidays: {country: DE}");
    }
}
