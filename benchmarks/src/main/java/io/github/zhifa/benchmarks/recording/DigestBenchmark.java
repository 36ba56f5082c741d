package io.github.zhifa.benchmarks.recording;

import io.github.zhifa.recording.Sm3;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
 *
 * <p>{@link #main} is a paired comparison of the two SM3 implementations that is robust on a shared machine: it
 * alternates zhifa and BouncyCastle on 16 MiB and times each with the thread's CPU time, so time the thread spends
 * descheduled by other processes does not count.
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

    /**
     * Paired SM3 comparison: {@code java -cp benchmarks/target/benchmarks.jar
     * io.github.zhifa.benchmarks.recording.DigestBenchmark [PAIRS]}. Prints both throughputs (best and median, from
     * thread CPU time) and the median and quartiles of the per-pair ratio BouncyCastle time / zhifa time.
     *
     * @param args the number of pairs (default 30)
     */
    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int size = 16 << 20;
        byte[] data = new byte[size];
        new Random(32905).nextBytes(data);
        byte[] z = new byte[32];
        byte[] b = new byte[32];
        Sm3 zhifa = new Sm3();
        SM3Digest bc = new SM3Digest();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 6; i++) { // warm-up: both reach C2
            zhifa.update(data, 0, size);
            zhifa.digest(z, 0);
            bc.update(data, 0, size);
            bc.doFinal(b, 0);
        }
        if (!Arrays.equals(z, b)) {
            throw new IllegalStateException("zhifa and BouncyCastle disagree");
        }
        long[] tz = new long[pairs];
        long[] tb = new long[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            zhifa.update(data, 0, size);
            zhifa.digest(z, 0);
            long t1 = mx.getCurrentThreadCpuTime();
            bc.update(data, 0, size);
            bc.doFinal(b, 0);
            long t2 = mx.getCurrentThreadCpuTime();
            tz[i] = t1 - t0;
            tb[i] = t2 - t1;
            ratio[i] = (double) tb[i] / tz[i];
        }
        Arrays.sort(tz);
        Arrays.sort(tb);
        Arrays.sort(ratio);
        System.out.printf(
                "%s: zhifa best %.1f median %.1f MB/s, BouncyCastle best %.1f median %.1f MB/s,"
                        + " ratio median %.3f (quartiles %.3f-%.3f)%n",
                Runtime.version(),
                size * 1e3 / tz[0],
                size * 1e3 / tz[pairs / 2],
                size * 1e3 / tb[0],
                size * 1e3 / tb[pairs / 2],
                ratio[pairs / 2],
                ratio[pairs / 4],
                ratio[3 * pairs / 4]);
    }
}
