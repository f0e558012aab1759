package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Only regular files are read, whatever a path points at: a FIFO would block forever and
 * {@code /dev/zero} never ends, so both are refused by what they are, before they are opened, and
 * the size limit holds on the bytes read. The POSIX cases are skipped where there is no
 * {@code mkfifo} or {@code /dev/zero}.
 */
class NonRegularFilesTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void fifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = Posix.fifo(dir.resolve("agreement.yaml"));
        assertThat(refusal(fifo)).isEqualTo(fifo + ": cannot be read: not a regular file (a FIFO, socket or device)");
    }

    @Test
    void linkToDevZeroIsRefusedWithoutReadingIt() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).as("a system with /dev/zero").isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("agreement.yaml"), zero);
        assertThat(refusal(link)).isEqualTo(link + ": cannot be read: not a regular file (a FIFO, socket or device)");
    }

    @Test
    void linkLoopIsRefusedAsALoop() throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(refusal(a)).isEqualTo(a + ": cannot be read: a loop of symbolic links");
    }

    @Test
    void brokenLinkIsRefusedAsMissing() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("agreement.yaml"), dir.resolve("gone.yaml"));
        assertThat(refusal(link)).isEqualTo(link + ": cannot be read: no such file (or a link to nothing)");
    }

    @Test
    void folderNamedLikeAFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("agreement.yaml"));
        assertThat(refusal(folder)).isEqualTo(folder + ": cannot be read: not a regular file (a folder)");
    }

    @Test
    void unreadableFileSaysPermissionDenied() throws Exception {
        Path file = Files.writeString(dir.resolve("agreement.yaml"), "id: X\n");
        assumeThat(Posix.denyReading(file)).as("a POSIX file system, not run as root").isTrue();
        assertThat(refusal(file)).isEqualTo(file + ": cannot be read: permission denied");
    }

    @Test
    void linkToARegularFileIsReadLikeTheFile() throws Exception {
        Path file = Files.copy(SampleFiles.path("agreement.yaml"), dir.resolve("shared.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("linked.yaml"), file.getFileName());
        assertThat(Agreements.read(link)).isEqualTo(Agreements.read(file));
    }

    @Test
    void sizeLimitHoldsOnTheBytesRead() throws Exception {
        // one byte over the limit: refused from what was read, whatever the file system reports
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[FileText.MAX_BYTES + 1]);
        assertThat(refusal(big)).isEqualTo(big + ": is too large: more than " + FileText.MAX_BYTES
                + " bytes, at most " + FileText.MAX_BYTES + " are read");
        Path atLimit = dir.resolve("at-limit.yaml");
        Files.write(atLimit, new byte[FileText.MAX_BYTES]);
        assertThat(FileText.read(atLimit).text()).hasSize(FileText.MAX_BYTES);
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path file = Files.write(dir.resolve("agreement.yaml"), new byte[]{'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28});
        assertThat(refusal(file)).isEqualTo(file + ": cannot be read: it is not UTF-8 text");
    }

    @Test
    void scanListsEverySkippedEntryWithItsReason() throws Exception {
        Path good = Files.writeString(dir.resolve("b-good.yaml"), "id: X\n");
        Files.writeString(dir.resolve("notes.txt"), "not a data file, not listed");
        Path folder = Files.createDirectory(dir.resolve("c-folder.json"));
        Path loop = dir.resolve("d-loop.yml");
        Files.createSymbolicLink(loop, loop);
        Path broken = Files.createSymbolicLink(dir.resolve("e-broken.yaml"), dir.resolve("nothing"));
        boolean posix = Posix.canMakeFifo();
        Path fifo = dir.resolve("a-fifo.yaml");
        if (posix) {
            Posix.fifo(fifo);
        }
        DataFiles.Scan scan = assertTimeoutPreemptively(BOUND, () -> DataFiles.scan(dir));
        assertThat(scan.files()).containsExactly(good);
        List<Problem> expected = new java.util.ArrayList<>();
        if (posix) {
            expected.add(Problem.at(fifo.toString(), "", "skipped: not a regular file (a FIFO, socket or device)"));
        }
        expected.add(Problem.at(folder.toString(), "", "skipped: not a regular file (a folder)"));
        expected.add(Problem.at(loop.toString(), "", "skipped: a loop of symbolic links"));
        expected.add(Problem.at(broken.toString(), "", "skipped: no such file (or a link to nothing)"));
        assertThat(scan.skipped()).containsExactlyElementsOf(expected);
    }

    @Test
    void scanOfAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("x.yaml"), "id: X\n");
        assertThatThrownBy(() -> DataFiles.scan(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::source, Problem::message).containsExactly(tuple(file.toString(), "is not a folder")));
    }

    /** The one problem reading the path gives, as the command line prints it, within the bound. */
    private static String refusal(Path file) {
        InvalidInputException refused = assertTimeoutPreemptively(BOUND, () -> {
            try {
                Agreements.read(file);
            } catch (InvalidInputException e) {
                return e;
            }
            throw new AssertionError("read " + file);
        });
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0).toString();
    }

    /** What only POSIX systems can make; the tests that need it are skipped elsewhere. */
    static final class Posix {

        private Posix() {
        }

        static boolean canMakeFifo() {
            return !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                    && (Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo")));
        }

        static Path fifo(Path path) throws IOException, InterruptedException {
            assumeThat(canMakeFifo()).as("mkfifo available").isTrue();
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            assertThat(mkfifo.waitFor()).as("mkfifo exit status").isZero();
            return path;
        }

        static boolean denyReading(Path file) throws IOException {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return false;
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
            return !Files.isReadable(file);
        }
    }
}
