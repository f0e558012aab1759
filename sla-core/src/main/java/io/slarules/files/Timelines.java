package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Subscriber;
import io.slarules.model.Agreement;
import io.slarules.model.Subscription;
import io.slarules.model.timeline.Timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads timelines from YAML or JSON files, strictly, for a given agreement.
 *
 * <p>Date-only values are read in the agreement's zone: a fulfilment on {@code 2026-03-23} took
 * place by the end of that day, an interval {@code from: 2026-05-11} starts at the beginning of
 * it; so does an outage's or a count's date, while a case event needs an instant. The timeline is
 * checked against the agreement (the agreement's id, known obligations, parties and services, no
 * obligation fulfilled twice, each case opened first and not resolved while paused). Every problem is reported at once in one
 * {@link InvalidInputException}, each placed at its event's id where the event has one, e.g.
 * {@code fulfilments[F-3].at}, and at its index otherwise. The format is described in the
 * package documentation and in the JSON Schema {@code schema/timeline.schema.json}.
 */
public final class Timelines {

    private Timelines() {
    }

    /**
     * Reads the timeline in a file, its format told by the extension: {@code .yaml} or
     * {@code .yml} for YAML, {@code .json} for JSON.
     *
     * @param file      the file; problems name it as given
     * @param agreement the agreement the timeline is of
     * @return the timeline, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found,
     *                               including a file that cannot be read or has another extension
     */
    public static Timeline read(Path file, Agreement agreement) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(agreement, "agreement");
        FileText text = FileText.readFor(file, agreement.id());
        return parse(text.text(), file.toString(), text.yaml(), agreement);
    }

    /**
     * Reads the timeline in a text.
     *
     * @param text       the content of a timeline file
     * @param sourceName what problems name as their source, e.g. the file's name; not empty
     * @param yaml       whether the text is YAML rather than JSON
     * @param agreement  the agreement the timeline is of
     * @return the timeline, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found
     */
    public static Timeline parse(String text, String sourceName, boolean yaml, Agreement agreement) {
        Objects.requireNonNull(text, "text");
        Agreements.requireSourceName(sourceName);
        Objects.requireNonNull(agreement, "agreement");
        return TimelineReader.read(FileText.treeFor(text, sourceName, yaml, agreement.id()), sourceName, agreement);
    }

    /**
     * Reads the timelines of the subscribers of a service-based agreement, one file each. A
     * subscriber's timeline names the agreement the subscriber is under, the offering's id, a slash
     * and the subscription's id ({@code agreement: STD-HOSTING/S-1}); each subscription needs
     * exactly one file (one without events for a subscriber nothing happened to).
     *
     * @param files    the timeline files, in any order
     * @param offering the service-based agreement, with its subscriptions
     * @return one subscriber per subscription, in the agreement's order, without history
     * @throws InvalidInputException naming the offering and listing every problem of every file, a
     *                               subscription without a file (source {@code agreement}, path
     *                               {@code subscriptions[S-2]}) and two files for one subscription
     */
    public static List<Subscriber> readSubscribers(List<Path> files, Agreement offering) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(offering, "offering");
        Map<String, Subscription> byAgreement = new LinkedHashMap<>();
        offering.serviceLevels().subscriptions().forEach(s -> byAgreement.put(offering.id() + "/" + s.id(), s));
        List<Problem> problems = new ArrayList<>();
        Map<String, Timeline> timelines = new HashMap<>();
        Map<String, Path> fileOf = new HashMap<>();
        for (Path file : files) {
            try {
                FileText text = FileText.read(file);
                JsonNode root = Trees.parse(text.text(), file.toString(), text.yaml());
                JsonNode named = root.isObject() ? root.get("agreement") : null;
                String id = named != null && named.isTextual() ? named.textValue() : null;
                Subscription subscription = byAgreement.get(id);
                if (subscription == null) {
                    problems.add(Problem.at(file.toString(), "agreement", "names " + (id == null ? "no agreement"
                            : "agreement \"" + id + "\"") + "; a subscriber's timeline names one of "
                            + String.join(", ", byAgreement.keySet())));
                    continue;
                }
                Path before = fileOf.putIfAbsent(id, file);
                if (before != null) {
                    problems.add(Problem.at(file.toString(), "agreement", "names " + id + " as " + before
                            + " does: one timeline per subscription"));
                    continue;
                }
                timelines.put(id, TimelineReader.read(root, file.toString(), offering.forSubscription(subscription)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<Subscriber> subscribers = new ArrayList<>();
        byAgreement.forEach((id, subscription) -> {
            if (timelines.containsKey(id)) {
                subscribers.add(Subscriber.of(subscription, timelines.get(id)));
            } else if (!fileOf.containsKey(id)) {
                problems.add(Problem.at("agreement", "subscriptions[" + subscription.id() + "]",
                        "no timeline file names agreement " + id));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(offering.id(), problems);
        }
        return List.copyOf(subscribers);
    }
}
