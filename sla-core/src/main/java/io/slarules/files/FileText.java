package io.slarules.files;

import io.slarules.InvalidInputException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of a file and its format, told by its extension.
 *
 * @param text the file's content
 * @param yaml whether it is YAML rather than JSON
 */
record FileText(String text, boolean yaml) {

    /**
     * Reads a file of an agreement's data (a timeline, a history); a problem with the file names
     * the agreement, as every later problem will.
     */
    static FileText readFor(Path file, String agreementId) {
        try {
            return read(file);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(agreementId, e.problems());
        }
    }

    /** Parses the text of an agreement's data; a syntax problem names the agreement. */
    static com.fasterxml.jackson.databind.JsonNode treeFor(String text, String sourceName, boolean yaml,
                                                            String agreementId) {
        try {
            return Trees.parse(text, sourceName, yaml);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(agreementId, e.problems());
        }
    }

    /**
     * Reads a file.
     *
     * @throws InvalidInputException with one problem, its source the path as given, when the
     *                               extension names no known format or the file cannot be read
     */
    static FileText read(Path file) {
        String source = file.toString();
        boolean yaml = isYaml(file, source);
        try {
            if (Files.size(file) > Trees.MAX_CHARS) {
                throw Trees.fail(source, "is too large: " + Files.size(file) + " bytes, at most " + Trees.MAX_CHARS + " are read");
            }
            return new FileText(Files.readString(file), yaml);
        } catch (NoSuchFileException e) {
            throw Trees.fail(source, "cannot be read: no such file");
        } catch (AccessDeniedException e) {
            throw Trees.fail(source, "cannot be read: access denied");
        } catch (CharacterCodingException e) {
            throw Trees.fail(source, "cannot be read: it is not UTF-8 text");
        } catch (IOException e) {
            throw Trees.fail(source, "cannot be read: " + (e.getMessage() == null ? "input/output error" : e.getMessage()));
        }
    }

    private static boolean isYaml(Path file, String source) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return true;
        }
        if (lower.endsWith(".json")) {
            return false;
        }
        throw Trees.fail(source, "has an unknown file type: expected a name ending in .yaml, .yml or .json");
    }
}
