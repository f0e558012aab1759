package io.slarules.files;

import io.slarules.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a file and its format, told by its extension.
 *
 * <p>Only regular files are read: a FIFO would block forever, a device such as {@code /dev/zero}
 * never ends. A symbolic link to a regular file is followed and read like the file itself (a
 * folder of agreements often links to shared files); a link to anything else, a broken link and a
 * link loop are refused, saying which. The size limit holds on the bytes actually read, not on the
 * size the file system reports, so a file that grows while it is read cannot take more memory.
 *
 * @param text the file's content
 * @param yaml whether it is YAML rather than JSON
 */
record FileText(String text, boolean yaml) {

    /** The most bytes read of a file; equal to the most characters {@link Trees} parses. */
    static final int MAX_BYTES = Trees.MAX_CHARS;

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
     *                               (saying why: no such file, access denied, not a regular file,
     *                               a link loop, too large, not UTF-8)
     */
    static FileText read(Path file) {
        String source = file.toString();
        boolean yaml = isYaml(file, source);
        Optional<String> notReadable = whyNotReadable(file);
        if (notReadable.isPresent()) {
            throw Trees.fail(source, "cannot be read: " + notReadable.get());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw Trees.fail(source, "is too large: more than " + MAX_BYTES + " bytes, at most " + MAX_BYTES + " are read");
            }
            return new FileText(utf8(bytes), yaml);
        } catch (CharacterCodingException e) {
            throw Trees.fail(source, "cannot be read: it is not UTF-8 text");
        } catch (IOException e) {
            throw Trees.fail(source, "cannot be read: " + reason(e));
        }
    }

    /**
     * Why a path is not a file this library reads, or empty when it is a regular file (or a link
     * to one) whose attributes can be read. Links are followed; nothing is opened, so a FIFO or a
     * device is told apart without blocking on it.
     *
     * @param file the path
     * @return the reason, a short phrase such as {@code "not a regular file (a FIFO, socket or device)"}
     */
    static Optional<String> whyNotReadable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) {
            return Optional.of("not a regular file (a folder)");
        }
        return Optional.of("not a regular file (a FIFO, socket or device)");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (or a link to nothing)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String why = fs.getReason();
            // the operating system's words for a link that points, in the end, at itself
            if (why.toLowerCase(Locale.ROOT).contains("symbolic links")) {
                return "a loop of symbolic links";
            }
            return why;
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
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
