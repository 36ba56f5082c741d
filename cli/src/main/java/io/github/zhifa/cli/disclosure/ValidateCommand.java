package io.github.zhifa.cli.disclosure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.cli.calendar.CalendarOptions;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.BatchResult;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.MalformedPayloadException;
import io.github.zhifa.disclosure.ParsedBatch;
import io.github.zhifa.disclosure.RecordKind;
import io.github.zhifa.disclosure.RecordResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa disclosure validate FILE --kind penalty|licensing|general [--published-on DATE] [--json]}: validates
 * 双公示 or general disclosure records before publishing. Exit 0 when every record is valid (warnings allowed), 1 when
 * a record has an error, 2 when the file cannot be read. The file is read record by record
 * ({@link DisclosureFormat#stream(Path, RecordKind, java.util.function.Consumer)}) and each result printed as its
 * record is validated, so memory holds one record whatever the size of the file.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "validate disclosure records (JSON object, JSON array, or CSV with a header row) before publishing",
            "exit 0: all valid; 1: violations found (listed); 2: unreadable input or bad usage"
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CalendarOptions calendarOptions;

    @Parameters(index = "0", paramLabel = "FILE", description = "the records: JSON object, JSON array, or CSV")
    Path file;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            converter = KindConverter.class,
            description = "penalty, licensing or general")
    RecordKind kind;

    @Option(
            names = "--published-on",
            paramLabel = "DATE",
            description = "the day the records are (to be) published, YYYY-MM-DD: checks the publication deadline")
    LocalDate publishedOn;

    @Option(
            names = "--small-fine-threshold",
            paramLabel = "WAN_YUAN",
            description = "the province's 较低数额罚款 threshold in 万元 (SAMR rule art. 13): decides 3-month publicity")
    BigDecimal smallFineThreshold;

    @Option(
            names = "--lenient-credit-codes",
            description = "accept credit codes whose only fault is the check character")
    boolean lenient;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    static final class KindConverter implements ITypeConverter<RecordKind> {
        @Override
        public RecordKind convert(String value) {
            return RecordKind.parse(value);
        }
    }

    @Override
    public Integer call() throws IOException {
        // before any output: with --json a missing file printed an object with no counts and no error
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + file + ": permission denied");
        }
        DisclosureDeadlines deadlines = DisclosureDeadlines.of(calendarOptions.calendar());
        if (smallFineThreshold != null) {
            if (smallFineThreshold.signum() <= 0) {
                throw new UsageException(
                        "--small-fine-threshold must be a positive amount in 万元, not " + smallFineThreshold);
            }
            deadlines = deadlines.withSmallFineThreshold(smallFineThreshold);
        }
        DisclosureValidator validator = DisclosureValidator.builder()
                .deadlines(deadlines)
                .creditCodeMode(lenient ? UnifiedSocialCreditCode.Mode.LENIENT : UnifiedSocialCreditCode.Mode.STRICT)
                .build();
        PrintWriter out = spec.commandLine().getOut();
        long[] counts = new long[2]; // valid, invalid
        try {
            if (json) {
                streamJson(out, validator, counts);
            } else {
                DisclosureFormat.stream(file, kind, p -> {
                    RecordResult r = validator.validate(p, publishedOn);
                    counts[r.isValid() ? 0 : 1]++;
                    printRecord(out, r);
                    out.flush();
                });
                out.println(summary(file.toString(), kind, counts[0], counts[1]));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileSystemException) {
                throw e; // names the file itself (Cli)
            }
            throw new UsageException(
                    "cannot read " + file + ": " + Cli.oneLine(e.getCause().getMessage()));
        } finally {
            out.flush();
        }
        return counts[1] == 0 ? ExitCode.OK : ExitCode.FINDING;
    }

    /**
     * Streams the JSON report: each result is written as its record is validated; the counts come after the
     * results. If the input turns out to be malformed, the document is still closed, with an {@code error} member,
     * and the error is thrown on (exit 2).
     */
    private void streamJson(PrintWriter out, DisclosureValidator validator, long[] counts) throws IOException {
        ObjectMapper mapper = ZhifaJson.mapper();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("source", file.toString());
            g.writeStringField("kind", kind.cliName());
            g.writeStringField("publishedOn", publishedOn == null ? null : publishedOn.toString());
            g.writeArrayFieldStart("results");
            MalformedPayloadException failure = null;
            try {
                DisclosureFormat.stream(file, kind, p -> {
                    RecordResult r = validator.validate(p, publishedOn);
                    counts[r.isValid() ? 0 : 1]++;
                    Map<String, Object> rm = new LinkedHashMap<>();
                    rm.put("index", r.index());
                    rm.put("line", r.line());
                    rm.put("documentNumber", r.documentNumber());
                    rm.put("valid", r.isValid());
                    rm.put("violations", r.violations());
                    try {
                        g.writeObject(rm);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (MalformedPayloadException e) {
                failure = e;
            }
            g.writeEndArray();
            g.writeNumberField("records", counts[0] + counts[1]);
            g.writeNumberField("valid", counts[0]);
            g.writeNumberField("invalid", counts[1]);
            if (failure != null) {
                g.writeObjectFieldStart("error");
                g.writeStringField("code", failure.code());
                g.writeStringField("message", failure.getMessage());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.flush();
            out.println();
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static String summary(String source, RecordKind kind, long valid, long invalid) {
        return source + ": " + (valid + invalid) + " " + kind.cliName() + " record(s), " + valid + " valid, " + invalid
                + " invalid";
    }

    /**
     * Prints a readable report of a batch validated whole: the summary line, then each record.
     *
     * @param out where to print
     * @param batch the records read
     * @param result their validation
     */
    public static void print(PrintWriter out, ParsedBatch batch, BatchResult result) {
        out.println(summary(batch.source(), batch.kind(), result.validCount(), result.invalidCount()));
        for (RecordResult r : result.records()) {
            printRecord(out, r);
        }
    }

    /**
     * Prints one record's result: a head line ({@code record 3 (line 4, 京朝市监处罚〔2024〕1234号): INVALID}) and its
     * violations, Chinese then English.
     *
     * @param out where to print
     * @param r the result
     */
    public static void printRecord(PrintWriter out, RecordResult r) {
        StringBuilder head = new StringBuilder("record ").append(r.index() + 1);
        if (r.line() > 0) {
            head.append(" (line ").append(r.line());
            if (r.documentNumber() != null) {
                head.append(", ").append(r.documentNumber());
            }
            head.append(')');
        }
        head.append(": ").append(r.isValid() ? "OK" : "INVALID");
        out.println(head);
        List<Violation> vs = r.violations();
        for (Violation v : vs) {
            out.println("  " + (v.isError() ? "ERROR  " : "WARNING") + " " + v.code() + " " + v.path() + "  "
                    + v.messageZh());
            out.println("                                " + v.messageEn());
        }
    }
}
