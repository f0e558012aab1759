package io.slarules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hostile-input corpus (issue 11, point 16): every file under {@code src/test/resources/hostile}
 * goes through the command line in-process, and each either evaluates (exit 0) or is refused with
 * exit 2, a message naming the file and the field path, no stack trace, in bounded time and with
 * bounded output. {@code hostile/cases.tsv} lists each case: file, exit status, what the message
 * must hold besides the file's name (the field path, or a word saying why), extra arguments.
 * {@code hostile/generate-corpus.py} wrote the files from the base files beside it.
 *
 * <p>How a file is run is told by its name: {@code *-history.yaml} as the history of the
 * service-level base ({@code base-sl-*}), {@code *-timeline.yaml} as the timeline of the deadline
 * base (example A), {@code sl-*} as a service-level agreement with its base timeline, anything else
 * as an agreement with example A's timeline. Files that cannot be shipped in a repository (a FIFO,
 * a link to {@code /dev/zero}, a link loop) are made at test time.
 */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    /** Generous on a shared machine: each run builds an engine, about 2 s. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    /** More than any refusal or evaluation of the corpus writes; a runaway message is far larger. */
    private static final int MAX_OUTPUT = 256 * 1024;

    /**
     * One case of the corpus.
     *
     * @param file   the file, under the corpus folder
     * @param exit   the exit status expected
     * @param needle what the complaint holds besides the file's name
     * @param extra  more arguments
     */
    record Case(String file, int exit, String needle, List<String> extra) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cell = line.split("\t", -1);
            cases.add(new Case(cell[0], Integer.parseInt(cell[1]), cell[2],
                    cell[3].isBlank() ? List.of() : Arrays.asList(cell[3].split(" "))));
        }
        return cases.stream();
    }

    @Test
    void corpusHasAtLeastAHundredFiles() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(100);
        assertThat(cases().map(c -> c.file().substring(0, c.file().indexOf('/'))).distinct())
                .contains("syntax", "encodings", "types", "references", "dates", "currencies", "finer-amounts",
                        "numbers", "history", "events-outside", "control-characters", "injection", "periods",
                        "paths", "output-growth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corpusFile(Case c) {
        check(c);
    }

    private void check(Case c) {
        Path file = CORPUS.resolve(c.file());
        assertThat(file).exists();
        CommandLine run = cli(arguments(file, c.extra()));
        if (c.exit() == Main.INVALID && c.needle().startsWith("!")) {
            // a command-line error (a malformed period): it names the option, not a file
            assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(Main.INVALID);
            assertThat(run.err()).contains(c.needle().substring(1));
            assertNoStackTrace(run);
        } else if (c.exit() == Main.INVALID) {
            assertRefused(run, file, c.needle());
        } else {
            assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(c.exit());
            assertNoStackTrace(run);
            assertThat(run.out()).isNotBlank();
        }
    }

    /** The arguments that run a corpus file, as its name says. */
    private static String[] arguments(Path file, List<String> extra) {
        String name = file.getFileName().toString();
        List<String> args = new ArrayList<>(List.of("evaluate"));
        List<String> rest = new ArrayList<>(extra);
        Path timeline = CORPUS.resolve("base-timeline.yaml");
        for (String arg : extra) {
            if (arg.startsWith("@timeline=")) {
                timeline = CORPUS.resolve(arg.substring("@timeline=".length()));
                rest.remove(arg);
            }
        }
        if (name.contains("-history.")) {
            args.addAll(List.of("--agreement", CORPUS.resolve("base-sl-agreement.yaml").toString(),
                    "--timeline", CORPUS.resolve("base-sl-timeline.yaml").toString(), "--history", file.toString(),
                    "--period", "2026-04"));
        } else if (name.contains("-timeline.")) {
            args.addAll(List.of("--agreement", CORPUS.resolve("base-agreement.yaml").toString(),
                    "--timeline", file.toString()));
        } else if (name.startsWith("sl-")) {
            args.addAll(List.of("--agreement", file.toString(),
                    "--timeline", CORPUS.resolve("base-sl-timeline.yaml").toString()));
        } else {
            args.addAll(List.of("--agreement", file.toString(), "--timeline", timeline.toString()));
        }
        args.addAll(rest);
        return args.toArray(String[]::new);
    }

    // files that cannot be shipped: made here, in a temporary folder

    @TempDir
    Path dir;

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = fifo(dir.resolve("agreement.yaml"));
        assertRefused(evaluate(fifo), fifo, "not a regular file");
    }

    @Test
    void linkToDevZeroIsRefusedWithoutReadingIt() throws Exception {
        assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("agreement.yaml"), Path.of("/dev/zero"));
        assertRefused(evaluate(link), link, "not a regular file");
    }

    @Test
    void linkLoopIsRefusedAsALoop() throws Exception {
        Path link = dir.resolve("agreement.yaml");
        Files.createSymbolicLink(link, link);
        assertRefused(evaluate(link), link, "a loop of symbolic links");
    }

    @Test
    void folderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("agreement.yaml"));
        assertRefused(evaluate(folder), folder, "not a regular file (a folder)");
    }

    @Test
    void missingFileIsRefused() {
        Path missing = dir.resolve("missing.yaml");
        assertRefused(evaluate(missing), missing, "no such file");
    }

    @Test
    void oversizedFileIsRefusedFromTheBytesRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[5 * 1024 * 1024]);
        assertRefused(evaluate(big), big, "too large");
    }

    @Test
    void reportListsEverySkippedFileAndReadsTheRest() throws Exception {
        Files.copy(CORPUS.resolve("base-agreement.yaml"), dir.resolve("a-agreement.yaml"));
        Files.copy(CORPUS.resolve("base-timeline.yaml"), dir.resolve("a-timeline.yaml"));
        Path loop = dir.resolve("b-loop.yaml");
        Files.createSymbolicLink(loop, loop);
        Path folder = Files.createDirectory(dir.resolve("c-folder.yml"));
        Path broken = Files.createSymbolicLink(dir.resolve("d-broken.json"), dir.resolve("nothing"));
        List<Path> devices = new ArrayList<>();
        if (Files.exists(Path.of("/dev/zero"))) {
            devices.add(Files.createSymbolicLink(dir.resolve("e-zero.yaml"), Path.of("/dev/zero")));
        }
        if (canMakeFifo()) {
            devices.add(fifo(dir.resolve("f-fifo.yaml")));
        }
        CommandLine run = cli("report", "--agreements", dir.toString(), "--timelines", dir.toString(),
                "--period", "2026-03", "--format", "csv");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("northwind");
        assertThat(run.err()).contains("sla: warning: " + loop + ": skipped: a loop of symbolic links")
                .contains("sla: warning: " + folder + ": skipped: not a regular file (a folder)")
                .contains("sla: warning: " + broken + ": skipped: no such file (or a link to nothing)");
        for (Path device : devices) {
            assertThat(run.err()).contains("sla: warning: " + device + ": skipped: not a regular file (a FIFO, socket or device)");
        }
        assertThat(run.err().lines()).hasSize(3 + devices.size());
    }

    @Test
    void reportCsvNeutralisesAFormulaInAName() throws Exception {
        Files.copy(CORPUS.resolve("injection/name-formula-agreement.yaml"), dir.resolve("a-agreement.yaml"));
        Files.copy(CORPUS.resolve("base-timeline.yaml"), dir.resolve("a-timeline.yaml"));
        CommandLine run = cli("report", "--agreements", dir.toString(), "--timelines", dir.toString(),
                "--period", "2026-04", "--format", "csv");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"Client B\"\")\",")
                .doesNotContain(",=HYPERLINK");
    }

    private CommandLine evaluate(Path agreement) {
        return cli("evaluate", "--agreement", agreement.toString(), "--timeline",
                CORPUS.resolve("base-timeline.yaml").toString());
    }

    private static void assertRefused(CommandLine run, Path file, String needle) {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(Main.INVALID);
        assertThat(run.err()).as("the complaint names the file").contains(file.toString());
        assertThat(run.err()).as("the complaint says where or why").contains(needle);
        assertNoStackTrace(run);
        assertThat(run.err().length()).as("a short complaint").isLessThan(MAX_OUTPUT);
    }

    private static void assertNoStackTrace(CommandLine run) {
        assertThat(run.err()).doesNotContain("\tat ", "Exception:", "internal error");
        assertThat(run.out().length() + run.err().length()).isLessThan(MAX_OUTPUT);
    }

    /**
     * The one call of the command line's entry point: when the command line moves to its own
     * module, this is the line to change.
     */
    static CommandLine cli(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Main.run(args, o, e);
            }
            return new CommandLine(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }, () -> "more than " + BOUND + ": " + String.join(" ", args));
    }

    private static boolean canMakeFifo() {
        return !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                && (Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")));
    }

    private static Path fifo(Path path) throws IOException, InterruptedException {
        assumeThat(canMakeFifo()).as("mkfifo available").isTrue();
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(mkfifo.waitFor()).as("mkfifo exit status").isZero();
        return path;
    }
}
