package io.github.zhifa.benchmarks.recording;

import io.github.zhifa.recording.Sm3;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Digest throughput on a 1 MiB buffer in memory: zhifa's SM3 beside BouncyCastle's, the JDK's SHA-256 (what zhifa
 * uses), and SHA-256 + SM3 fed from the same buffer (what zhifa does per file). Time per MiB: MB/s = 1e3 / (ms/op)
 * × 1.048576.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DigestBenchmark {
    private static final int SIZE = 1 << 20;

    byte[] data;
    byte[] out;
    Sm3 zhifaSm3;
    SM3Digest bcSm3;
    MessageDigest sha256;

    /**
     * Fills the buffer.
     *
     * @throws NoSuchAlgorithmException never
     */
    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        data = new byte[SIZE];
        new Random(32905).nextBytes(data);
        out = new byte[32];
        zhifaSm3 = new Sm3();
        bcSm3 = new SM3Digest();
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    /**
     * zhifa's SM3.
     *
     * @return the digest
     */
    @Benchmark
    public byte[] sm3Zhifa() {
        zhifaSm3.update(data, 0, SIZE);
        zhifaSm3.digest(out, 0);
        return out;
    }

    /**
     * BouncyCastle's SM3.
     *
     * @return the digest
     */
    @Benchmark
    public byte[] sm3BouncyCastle() {
        bcSm3.update(data, 0, SIZE);
        bcSm3.doFinal(out, 0);
        return out;
    }

    /**
     * The JDK's SHA-256 (intrinsic: SHA-NI or AVX2 where the CPU has them).
     *
     * @return the digest
     */
    @Benchmark
    public byte[] sha256Jdk() {
        sha256.update(data, 0, SIZE);
        return sha256.digest();
    }

    /**
     * SHA-256 and SM3 from the same buffer, as zhifa hashes each file.
     *
     * @return the SM3 digest
     */
    @Benchmark
    public byte[] sha256AndSm3OnePass() {
        sha256.update(data, 0, SIZE);
        zhifaSm3.update(data, 0, SIZE);
        sha256.digest();
        zhifaSm3.digest(out, 0);
        return out;
    }
}
