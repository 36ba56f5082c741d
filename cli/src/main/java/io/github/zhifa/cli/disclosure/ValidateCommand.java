package io.github.zhifa.cli.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.BatchResult;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.ParsedBatch;
import io.github.zhifa.disclosure.RecordKind;
import io.github.zhifa.disclosure.RecordResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa disclosure validate FILE --kind penalty|licensing|general [--published-on DATE] [--json]}: validates
 * 双公示 or general disclosure records before publishing. Exit 0 when every record is valid (warnings allowed), 1 when
 * a record has an error, 2 when the file cannot be read.
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
            converter = DateConverter.class,
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

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }

    @Override
    public Integer call() throws JsonProcessingException {
        ParsedBatch batch;
        try {
            batch = DisclosureFormat.read(file, kind);
        } catch (UncheckedIOException e) {
            throw new UsageException(
                    "cannot read " + file + ": " + e.getCause().getClass().getSimpleName()
                            + (e.getCause().getMessage() == null
                                    ? ""
                                    : " " + e.getCause().getMessage()));
        }
        DisclosureDeadlines deadlines = DisclosureDeadlines.standard();
        if (smallFineThreshold != null) {
            deadlines = deadlines.withSmallFineThreshold(smallFineThreshold);
        }
        DisclosureValidator validator = DisclosureValidator.builder()
                .deadlines(deadlines)
                .creditCodeMode(lenient ? UnifiedSocialCreditCode.Mode.LENIENT : UnifiedSocialCreditCode.Mode.STRICT)
                .build();
        BatchResult result = validator.validate(batch, publishedOn);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ZhifaJson.builder().indent().build().writeValueAsString(toJson(batch, result)));
        } else {
            print(out, batch, result);
        }
        out.flush();
        return result.isValid() ? ExitCode.OK : ExitCode.FINDING;
    }

    private Map<String, Object> toJson(ParsedBatch batch, BatchResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", batch.source());
        m.put("kind", kind.cliName());
        m.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        m.put("records", result.records().size());
        m.put("valid", result.validCount());
        m.put("invalid", result.invalidCount());
        m.put(
                "results",
                result.records().stream()
                        .map(r -> {
                            Map<String, Object> rm = new LinkedHashMap<>();
                            rm.put("index", r.index());
                            rm.put("line", r.line());
                            rm.put("documentNumber", r.documentNumber());
                            rm.put("valid", r.isValid());
                            rm.put("violations", r.violations());
                            return rm;
                        })
                        .toList());
        return m;
    }

    /**
     * Prints a readable report.
     *
     * @param out where to print
     * @param batch the records read
     * @param result their validation
     */
    public static void print(PrintWriter out, ParsedBatch batch, BatchResult result) {
        out.println(batch.source() + ": " + result.records().size() + " "
                + batch.kind().cliName() + " record(s), " + result.validCount() + " valid, " + result.invalidCount()
                + " invalid");
        for (RecordResult r : result.records()) {
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
}
