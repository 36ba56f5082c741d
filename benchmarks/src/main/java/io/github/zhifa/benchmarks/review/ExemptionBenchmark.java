package io.github.zhifa.benchmarks.review;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.exemption.ExemptionList;
import io.github.zhifa.review.exemption.ExemptionResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Exemption-list evaluations per second: a synthetic list (not a real one) of 100 violation codes with two items
 * each (首违不罚 with "corrected within 15 days", and 从轻), a case for one code where the first item applies.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExemptionBenchmark {
    ExemptionList list = syntheticList(100);
    CaseFacts facts = CaseFacts.builder(LocalDate.of(2024, 6, 3), Jurisdiction.of("140702", "市场监管"))
            .flag(Fact.FIRST_VIOLATION, true)
            .flag(Fact.MINOR_HARM, true)
            .flag(Fact.CORRECTED_IN_TIME, true)
            .count(Fact.CORRECTION_DAYS, 9)
            .build();

    static ExemptionList syntheticList(int codes) {
        StringBuilder sb = new StringBuilder("{\"format\":\"zhifa-exemption-list/1\",\"name\":\"synthetic\","
                + "\"issuer\":\"benchmark\",\"jurisdiction\":{\"region\":\"140700\",\"department\":\"市场监管\"},"
                + "\"effective\":{\"from\":\"2024-01-01\"},\"verification\":{\"verified\":false,\"source\":\"synthetic\"},"
                + "\"items\":[");
        for (int i = 0; i < codes; i++) {
            String violation = "\"violation\":{\"code\":\"V" + i + "\",\"description\":\"d\","
                    + "\"violatedBasis\":{\"law\":\"l\",\"article\":\"1\"},\"penaltyBasis\":{\"law\":\"l\",\"article\":\"2\"}}";
            sb.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"F")
                    .append(i)
                    .append("\",\"kind\":\"首违不罚\",")
                    .append(violation)
                    .append(",\"when\":{\"all\":[{\"flag\":\"firstViolation\"},{\"flag\":\"minorHarm\"}]},"
                            + "\"correctedWithinDays\":15},{\"id\":\"L")
                    .append(i)
                    .append("\",\"kind\":\"从轻处罚\",")
                    .append(violation)
                    .append(",\"basis\":{\"law\":\"行政处罚法\",\"article\":\"32\",\"item\":\"1\"},"
                            + "\"when\":{\"flag\":\"harmEliminated\"}}");
        }
        sb.append("]}");
        return ExemptionList.read(
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "synthetic");
    }

    /**
     * Which item applies, the outcome, missing facts and warnings (trees and explanation text on demand).
     *
     * @return the result
     */
    @Benchmark
    public ExemptionResult evaluate() {
        return list.evaluate(facts, "V42");
    }

    /**
     * The same plus the Chinese and English explanation (which builds the condition trees).
     *
     * @return the number of explanation lines
     */
    @Benchmark
    public int evaluateAndExplain() {
        ExemptionResult r = list.evaluate(facts, "V42");
        List<String> zh = r.explanationZh();
        List<String> en = r.explanationEn();
        return zh.size() + en.size();
    }
}
