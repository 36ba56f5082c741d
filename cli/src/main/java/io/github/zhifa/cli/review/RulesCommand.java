package io.github.zhifa.cli.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.Rule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhifa review rules}: the rules in force in a jurisdiction on a date. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "List the rules in force in a jurisdiction on a date (most specific version of each rule).",
            "Exit codes: 0 listed, 2 bad input."
        })
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--jurisdiction",
            paramLabel = "CODE",
            defaultValue = "CN",
            description = "CN, a 6-digit division code, optionally /DEPARTMENT (default CN)")
    String jurisdiction;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the decision date (default today)")
    String date;

    @Option(names = "--rules", paramLabel = "FILE", description = "an extra rule file (repeatable)")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-bundled", description = "use only the --rules files")
    boolean noBundled;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Jurisdiction place = Options.jurisdiction(jurisdiction);
        LocalDate day =
                date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : Options.date("--date", date);
        List<Rule> rules = Options.rules(ruleFiles, !noBundled).inForce(day, place);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode arr = ZhifaJson.mapper().createArrayNode();
            for (Rule r : rules) {
                ObjectNode o = arr.addObject();
                o.put("id", r.id());
                o.put("topic", r.topic().name());
                o.put("title", r.title());
                o.set("citation", EvaluationView.citation(r.citation()));
                o.put("jurisdiction", r.jurisdiction().toString());
                o.put("effectiveFrom", r.effectiveFrom().toString());
                r.effectiveUntil().ifPresent(u -> o.put("effectiveUntil", u.toString()));
                o.put("verified", r.verification().verified());
                o.put("source", r.verification().source());
                o.put("when", r.condition().describe());
            }
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else {
            out.println(rules.size() + " rules in force on " + day + " in " + place);
            for (Rule r : rules) {
                out.println(String.format(
                        "%-34s %-15s %s  %s%s%s",
                        r.id(),
                        r.topic(),
                        r.citation().reference(),
                        r.title(),
                        r.jurisdiction().specificity() > 0 ? "  [" + r.jurisdiction() + "]" : "",
                        r.verification().verified() ? "" : "  [unverified]"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
