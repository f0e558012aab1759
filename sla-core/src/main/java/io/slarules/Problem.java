package io.slarules;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is and what is wrong with it.
 *
 * @param source  the file or input the problem is in ({@code "agreement"}, {@code "timeline"}, a
 *                file path), never empty
 * @param path    the field path inside that input ({@code obligations[2].dependsOn[0]}) or the id
 *                of the event at fault ({@code fulfilments[F-3]}); empty when the problem concerns
 *                the input as a whole
 * @param message what is wrong, in a sentence a contract manager can act on
 */
public record Problem(String source, String path, String message) {

    /**
     * Validates that no component is null and that source and message are not empty.
     *
     * @param source the file or input the problem is in ({@code "agreement"}, {@code "timeline"}, a file path), never
     *               empty
     * @param path the field path inside that input ({@code obligations[2].dependsOn[0]}) or the id of the event at
     *             fault ({@code fulfilments[F-3]}); empty when the problem concerns the input as a whole
     * @param message what is wrong, in a sentence a contract manager can act on
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (source.isEmpty() || message.isEmpty()) {
            throw new IllegalArgumentException("a problem needs a source and a message");
        }
    }

    /**
     * A problem at a field path of an input.
     *
     * @param source the file or input the problem is in ({@code "agreement"}, {@code "timeline"}, a file path), never
     *               empty
     * @param path the field path inside that input ({@code obligations[2].dependsOn[0]}) or the id of the event at
     *             fault ({@code fulfilments[F-3]}); empty when the problem concerns the input as a whole
     * @param message what is wrong, in a sentence a contract manager can act on
     * @return the problem
     */
    public static Problem at(String source, String path, String message) {
        return new Problem(source, path, message);
    }

    /**
     * {@return the same problem, with its path placed under a parent path (as a nested value is read)}
     *
     * @param parentPath the path of the value the problem's input was nested in, e.g. {@code obligations[2]}
     */
    public Problem under(String parentPath) {
        if (parentPath.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parentPath
                : path.startsWith("[") ? parentPath + path : parentPath + "." + path;
        return new Problem(source, joined, message);
    }

    /**
     * {@return the same problem, attributed to another source (a file path instead of "agreement")}
     *
     * @param newSource the file path or input name the problem is now reported against
     */
    public Problem in(String newSource) {
        return new Problem(newSource, path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? source + ": " + message : source + ": " + path + ": " + message;
    }
}
