package io.github.zhifa.cli.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.process.Staffing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa review staffing}: legal reviewers at least 5% of enforcement officers, per agency. */
@Command(
        name = "staffing",
        mixinStandardHelpOptions = true,
        description = {
            "Check legal-review staffing per agency: reviewers >= 5%% of enforcement officers (rounded up).",
            "FILE.json: [{\"agency\": \"…\", \"officers\": 120, \"reviewers\": 6}, …]",
            "Exit codes: 0 every agency meets the ratio, 1 some do not, 2 bad input."
        })
public final class StaffingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "the agencies")
    Path file;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Staffing[] read;
        try {
            read = ZhifaJson.read(file, Staffing[].class);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
        if (read.length == 0) {
            throw new UsageException(
                    file + ": lists no agency (expected [{\"agency\": …, \"officers\": …, \"reviewers\": …}])");
        }
        List<Staffing> agencies = List.of(read);
        PrintWriter out = spec.commandLine().getOut();
        boolean allMet = agencies.stream().allMatch(Staffing::meetsRatio);
        if (json) {
            ArrayNode arr = ZhifaJson.mapper().createArrayNode();
            for (Staffing s : agencies) {
                ObjectNode o = arr.addObject();
                o.put("agency", s.agency());
                o.put("officers", s.officers());
                o.put("reviewers", s.reviewers());
                o.put("required", s.requiredReviewers());
                o.put("meetsRatio", s.meetsRatio());
                o.put("shortfall", s.shortfall());
            }
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else {
            for (Staffing s : agencies) {
                out.println(s.agency() + ": " + s.reviewers() + " reviewers for " + s.officers() + " officers, "
                        + s.requiredReviewers() + " required — "
                        + (s.meetsRatio() ? "ok" : "SHORT by " + s.shortfall()));
            }
        }
        out.flush();
        return allMet ? ExitCode.OK : ExitCode.FINDING;
    }
}
