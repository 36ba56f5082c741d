package io.github.zhifa.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any single change to a bag is detected: a byte, a truncation, an extension, a rename, a deletion, an addition. */
class BagProperties {
    private static Path root;
    private static Path template;
    private static List<String> files;

    @BeforeContainer
    static void packTemplate() throws IOException {
        root = Files.createTempDirectory("zhifa-bag-props");
        Path src = root.resolve("src");
        Files.createDirectories(src.resolve("sub"));
        Random rnd = new Random(8493);
        for (int i = 0; i < 3; i++) {
            byte[] b = new byte[1 + rnd.nextInt(3000)];
            rnd.nextBytes(b);
            Files.write(i == 0 ? src.resolve("f" + i + ".bin") : src.resolve("sub/文件" + i + ".bin"), b);
        }
        template = root.resolve("bag");
        BagPacker.builder().sha512(true).threads(1).build().pack(root.resolve("src"), template);
        try (Stream<Path> s = Files.walk(template)) {
            files = s.filter(Files::isRegularFile)
                    .map(p -> template.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(BagVerifier.verify(template).valid()).isTrue();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path copy() throws IOException {
        Path dir = Files.createTempDirectory(root, "try");
        Path bag = dir.resolve("bag");
        try (Stream<Path> s = Files.walk(template)) {
            for (Path p : s.toList()) {
                Path t = bag.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return bag;
    }

    /** Detected: an invalid report, or a refusal of an unsafe path (a byte change can turn a name into "..\"). */
    private static boolean detected(Path bag) {
        try {
            return !BagVerifier.verify(bag, 1, ProgressListener.NONE).valid();
        } catch (RecordingException e) {
            return e.code().equals(RecordingException.UNSAFE_PATH);
        }
    }

    private static Path pick(Path bag, int which) {
        return bag.resolve(files.get(Math.floorMod(which, files.size())));
    }

    @Property(tries = 300)
    void anySingleByteChangeIsDetected(
            @ForAll @IntRange(min = 0, max = 10_000) int which,
            @ForAll @IntRange(min = 0, max = 1 << 20) int offset,
            @ForAll @IntRange(min = 1, max = 255) int delta)
            throws IOException {
        Path bag = copy();
        Path f = pick(bag, which);
        byte[] b = Files.readAllBytes(f);
        int at = offset % b.length;
        b[at] = (byte) (b[at] + delta);
        Files.write(f, b);
        assertThat(detected(bag)).as("byte %d of %s", at, f.getFileName()).isTrue();
    }

    @Property(tries = 100)
    void truncationIsDetected(
            @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 0, max = 1 << 20) int len)
            throws IOException {
        Path bag = copy();
        Path f = pick(bag, which);
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, len % b.length));
        assertThat(detected(bag)).isTrue();
    }

    @Property(tries = 100)
    void extensionIsDetected(
            @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 0, max = 255) int extra)
            throws IOException {
        Path bag = copy();
        Path f = pick(bag, which);
        Files.write(f, new byte[] {(byte) extra}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(detected(bag)).isTrue();
    }

    @Property(tries = 50)
    void renameIsDetected(@ForAll @IntRange(min = 0, max = 10_000) int which) throws IOException {
        Path bag = copy();
        Path f = pick(bag, which);
        Files.move(f, f.resolveSibling(f.getFileName() + ".renamed"));
        assertThat(detected(bag)).isTrue();
    }

    @Property(tries = 50)
    void deletionIsDetected(@ForAll @IntRange(min = 0, max = 10_000) int which) throws IOException {
        Path bag = copy();
        Files.delete(pick(bag, which));
        assertThat(detected(bag)).isTrue();
    }

    @Property(tries = 50)
    void additionIsDetected(
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll @IntRange(min = 0, max = 64) int size)
            throws IOException {
        Path bag = copy();
        Path dir = pick(bag, where).getParent();
        Files.write(dir.resolve("added-" + size + ".bin"), new byte[size]);
        assertThat(detected(bag)).isTrue();
    }
}
