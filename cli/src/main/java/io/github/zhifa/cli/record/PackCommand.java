package io.github.zhifa.cli.record;

import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.recording.BagPacker;
import io.github.zhifa.recording.CaseMetadata;
import io.github.zhifa.recording.PackResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa record pack SRC_DIR BAG_DIR}: a BagIt bag with SHA-256 and SM3 digests, written atomically. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "pack a case directory into a BagIt 1.0 bag (manifest-sha256.txt, sm3-digests.txt, bag-info.txt,",
            "zhifa-record-manifest.json, tagmanifest-sha256.txt); the bag appears at BAG_DIR only when complete"
        })
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC_DIR", description = "the case directory")
    Path source;

    @Parameters(index = "1", paramLabel = "BAG_DIR", description = "the bag to create (must not exist)")
    Path bag;

    @Option(
            names = "--case-id",
            paramLabel = "ID",
            description = "the case id (default: from --manifest, else SRC_DIR's name)")
    String caseId;

    @Option(
            names = "--manifest",
            paramLabel = "META.json",
            description = "case metadata: agency, title, per-file stage, kind, capture span, device, officers")
    Path manifest;

    @Option(names = "--sha512", description = "also write manifest-sha512.txt")
    boolean sha512;

    @Option(names = "--threads", paramLabel = "N", description = "files processed at once (default: processors)")
    Integer threads;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--no-progress", description = "never show progress")
    boolean noProgress;

    @Override
    public Integer call() {
        if (!Files.isDirectory(source)) {
            throw new UsageException("not a directory: " + source);
        }
        if (caseId != null && caseId.isBlank()) {
            throw new UsageException("--case-id must not be blank");
        }
        CaseMetadata meta = manifest != null ? CaseMetadata.read(manifest) : null;
        if (meta == null) {
            Path name = source.toAbsolutePath().normalize().getFileName();
            meta = CaseMetadata.of(caseId != null ? caseId : name == null ? "unknown" : name.toString());
        } else if (caseId != null) {
            meta = new CaseMetadata(caseId, meta.agency(), meta.title(), meta.items());
        }
        BagPacker.Builder b = BagPacker.builder()
                .metadata(meta)
                .sha512(sha512)
                .progress(Progress.onTerminal(spec.commandLine().getErr(), "packing", !noProgress));
        if (threads != null) {
            if (threads < 1) {
                throw new UsageException("--threads must be at least 1");
            }
            b.threads(threads);
        }
        PackResult r = b.build().pack(source, bag);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("bag", r.bag().toString());
            o.put("caseId", r.manifest().caseId());
            o.put("files", r.manifest().items().size());
            o.put("bytes", r.manifest().totalSize());
            o.put("tagManifestSha256", r.tagManifestSha256());
            out.println(Json.pretty(o));
        } else {
            out.println("packed " + r.manifest().items().size() + " files ("
                    + r.manifest().totalSize() + " bytes) of case "
                    + r.manifest().caseId() + " into " + r.bag());
            out.println("tag manifest sha256: " + r.tagManifestSha256());
        }
        out.flush();
        return ExitCode.OK;
    }
}
