package io.github.zhifa.benchmarks.recording;

import io.github.zhifa.recording.Digests;
import io.github.zhifa.recording.FileHasher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashing a file from the page cache: SHA-256 alone with zhifa's read loop (compare with {@code openssl dgst -sha256}
 * on the same file), and SHA-256 + SM3 in one pass with {@link FileHasher}. The file is written once per fork to
 * {@code java.io.tmpdir} (or {@code -Dzhifa.bench.file=PATH} to use an existing file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FileHashBenchmark {
    /** File size in MiB. */
    @Param("256")
    public int mib;

    Path file;
    boolean created;

    /**
     * Writes the file.
     *
     * @throws IOException on failure
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String given = System.getProperty("zhifa.bench.file");
        if (given != null) {
            file = Path.of(given);
            return;
        }
        file = Files.createTempFile("zhifa-bench", ".bin");
        created = true;
        byte[] chunk = new byte[1 << 20];
        Random r = new Random(1);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mib; i++) {
                r.nextBytes(chunk);
                out.write(chunk);
            }
        }
    }

    /**
     * Deletes the file.
     *
     * @throws IOException on failure
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (created) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * SHA-256 only, zhifa's read loop (1 MiB buffer).
     *
     * @return the digest
     * @throws Exception on failure
     */
    @Benchmark
    public String sha256Only() throws Exception {
        MessageDigest md = sha256();
        byte[] buf = new byte[FileHasher.BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * SHA-256 and SM3 in one pass.
     *
     * @return the digests
     */
    @Benchmark
    public Digests sha256AndSm3() {
        return FileHasher.hash(file);
    }

    /**
     * SHA-256 and SM3 in one pass with a spare thread: SHA-256 on a helper thread beside SM3.
     *
     * @return the digests
     */
    @Benchmark
    public Digests sha256AndSm3SpareThread() {
        return FileHasher.builder()
                .threads(2)
                .build()
                .hashAll(java.util.List.of(file))
                .get(file);
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
