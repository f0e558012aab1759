package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Subscriber;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.Timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Folders of agreement, timeline and history files, and the files in them, read by the same rules
 * as {@link Agreements}: only regular files (or links to them), the size limit on the bytes read.
 * For tools that read a whole folder (the command line's {@code report}).
 *
 * <p>{@link #read} reads an agreement file with its timeline and history files and reports every
 * problem of them all in one refusal (the command line's {@code validate} and {@code evaluate}).
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * What a folder holds: the data files that can be read and those that cannot, each with why.
     *
     * @param files   the regular files (or links to them) named {@code .yaml}, {@code .yml} or
     *                {@code .json}, in name order
     * @param skipped every other entry so named, in name order: its source the path, its path
     *                empty, its message why it is skipped (a FIFO, socket or device; a folder; a
     *                broken link; a loop of symbolic links; permission denied)
     */
    public record Scan(List<Path> files, List<Problem> skipped) {
        /**
         * Copies both lists.
         *
         * @param files the regular files (or links to them) named {@code .yaml}, {@code .yml} or {@code .json}, in
         *              name order
         * @param skipped every other entry so named, in name order: its source the path, its path empty, its message
         *                why it is skipped (a FIFO, socket or device; a folder; a broken link; a loop of symbolic
         *                links; permission denied)
         */
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Lists a folder's data files, not those of its sub-folders. Entries with another name are
     * not data files and are left out without a word; an entry with a data file's name that is
     * not a readable regular file is listed in {@link Scan#skipped()}. Nothing is opened, so a
     * FIFO does not block the scan.
     *
     * @param folder the folder
     * @return the files and the entries skipped
     * @throws InvalidInputException when the folder is not a folder or cannot be listed
     */
    public static Scan scan(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw InvalidInputException.of(null, Problem.at(folder.toString(), "", "is not a folder"));
        }
        List<Path> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.filter(DataFiles::isDataFileName).sorted().toList();
        } catch (IOException e) {
            throw InvalidInputException.of(null, Problem.at(folder.toString(), "", "cannot be listed: "
                    + (e.getMessage() == null ? "input/output error" : e.getMessage())));
        }
        List<Path> files = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        for (Path name : names) {
            Optional<String> why = FileText.whyNotReadable(name);
            if (why.isPresent()) {
                skipped.add(Problem.at(name.toString(), "", "skipped: " + why.get()));
            } else {
                files.add(name);
            }
        }
        return new Scan(files, skipped);
    }

    /**
     * The tree of a data file, read and parsed as {@link Agreements#read} does.
     *
     * @param file the file; problems name it as given
     * @return the file's tree
     * @throws InvalidInputException with one problem when the file cannot be read (saying why) or
     *                               is not well-formed
     */
    public static JsonNode readTree(Path file) {
        Objects.requireNonNull(file, "file");
        FileText text = FileText.read(file);
        return Trees.parse(text.text(), file.toString(), text.yaml());
    }

    /**
     * An agreement and the files of what happened under it, read together by {@link #read}.
     *
     * @param agreement   the agreement, at the level asked for
     * @param timelines   one timeline per timeline file, in the files' order; empty for a
     *                    service-based agreement with subscriptions, whose timelines are its
     *                    subscribers'
     * @param subscribers for a service-based agreement with subscriptions, one subscriber per
     *                    subscription in the agreement's order, each with its timeline; empty
     *                    otherwise, and when no timeline file is given
     * @param history     what earlier evaluations decided; empty when no history file is given
     */
    public record Inputs(Agreement agreement, List<Timeline> timelines, List<Subscriber> subscribers,
                         History history) {
        /**
         * Validates that no component is null and copies the lists.
         *
         * @param agreement   the agreement, at the level asked for
         * @param timelines   one timeline per timeline file, in the files' order
         * @param subscribers one subscriber per subscription, each with its timeline; or empty
         * @param history     what earlier evaluations decided
         */
        public Inputs {
            Objects.requireNonNull(agreement, "agreement");
            timelines = List.copyOf(timelines);
            subscribers = List.copyOf(subscribers);
            Objects.requireNonNull(history, "history");
        }
    }

    /**
     * Reads an agreement file with its timeline files and, if given, its history file, as
     * {@link Agreements}, {@link Timelines} and {@link Histories} read each, and refuses them with
     * one {@link InvalidInputException} listing every problem of them all, each naming its file as
     * its source and the field's path in it.
     *
     * <p>Problems do not come in rounds. An element of the agreement that cannot be read (an
     * obligation with a malformed due date) is reported and left out, and the agreement's checks
     * run over the elements that could be read: an unknown party, a duplicate id, a cycle are
     * reported with the rest, at the file's own indexes, and a reference to the broken element is
     * not reported as unknown. As long as the agreement's id, zone and effective dates can be
     * read (and the dates are not empty), each timeline is checked against the agreement as far as it could be read (unknown
     * obligations, parties and services, events outside the dates, duplicate event ids); an
     * agreement too broken for that (its zone missing, say) leaves each timeline checked for its
     * own fields and event ids, its dates read in UTC; so are the timelines of a multi-level or a
     * service-based agreement with subscriptions that has problems. The history is checked against
     * the agreement when that is valid, for its own fields otherwise.
     *
     * @param agreementFile the agreement's file
     * @param level         for a multi-level agreement, the level to read it at; empty for any other
     * @param timelineFiles its timeline files: one, one per subscription of a service-based
     *                      agreement (see {@link Timelines#readSubscribers}), or none
     * @param historyFile   what earlier evaluations decided; empty for none
     * @return the agreement, its timelines or subscribers, and its history
     * @throws InvalidInputException naming the agreement when its id could be read, and listing
     *                               every problem of every file, each with the file as its source
     */
    public static Inputs read(Path agreementFile, Optional<String> level, List<Path> timelineFiles,
                              Optional<Path> historyFile) {
        Objects.requireNonNull(agreementFile, "agreementFile");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(timelineFiles, "timelineFiles");
        timelineFiles.forEach(file -> Objects.requireNonNull(file, "timelineFiles"));
        Objects.requireNonNull(historyFile, "historyFile");
        return InputsReader.read(agreementFile, level, timelineFiles, historyFile);
    }

    private static boolean isDataFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }
}
