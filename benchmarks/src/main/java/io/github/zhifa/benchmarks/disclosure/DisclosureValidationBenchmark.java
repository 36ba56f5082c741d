package io.github.zhifa.benchmarks.disclosure;

import io.github.zhifa.disclosure.BatchResult;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureRecord;
import io.github.zhifa.disclosure.DisclosureSamples;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.FieldNaming;
import io.github.zhifa.disclosure.ParsedBatch;
import io.github.zhifa.disclosure.RecordKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of batch validation of 100 000 行政处罚 records (the goal: at least 100 000 records/s on one
 * core). One operation is one record, so the score is records per second. The batch cycles through the bundled
 * samples: 5 valid records and 10 that each break one rule, with a publication date so the deadline rules run on
 * the official calendar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DisclosureValidationBenchmark {
    static final int BATCH = 100_000;

    /** JSON of 100 000 records (about 67 MB) is over core's 64 MiB document limit: half the batch. */
    static final int JSON_BATCH = 50_000;

    List<DisclosureRecord> records;
    byte[] csv;
    byte[] json;
    DisclosureValidator validator;
    LocalDate publishedOn = LocalDate.of(2024, 10, 12);

    /** Builds the batch. */
    @Setup
    public void setUp() {
        List<DisclosureRecord> pool = new ArrayList<>();
        pool.addAll(DisclosureSamples.read("penalty-valid.json").typedRecords());
        pool.addAll(DisclosureSamples.read("penalty-invalid.json").typedRecords());
        records = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            records.add(pool.get(i % pool.size()));
        }
        validator = DisclosureValidator.builder()
                .deadlines(DisclosureDeadlines.standard())
                .build();
        csv = DisclosureFormat.toCsv(records, RecordKind.PENALTY, FieldNaming.CODE)
                .getBytes(StandardCharsets.UTF_8);
        json = DisclosureFormat.toJson(records.subList(0, JSON_BATCH), FieldNaming.CODE)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Validates typed records.
     *
     * @return the result
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BatchResult validateTyped() {
        return validator.validateAll(records, publishedOn);
    }

    /**
     * Reads CSV and validates: what {@code zhifa disclosure validate} does.
     *
     * @return the result
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BatchResult readCsvAndValidate() {
        ParsedBatch batch = DisclosureFormat.read(csv, "bench.csv", RecordKind.PENALTY);
        return validator.validate(batch, publishedOn);
    }

    /**
     * Reads CSV only, to separate reading from validation.
     *
     * @return the records
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public ParsedBatch readCsvOnly() {
        return DisclosureFormat.read(csv, "bench.csv", RecordKind.PENALTY);
    }

    /**
     * Reads JSON and validates.
     *
     * @return the result
     */
    @Benchmark
    @OperationsPerInvocation(JSON_BATCH)
    public BatchResult readJsonAndValidate() {
        ParsedBatch batch = DisclosureFormat.read(json, "bench.json", RecordKind.PENALTY);
        return validator.validate(batch, publishedOn);
    }
}
