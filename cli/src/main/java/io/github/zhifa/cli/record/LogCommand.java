package io.github.zhifa.cli.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.recording.BagReport;
import io.github.zhifa.recording.BagVerifier;
import io.github.zhifa.recording.ProgressListener;
import io.github.zhifa.recording.log.CaseLog;
import io.github.zhifa.recording.log.ConsistencyProof;
import io.github.zhifa.recording.log.InclusionProof;
import io.github.zhifa.recording.log.LogEntry;
import io.github.zhifa.recording.log.TreeHead;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa record log append|prove|verify}: the append-only case log. */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "an append-only Merkle case log (RFC 9162) over the tag manifests of bags",
        subcommands = {LogCommand.Append.class, LogCommand.Prove.class, LogCommand.Verify.class})
final class LogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhifa: 'record log' needs a subcommand: append, prove, verify");
        return ExitCode.USAGE;
    }

    /** {@code log append LOG_DIR BAG_DIR}. */
    @Command(
            name = "append",
            mixinStandardHelpOptions = true,
            description = "verify a bag, then append its tag manifest's SHA-256 to the log (created if absent)")
    static final class Append implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOG_DIR", description = "the log directory")
        Path logDir;

        @Parameters(index = "1", paramLabel = "BAG_DIR", description = "the bag")
        Path bag;

        @Option(names = "--label", paramLabel = "TEXT", description = "a label (default: the bag's directory name)")
        String label;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            if (!Files.isDirectory(bag)) {
                throw new UsageException("not a bag directory: " + bag);
            }
            BagReport report =
                    BagVerifier.verify(bag, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
            if (!report.valid()) {
                VerifyCommand.print(spec.commandLine().getOut(), report, json);
                spec.commandLine().getErr().println("zhifa: not appended: the bag is invalid");
                return ExitCode.FINDING;
            }
            Path name = bag.toAbsolutePath().normalize().getFileName();
            String l = label != null ? label : name == null ? "" : name.toString();
            CaseLog log = CaseLog.open(logDir);
            LogEntry e = log.append(BagVerifier.tagManifestDigest(bag), l);
            TreeHead h = log.head();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("entry", e);
                o.put("treeHead", h);
                out.println(Json.pretty(o));
            } else {
                out.println("appended entry " + e.index() + " (" + e.label() + ", tag manifest " + e.digest() + ")");
                out.println("tree head: size " + h.treeSize() + ", root " + h.rootHash());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code log prove LOG_DIR}. */
    @Command(
            name = "prove",
            mixinStandardHelpOptions = true,
            description = {
                "print a proof as JSON: inclusion of an entry (--index or --bag), or consistency between two sizes",
                "(--from M [--to N]); a proof verifies without the log"
            })
    static final class Prove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOG_DIR", description = "the log directory")
        Path logDir;

        @Option(names = "--index", paramLabel = "I", description = "the entry to prove")
        Long index;

        @Option(names = "--bag", paramLabel = "BAG_DIR", description = "prove the entry of this bag")
        Path bag;

        @Option(names = "--tree-size", paramLabel = "N", description = "the tree size (default: the whole log)")
        Long treeSize;

        @Option(names = "--from", paramLabel = "M", description = "consistency proof from size M")
        Long from;

        @Option(names = "--to", paramLabel = "N", description = "consistency proof to size N (default: the whole log)")
        Long to;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(logDir.resolve(CaseLog.ENTRIES))) {
                throw new UsageException("not a case log: " + logDir);
            }
            CaseLog log = CaseLog.open(logDir);
            long size = log.head().treeSize();
            PrintWriter out = spec.commandLine().getOut();
            int chosen = (index != null ? 1 : 0) + (bag != null ? 1 : 0) + (from != null ? 1 : 0);
            if (chosen != 1) {
                throw new UsageException("give exactly one of --index, --bag, --from");
            }
            if (from != null) {
                out.println(Json.pretty(log.proveConsistency(from, to != null ? to : size)));
            } else {
                long i;
                if (bag != null) {
                    String d = BagVerifier.tagManifestDigest(bag);
                    i = log.find(d)
                            .orElseThrow(() -> new UsageException("the bag is not in the log: " + bag))
                            .index();
                } else {
                    i = index;
                }
                out.println(Json.pretty(log.proveInclusion(i, treeSize != null ? treeSize : size)));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code log verify PROOF.json | LOG_DIR}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "verify a proof file without the log (with --root/--tree-size: against a trusted tree head;",
                "with --bag: the proof is for that bag), or check a log directory against tree heads kept elsewhere",
                "(--head FILE, repeatable). Exit 0 holds, 1 fails, 2 bad input."
            })
    static final class Verify implements Callable<Integer> {
        /** A SHA-256 hash in hexadecimal. */
        private static final Pattern HEX_256 = Pattern.compile("[0-9a-fA-F]{64}");

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROOF.json|LOG_DIR", description = "a proof file or a log directory")
        Path target;

        @Option(names = "--root", paramLabel = "HEX", description = "the trusted root hash")
        String root;

        @Option(names = "--tree-size", paramLabel = "N", description = "the trusted tree size")
        Long treeSize;

        @Option(names = "--bag", paramLabel = "BAG_DIR", description = "the bag an inclusion proof must be for")
        Path bag;

        @Option(names = "--head", paramLabel = "HEAD.json", description = "an older tree head (log directory only)")
        List<Path> heads = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (Files.isDirectory(target)) {
                if (!Files.isRegularFile(target.resolve(CaseLog.ENTRIES))) {
                    throw new UsageException("not a case log: " + target);
                }
                CaseLog log = CaseLog.open(target);
                List<TreeHead> older = new ArrayList<>();
                for (Path h : heads) {
                    older.add(ZhifaJson.read(h, TreeHead.class));
                }
                List<String> problems = log.check(older);
                if (problems.isEmpty()) {
                    TreeHead h = log.head();
                    out.println("log intact: size " + h.treeSize() + ", root " + h.rootHash());
                    return ExitCode.OK;
                }
                out.println("LOG BROKEN: " + target);
                problems.forEach(p -> out.println("  " + p));
                return ExitCode.FINDING;
            }
            if (!Files.isRegularFile(target)) {
                throw new UsageException("no such proof file or log directory: " + target);
            }
            if ((root == null) != (treeSize == null)) {
                throw new UsageException("give --root and --tree-size together");
            }
            if (root != null && !HEX_256.matcher(root).matches()) {
                throw new UsageException("--root must be a SHA-256 hash: 64 hexadecimal digits");
            }
            if (treeSize != null && treeSize < 0) {
                throw new UsageException("--tree-size must be 0 or more, not " + treeSize);
            }
            JsonNode node;
            try (InputStream in = Files.newInputStream(target)) {
                node = ZhifaJson.readTree(in, target.toString());
            }
            String format = node.path("format").asText("");
            boolean ok;
            String what;
            if (format.equals(InclusionProof.FORMAT)) {
                InclusionProof p = ZhifaJson.read(target, InclusionProof.class);
                ok = root == null ? p.verify() : p.verify(new TreeHead(treeSize, root));
                if (bag != null
                        && !BagVerifier.tagManifestDigest(bag)
                                .equalsIgnoreCase(p.entry().digest())) {
                    out.println("proof FAILS: it is not for the bag " + bag);
                    return ExitCode.FINDING;
                }
                what = "entry " + p.entry().index() + " (" + p.entry().label() + ") is in the log of size "
                        + p.treeSize() + " with root " + p.rootHash();
            } else if (format.equals(ConsistencyProof.FORMAT)) {
                ConsistencyProof p = ZhifaJson.read(target, ConsistencyProof.class);
                ok = p.verify()
                        && (root == null
                                || (p.second().treeSize() == treeSize
                                        && p.second().rootHash().equalsIgnoreCase(root)));
                what = "the log of size " + p.first().treeSize() + " is a prefix of the log of size "
                        + p.second().treeSize();
            } else {
                throw new UsageException("not a zhifa proof (format '" + format + "'): " + target);
            }
            out.println(ok ? "proof holds: " + what : "proof FAILS");
            return ok ? ExitCode.OK : ExitCode.FINDING;
        }
    }
}
