package io.github.zhifa.examples.disclosure;

import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureRecord;
import io.github.zhifa.disclosure.DisclosureSamples;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.FieldNaming;
import io.github.zhifa.disclosure.RecordKind;
import io.github.zhifa.disclosure.RecordResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor's nightly export of 行政许可 records is too large to read whole: it is validated record by record with
 * {@link DisclosureFormat#stream(Path, RecordKind, java.util.function.Consumer)}, memory holding one record, and
 * only the invalid records are kept for the report.
 */
public final class ValidateLargeBatch {
    private ValidateLargeBatch() {}

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where the report goes
     */
    static void run(PrintStream out) {
        try {
            Path file = Files.createTempFile("licensing-export", ".csv");
            try {
                writeExport(file, 10_000);
                DisclosureValidator validator = DisclosureValidator.standard();
                LocalDate publishedOn = LocalDate.of(2024, 10, 12);
                long[] valid = {0};
                List<RecordResult> invalid = new ArrayList<>();
                long n = DisclosureFormat.stream(file, RecordKind.LICENSING, parsed -> {
                    RecordResult r = validator.validate(parsed, publishedOn);
                    if (r.isValid()) {
                        valid[0]++;
                    } else if (invalid.size() < 3) {
                        invalid.add(r); // keep a few for the report, not the whole batch
                    }
                });
                out.println(n + " records, " + valid[0] + " valid, " + (n - valid[0]) + " invalid");
                for (RecordResult r : invalid) {
                    out.println(
                            "line " + r.line() + ": " + r.violations().get(0).code() + " "
                                    + r.violations().get(0).path());
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled valid and invalid licensing samples, cycled: a header, then {@code rows} records. */
    private static void writeExport(Path file, int rows) throws IOException {
        List<DisclosureRecord> samples = new ArrayList<>();
        for (String name : List.of("licensing-valid.csv", "licensing-invalid.csv")) {
            samples.addAll(DisclosureSamples.read(name).typedRecords());
        }
        List<DisclosureRecord> export = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            export.add(samples.get(i % samples.size()));
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DisclosureFormat.writeCsv(export, RecordKind.LICENSING, w, FieldNaming.CHINESE);
        }
    }
}
