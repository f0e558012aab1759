package io.slarules.files;

import io.slarules.Problem;
import io.slarules.Subscriber;
import io.slarules.model.Agreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.slarules.files.SampleFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link Timelines#readSubscribers}: one timeline file per subscription of a service-based agreement. */
class SubscriberTimelinesTest {

    private static final Agreement OFFERING = Agreements.read(SampleFiles.path("subscriptions.yaml"));

    @TempDir
    Path dir;

    private Path timeline(String name, String subscriber, String outages) throws IOException {
        return Files.writeString(dir.resolve(name), "agreement: " + subscriber + "\n" + outages);
    }

    private static String outage(String id, String responsible) {
        return "outages:\n  - {id: " + id + ", service: hosting, from: \"2026-05-04T10:00:00Z\","
                + " to: \"2026-05-04T11:00:00Z\", kind: FAULT, responsible: " + responsible + "}\n";
    }

    @Test
    void readsOneTimelinePerSubscriptionInTheAgreementsOrder() throws IOException {
        List<Path> files = List.of(timeline("s3.yaml", "STD-HOSTING/S-3", outage("O-1", "hostco")),
                timeline("s1.yaml", "STD-HOSTING/S-1", outage("O-1", "c1")), timeline("s2.yaml", "STD-HOSTING/S-2", ""));

        List<Subscriber> subscribers = Timelines.readSubscribers(files, OFFERING);

        assertThat(subscribers).extracting(s -> s.subscription().id(), s -> s.timeline().outages().size())
                .containsExactly(tuple("S-1", 1), tuple("S-2", 0), tuple("S-3", 1));
    }

    @Test
    void eachTimelineIsCheckedAgainstItsSubscribersAgreement() throws IOException {
        // c3 is the subscriber of S-3, not of S-1
        List<Path> files = List.of(timeline("s1.yaml", "STD-HOSTING/S-1", outage("O-1", "c3")),
                timeline("s2.yaml", "STD-HOSTING/S-2", ""), timeline("s3.yaml", "STD-HOSTING/S-3", ""));

        assertThat(problems(() -> Timelines.readSubscribers(files, OFFERING))).extracting(Problem::source, Problem::path)
                .containsExactly(tuple(files.get(0).toString(), "outages[O-1].responsible"));
    }

    @Test
    void aMissingATwiceGivenAndAnUnknownSubscriptionAreRefused() throws IOException {
        List<Path> files = List.of(timeline("s1.yaml", "STD-HOSTING/S-1", ""), timeline("again.yaml", "STD-HOSTING/S-1", ""),
                timeline("s9.yaml", "STD-HOSTING/S-9", ""), timeline("flat.yaml", "STD-HOSTING", ""));

        assertThat(problems(() -> Timelines.readSubscribers(files, OFFERING)))
                .extracting(p -> p.source().replace(dir.toString(), "DIR"), Problem::path, Problem::message).containsExactly(
                        tuple("DIR/again.yaml", "agreement", "names STD-HOSTING/S-1 as " + files.get(0) + " does: one"
                                + " timeline per subscription"),
                        tuple("DIR/s9.yaml", "agreement", "names agreement \"STD-HOSTING/S-9\"; a subscriber's timeline"
                                + " names one of STD-HOSTING/S-1, STD-HOSTING/S-2, STD-HOSTING/S-3"),
                        tuple("DIR/flat.yaml", "agreement", "names agreement \"STD-HOSTING\"; a subscriber's timeline"
                                + " names one of STD-HOSTING/S-1, STD-HOSTING/S-2, STD-HOSTING/S-3"),
                        tuple("agreement", "subscriptions[S-2]", "no timeline file names agreement STD-HOSTING/S-2"),
                        tuple("agreement", "subscriptions[S-3]", "no timeline file names agreement STD-HOSTING/S-3"));
    }
}
