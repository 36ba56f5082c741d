package io.github.zhifa.cli.record;

import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.recording.BagReport;
import io.github.zhifa.recording.BagVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa record verify BAG_DIR}: exit 0 valid, 1 invalid with the report, 2 bad input. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "verify a bag both ways: names every missing, altered and unexpected file and every bad tag file.",
            "Exit 0 valid, 1 invalid, 2 bad input (not a bag, unsafe path)."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BAG_DIR", description = "the bag")
    Path bag;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "files read at once (default: processors)")
    Integer threads;

    @Option(names = "--no-progress", description = "never show progress")
    boolean noProgress;

    @Override
    public Integer call() {
        if (!Files.isDirectory(bag)) {
            throw new UsageException("not a bag directory: " + bag);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        BagReport r = BagVerifier.verify(
                bag, n, Progress.onTerminal(spec.commandLine().getErr(), "verifying", !noProgress));
        print(spec.commandLine().getOut(), r, json);
        return r.valid() ? ExitCode.OK : ExitCode.FINDING;
    }

    static void print(PrintWriter out, BagReport r, boolean json) {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("bag", r.bag().toString());
            o.put("valid", r.valid());
            o.put("payloadFiles", r.payloadFiles());
            o.put("payloadBytes", r.payloadBytes());
            o.put("findings", r.findings());
            out.println(Json.pretty(o));
        } else if (r.valid()) {
            out.println("valid: " + r.bag() + " (" + r.payloadFiles() + " files, " + r.payloadBytes() + " bytes)");
        } else {
            out.println("INVALID: " + r.bag() + " (" + r.findings().size() + " findings)");
            for (BagReport.Finding f : r.findings()) {
                out.println(String.format(
                        Locale.ROOT,
                        "  %-13s %s  (%s)",
                        f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        f.path(),
                        f.detail()));
            }
        }
        out.flush();
    }
}
