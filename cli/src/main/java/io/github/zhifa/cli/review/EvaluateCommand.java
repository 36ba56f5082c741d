package io.github.zhifa.cli.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.ExampleCases;
import io.github.zhifa.review.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa review evaluate}: does a case need legal review, a hearing notice, no penalty? */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate a case file: legal review (法制审核), hearing notice (听证告知) and no-penalty (不予处罚),",
            "each REQUIRED / NOT_REQUIRED / UNDETERMINED with the rules, facts and articles behind it.",
            "Rules: the bundled national baseline and overlays, plus any --rules files.",
            "Exit codes: 0 evaluated, 2 bad input."
        })
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CASE.json", description = "the case file (see review-rules/README.md)")
    Path caseFile;

    @Option(names = "--example", paramLabel = "NAME", description = "evaluate a bundled example case instead")
    String example;

    @Option(names = "--rules", paramLabel = "FILE", description = "an extra rule file (repeatable)")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-bundled", description = "use only the --rules files, not the bundled rules")
    boolean noBundled;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "decide as in CN, 500000 or 110101/公安")
    String jurisdiction;

    @Option(names = "--full", description = "also explain the rules that did not fire")
    boolean full;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if ((caseFile == null) == (example == null)) {
            throw new UsageException("give a CASE.json file or --example NAME (one of " + ExampleCases.NAMES + ")");
        }
        CaseFacts facts;
        if (example != null) {
            if (!ExampleCases.NAMES.contains(example)) {
                throw new UsageException("no example case " + example + "; one of " + ExampleCases.NAMES);
            }
            facts = ExampleCases.load(example);
        } else {
            facts = CaseFacts.read(caseFile);
        }
        if (jurisdiction != null) {
            facts = facts.at(facts.decisionDate(), Options.jurisdiction(jurisdiction));
        }
        RuleSet rules = Options.rules(ruleFiles, !noBundled);
        Evaluation e = rules.evaluate(facts);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(EvaluationView.json(e)));
        } else {
            EvaluationView.text(e, out, full);
        }
        out.flush();
        return ExitCode.OK;
    }
}
