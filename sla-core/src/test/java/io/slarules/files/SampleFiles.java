package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The sample files under {@code src/test/resources/files} and assertions on the problems read. */
final class SampleFiles {

    private SampleFiles() {
    }

    static Path path(String name) {
        try {
            return Path.of(SampleFiles.class.getResource("/files/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no sample file " + name, e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample agreement's text with one piece replaced; fails if the piece is not there once. */
    static String replaced(String name, String piece, String replacement) {
        String text = text(name);
        assertThat(text.split(java.util.regex.Pattern.quote(piece), -1)).as("occurrences of %s", piece).hasSize(2);
        return text.replace(piece, replacement);
    }

    static Agreement agreement() {
        return Agreements.read(path("agreement.yaml"));
    }

    static List<Problem> problems(ThrowingCallable reading) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, reading);
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    /** Asserts a single problem with the source, the exact path and a fragment of the message. */
    static void assertOnlyProblem(List<Problem> problems, String source, String path, String messageFragment) {
        assertThat(problems).singleElement().satisfies(p -> assertProblem(p, source, path, messageFragment));
    }

    static void assertProblem(Problem problem, String source, String path, String messageFragment) {
        assertThat(problem.source()).as("source of %s", problem).isEqualTo(source);
        assertThat(problem.path()).as("path of %s", problem).isEqualTo(path);
        assertThat(problem.message()).as("message of %s", problem).contains(messageFragment);
    }
}
