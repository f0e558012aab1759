package io.slarules;

import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DelayAttributionTest {

    private static final Instant DUE = Instant.parse("2026-03-20T23:00:00Z");
    private static final Instant DONE = DUE.plus(Duration.ofDays(10));
    private static final Responsible VENDOR = Responsible.party("VENDOR");
    private static final Responsible CUSTOMER = Responsible.party("CUSTOMER");

    private static Segment segment(Responsible who, Duration length, String rule) {
        return Segment.of(who, length, who.equals(VENDOR) ? Cause.OWN_DELAY : Cause.BLOCKED, "DELIVERY-1",
                Optional.empty(), Optional.empty(), "", List.of(), List.of(rule));
    }

    private static DelayAttribution attribution(Duration total, List<Share> shares, List<Segment> segments) {
        return DelayAttribution.withShares("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE, total, shares,
                segments);
    }

    @Test
    void sharesThatDoNotAddUpAreRefused() {
        // 9 days of shares for a 10-day delay
        assertThatIllegalArgumentException().isThrownBy(() -> attribution(Duration.ofDays(10),
                        List.of(new Share(VENDOR, Duration.ofDays(9))),
                        List.of(segment(VENDOR, Duration.ofDays(10), "own"))))
                .withMessageContaining("DELIVERY-1");
    }

    @Test
    void segmentsThatDoNotAddUpAreRefused() {
        // shares 10 days, segments 4 + 5 = 9 days
        assertThatIllegalArgumentException().isThrownBy(() -> attribution(Duration.ofDays(10),
                List.of(new Share(VENDOR, Duration.ofDays(10))),
                List.of(segment(VENDOR, Duration.ofDays(4), "own"), segment(VENDOR, Duration.ofDays(5), "own"))));
    }

    @Test
    void sharesAndSegmentsAddingUpAreAccepted() {
        DelayAttribution attribution = attribution(Duration.ofDays(10),
                List.of(new Share(CUSTOMER, Duration.ofDays(3)), new Share(VENDOR, Duration.ofDays(7))),
                List.of(segment(CUSTOMER, Duration.ofDays(3), "blocked"), segment(VENDOR, Duration.ofDays(7),
                        "own")));

        assertThat(attribution.isLate()).isTrue();
        assertThat(attribution.provisional()).isFalse();
    }

    @Test
    void ofSumsSegmentsPerPartyInOrderOfFirstAppearance() {
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                List.of(segment(CUSTOMER, Duration.ofDays(2), "blocked"),
                        segment(VENDOR, Duration.ofDays(5), "own"),
                        segment(CUSTOMER, Duration.ofDays(3), "dependency")));

        // CUSTOMER 2 + 3 = 5, VENDOR 5, total 10
        assertThat(attribution.total()).isEqualTo(Duration.ofDays(10));
        assertThat(attribution.shares()).containsExactly(new Share(CUSTOMER, Duration.ofDays(5)),
                new Share(VENDOR, Duration.ofDays(5)));
        assertThat(attribution.rules()).containsExactly("blocked", "own", "dependency");
    }

    @Test
    void ofDropsZeroLengthSegments() {
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                List.of(segment(CUSTOMER, Duration.ZERO, "blocked"), segment(VENDOR, Duration.ofDays(1), "own")));

        assertThat(attribution.segments()).hasSize(1);
        assertThat(attribution.shares()).containsExactly(new Share(VENDOR, Duration.ofDays(1)));
    }

    @Test
    void noSegmentsIsNoDelay() {
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.empty(), DUE,
                List.of());

        assertThat(attribution.total()).isZero();
        assertThat(attribution.isLate()).isFalse();
        assertThat(attribution.provisional()).isTrue();
    }

    @Test
    void shareOfIsZeroForAPartyWithoutShare() {
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                List.of(segment(CUSTOMER, Duration.ofHours(30), "blocked"), segment(VENDOR, Duration.ofHours(6),
                        "own")));

        assertThat(attribution.shareOf(CUSTOMER)).isEqualTo(Duration.ofHours(30));
        assertThat(attribution.shareOf("CUSTOMER")).isEqualTo(Duration.ofHours(30));
        assertThat(attribution.shareOf("VENDOR")).isEqualTo(Duration.ofHours(6));
        assertThat(attribution.shareOf("HOSTER")).isZero();
        assertThat(attribution.shareOf(Responsible.EXCUSED)).isZero();
    }

    @Test
    void listsAreCopied() {
        List<Segment> segments = new ArrayList<>(List.of(segment(VENDOR, Duration.ofDays(1), "own")));
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                segments);
        segments.add(segment(CUSTOMER, Duration.ofDays(1), "blocked"));

        assertThat(attribution.segments()).hasSize(1);
        assertThat(attribution.total()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void segmentsKeepTheirIntervals() {
        Interval flood = Interval.of(DUE, DUE.plus(Duration.ofDays(1)));
        Segment excused = Segment.of(Responsible.EXCUSED, Duration.ofDays(1), Cause.FORCE_MAJEURE, "DELIVERY-1",
                Optional.of("FM-1"), Optional.of(flood), "flood", List.of(), List.of("excused"));

        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                List.of(excused));

        assertThat(attribution.segments()).containsExactly(excused);
        assertThat(attribution.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(1));
    }
    @Test
    void shareOfAnySumsTheGivenParties() {
        Responsible hoster = Responsible.party("HOSTER");
        DelayAttribution attribution = DelayAttribution.of("DELIVERY-1", "VENDOR", DUE, Optional.of(DONE), DONE,
                List.of(segment(CUSTOMER, Duration.ofDays(2), "blocked"), segment(hoster, Duration.ofDays(3),
                        "blocked"),
                        segment(VENDOR, Duration.ofDays(5), "own")));

        // VENDOR 5 + HOSTER 3 = 8 days
        assertThat(attribution.shareOfAny(List.of("VENDOR", "HOSTER"))).isEqualTo(Duration.ofDays(8));
        assertThat(attribution.shareOfAny(List.of("VENDOR", "NOBODY"))).isEqualTo(Duration.ofDays(5));
        assertThat(attribution.shareOfAny(List.of())).isZero();
    }
}
