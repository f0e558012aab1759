package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;

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

    private static boolean isDataFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }
}
