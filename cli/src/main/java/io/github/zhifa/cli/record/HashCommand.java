package io.github.zhifa.cli.record;

import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.recording.Digests;
import io.github.zhifa.recording.FileHasher;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa record hash FILE...}: SHA-256 and SM3 of files, each read once, like {@code sha256sum}. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        description = "print 'sha256  sm3  size  path' per file (each file read once, files in parallel)")
final class HashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to hash")
    List<Path> files;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "files hashed at once (default: processors)")
    Integer threads;

    @Option(names = "--no-progress", description = "never show progress")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UsageException("not a readable file: " + f);
            }
        }
        FileHasher.Builder b = FileHasher.builder()
                .progress(Progress.onTerminal(spec.commandLine().getErr(), "hashing", !noProgress));
        if (threads != null) {
            if (threads < 1) {
                throw new UsageException("--threads must be at least 1");
            }
            b.threads(threads);
        }
        Map<Path, Digests> all = b.build().hashAll(files);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            all.forEach((p, d) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", p.toString());
                row.put("size", d.size());
                row.put("sha256", d.sha256());
                row.put("sm3", d.sm3());
                rows.add(row);
            });
            out.println(Json.pretty(rows));
        } else {
            all.forEach((p, d) -> out.println(d.sha256() + "  " + d.sm3() + "  " + d.size() + "  " + p));
        }
        out.flush();
        return ExitCode.OK;
    }
}
