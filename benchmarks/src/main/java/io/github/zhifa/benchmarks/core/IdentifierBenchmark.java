package io.github.zhifa.benchmarks.core;

import io.github.zhifa.core.id.ResidentIdNumber;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Identifier checks: the fast scanner tests used by redaction, and the full checks with their error reports. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierBenchmark {
    String id = "11010519491231002X";
    String uscc = "91350100M000100Y43";

    /**
     * Allocation-free scanner test of a resident ID.
     *
     * @return the result
     */
    @Benchmark
    public boolean residentIdIsValid18() {
        return ResidentIdNumber.isValid18(id, 0);
    }

    /**
     * Full resident ID check with a result object.
     *
     * @return the result
     */
    @Benchmark
    public Object residentIdCheck() {
        return ResidentIdNumber.check(id);
    }

    /**
     * Allocation-free scanner test of a credit code.
     *
     * @return the result
     */
    @Benchmark
    public boolean creditCodeIsValid() {
        return UnifiedSocialCreditCode.isValid(uscc, 0);
    }
}
