package io.github.zhifa.cli.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.Cli;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.disclosure.redact.Finding;
import io.github.zhifa.disclosure.redact.PayloadRedaction;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionReport;
import io.github.zhifa.disclosure.redact.RedactionResult;
import io.github.zhifa.disclosure.redact.Redactor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa disclosure redact}: redacts personal data and secret terms. UTF-8 text on standard input (or
 * {@code --input}), redacted text on standard output, streamed with bounded memory; {@code --payload} redacts a
 * structured record (JSON) instead.
 */
@Command(
        name = "redact",
        mixinStandardHelpOptions = true,
        description = {
            "redact personal data and secret terms before publishing",
            "Reads UTF-8 text on standard input and writes the redacted text on standard output.",
            "The report (kind, position, masked form; never the raw value) goes to --report, or as a summary to"
                    + " standard error."
        })
public final class RedactCommand implements Callable<Integer> {
    /** Inputs up to this many characters are redacted as one text; longer ones stream. */
    static final int WHOLE_TEXT = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            defaultValue = "default",
            paramLabel = "NAME|FILE",
            description =
                    "default, court, strict, or a profile JSON file (see --show-profile) (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(
            names = "--terms",
            paramLabel = "FILE",
            description = "secret terms, one per line (UTF-8; blank lines and lines starting with # are ignored)")
    Path terms;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "write the report to FILE (text, or JSON with --json)")
    Path report;

    @Option(
            names = "--json",
            description = "JSON output: the report as JSON; without --report, standard output carries"
                    + " {\"text\"|\"payload\": …, \"report\": …}")
    boolean json;

    @Option(names = "--payload", paramLabel = "FILE", description = "redact a structured record (JSON) instead of text")
    Path payload;

    @Option(names = "--input", paramLabel = "FILE", description = "read the text from FILE instead of standard input")
    Path input;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "a natural person's name to redact wherever it appears (repeatable)")
    List<String> names = new ArrayList<>();

    @Option(names = "--show-profile", description = "print the profile as JSON, to copy and change, and exit")
    boolean showProfile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RedactionProfile p = profile();
        if (showProfile) {
            out.println(p.toJson());
            out.flush();
            return ExitCode.OK;
        }
        if (payload != null && input != null) {
            throw new UsageException("give either --payload or --input, not both");
        }
        if (names.stream().anyMatch(String::isBlank)) {
            throw new UsageException("--name must not be blank");
        }
        checkReportTarget();
        Redactor redactor = Redactor.builder()
                .profile(p)
                .secretTerms(terms())
                .personNames(names)
                .build();
        if (payload != null) {
            return payload(redactor, out, err);
        }
        try (Reader raw = reader()) {
            // up to WHOLE_TEXT characters are redacted as one text (names learned before their first mention,
            // collisions numbered from the first); beyond that the input streams with bounded memory
            StringBuilder head = new StringBuilder(WHOLE_TEXT + 8192);
            char[] chunk = new char[8192];
            boolean eof = false;
            while (head.length() < WHOLE_TEXT) {
                int n = raw.read(chunk);
                if (n < 0) {
                    eof = true;
                    break;
                }
                head.append(chunk, 0, n);
            }
            if (eof || (json && report == null)) {
                if (!eof) {
                    raw.transferTo(new StringBuilderWriter(head));
                }
                RedactionResult r = redactor.redact(head.toString());
                if (json && report == null) {
                    ObjectNode o = ZhifaJson.mapper().createObjectNode();
                    o.put("text", r.text());
                    o.set("report", ZhifaJson.mapper().readTree(r.report().toJson()));
                    out.println(pretty(o));
                } else {
                    out.write(r.text());
                    if (report != null) {
                        writeReport(rep -> rep.write(
                                json ? r.report().toJson() + "\n" : r.report().toText()));
                    } else {
                        err.println("zhifa: " + summary(r.report()));
                    }
                }
                out.flush();
                return ExitCode.OK;
            }
            Reader in = new SequenceReader(head, raw);
            Writer w = new BufferedWriter(out, 1 << 16);
            RedactionReport r;
            if (report != null && json) {
                RedactionReport streamed = redactor.redact(in, w);
                w.flush();
                writeReport(rep -> rep.write(streamed.toJson() + "\n"));
                r = streamed;
            } else if (report != null) {
                RedactionReport[] streamed = new RedactionReport[1];
                writeReport(rep -> {
                    List<IOException> failed = new ArrayList<>();
                    rep.write("profile " + r0(redactor) + " (streamed)\n");
                    streamed[0] = redactor.redact(in, w, List.of(), f -> line(rep, f, failed));
                    if (!failed.isEmpty()) {
                        throw failed.get(0);
                    }
                    rep.write(summary(streamed[0]) + "\n");
                });
                r = streamed[0];
                w.flush();
            } else {
                r = redactor.redact(in, w, List.of(), f -> {});
                w.flush();
            }
            out.flush();
            if (report == null) {
                err.println("zhifa: " + summary(r));
            }
        } catch (CharacterCodingException e) {
            throw new UsageException(Cli.notUtf8(input != null ? input.toString() : "standard input"));
        }
        return ExitCode.OK;
    }

    /**
     * Whether standard input was closed when the command started ({@code zhifa disclosure redact <&-}): the JVM then
     * opens its own files on descriptor 0, and reading "standard input" read the JDK's module image (the JVM crashed
     * with SIGSEGV). Known on Linux only ({@code /proc}); elsewhere assumed open.
     */
    static boolean standardInputIsClosed() {
        try {
            Path fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            String home = System.getProperty("java.home");
            return home != null && fd0.startsWith(Path.of(home));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** What goes into the report file. */
    @FunctionalInterface
    private interface ReportBody {
        void writeTo(Writer report) throws IOException;
    }

    /**
     * Refuses a report that would overwrite one of the inputs (the input would be lost) or that cannot be written,
     * before anything is read or printed.
     */
    private void checkReportTarget() throws IOException {
        if (report == null) {
            return;
        }
        if (Files.isDirectory(report)) {
            throw new UsageException("--report " + report + " is a directory: give a file");
        }
        Path parent = report.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--report " + report + ": no such directory: " + parent);
        }
        List<Path> inputs = new ArrayList<>();
        for (Path p : new Path[] {input, payload, terms}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        if (!RedactionProfile.builtInNames().contains(profile)) {
            inputs.add(Path.of(profile));
        }
        if (Files.exists(report)) {
            for (Path p : inputs) {
                if (Files.exists(p) && Files.isSameFile(p, report)) {
                    throw new UsageException("--report " + report + " is an input file: it would be overwritten");
                }
            }
        }
    }

    /**
     * Writes the report next to its target and moves it into place when complete: a failure (unreadable input
     * midway, a full disk) leaves no half-written report that looks complete, and an older report stays as it was.
     */
    private void writeReport(ReportBody body) throws IOException {
        Path target = report.toAbsolutePath();
        Path tmp;
        try {
            // not createTempFile: the report gets the permissions any new file gets, not 0600
            tmp = Files.createFile(
                    target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        } catch (IOException e) {
            throw new UsageException("cannot write the report " + report + ": " + e.getMessage());
        }
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String r0(Redactor redactor) {
        return redactor.profile().name();
    }

    /** A writer appending to a StringBuilder. */
    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder sb;

        StringBuilderWriter(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /** The characters already read, then the rest of the input. */
    private static final class SequenceReader extends Reader {
        private final StringBuilder head;
        private final Reader rest;
        private int pos;

        SequenceReader(StringBuilder head, Reader rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (pos < head.length()) {
                int n = Math.min(len, head.length() - pos);
                head.getChars(pos, pos + n, cbuf, off);
                pos += n;
                return n;
            }
            return rest.read(cbuf, off, len);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }

    private static void line(Writer rep, Finding f, List<IOException> failed) {
        try {
            rep.write(f.type().name() + " " + f.start() + "+" + f.length() + " -> " + f.masked() + "\n");
        } catch (IOException e) {
            failed.add(e);
        }
    }

    private static String summary(RedactionReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("profile ").append(r.profile()).append(": ").append(r.total()).append(" redactions");
        r.counts()
                .forEach((k, v) -> sb.append(", ").append(k.name()).append('=').append(v));
        return sb.toString();
    }

    private int payload(Redactor redactor, PrintWriter out, PrintWriter err) throws IOException {
        JsonNode node;
        try (InputStream in = Files.newInputStream(payload)) {
            node = ZhifaJson.readTree(in, payload.toString());
        }
        PayloadRedaction r = redactor.redactPayload(node);
        if (json && report == null) {
            ObjectNode o = ZhifaJson.mapper().createObjectNode();
            o.set("payload", r.payload());
            o.set("report", ZhifaJson.mapper().readTree(r.report().toJson()));
            out.println(pretty(o));
        } else {
            out.println(pretty(r.payload()));
            if (report != null) {
                writeReport(rep ->
                        rep.write(json ? r.report().toJson() + "\n" : r.report().toText()));
            } else {
                err.println("zhifa: " + summary(r.report()));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String pretty(JsonNode n) throws JsonProcessingException {
        return ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    private RedactionProfile profile() {
        if (RedactionProfile.builtInNames().contains(profile)) {
            return RedactionProfile.builtIn(profile);
        }
        Path file = Path.of(profile);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("unknown profile '" + profile + "': not default, court, strict, nor a file");
        }
        return RedactionProfile.read(file);
    }

    private List<String> terms() throws IOException {
        List<String> out = new ArrayList<>();
        if (terms == null) {
            return out;
        }
        for (String line : Cli.readLines(terms)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    private Reader reader() throws IOException {
        if (input == null && standardInputIsClosed()) {
            throw new UsageException("standard input is closed: give the text on standard input or with --input FILE");
        }
        InputStream in = input != null ? Files.newInputStream(input) : System.in;
        return new BufferedReader(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }
}
