package io.github.zhifa.cli.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Truth;
import io.github.zhifa.review.exemption.ExemptionItem;
import io.github.zhifa.review.exemption.ExemptionList;
import io.github.zhifa.review.exemption.ExemptionResult;
import io.github.zhifa.review.exemption.ItemResult;
import io.github.zhifa.review.exemption.SkippedItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa review exemption}: does a case fall on a department's exemption list (免罚/从轻/减轻)? */
@Command(
        name = "exemption",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate a case against an exemption list (format zhifa-exemption-list/1):",
            "不予处罚, 可以不予处罚 (首违不罚), 减轻处罚, 从轻处罚.",
            "Prints which item for the violation applies, the outcome (REQUIRED = an item",
            "applies, NOT_REQUIRED, UNDETERMINED with the facts that would decide it) and the",
            "explanation in Chinese and English,",
            "citing the list item and 行政处罚法. Without CASE.json, lists the items.",
            "Exit codes: 0 evaluated or listed, 2 bad input."
        })
public final class ExemptionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CASE.json", description = "the case file (see review-rules/README.md)")
    Path caseFile;

    @Option(names = "--list", required = true, paramLabel = "LIST.json", description = "the exemption list")
    Path listFile;

    @Option(names = "--violation", paramLabel = "CODE", description = "the violation's code in the list")
    String violation;

    @Option(names = "--jurisdiction", paramLabel = "CODE", description = "decide as in CN, 140702 or 140702/市场监管")
    String jurisdiction;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        if (caseFile == null && (violation != null || jurisdiction != null)) {
            throw new UsageException("--violation and --jurisdiction need a CASE.json file");
        }
        if (caseFile != null && violation == null) {
            throw new UsageException("give the violation's code with --violation CODE");
        }
        ExemptionList list = ExemptionList.load(listFile);
        PrintWriter out = spec.commandLine().getOut();
        if (caseFile == null) {
            items(list, out);
            out.flush();
            return ExitCode.OK;
        }
        CaseFacts facts = CaseFacts.read(caseFile);
        if (jurisdiction != null) {
            facts = facts.at(facts.decisionDate(), Options.jurisdiction(jurisdiction));
        }
        ExemptionResult r = list.evaluate(facts, violation);
        if (json) {
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(r)));
        } else {
            text(r, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void items(ExemptionList list, PrintWriter out) throws JsonProcessingException {
        if (json) {
            ObjectNode root = head(list);
            ArrayNode arr = root.putArray("items");
            list.items().forEach(i -> arr.add(item(i)));
            out.println(ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return;
        }
        out.println(list.name() + " — " + list.issuer() + " — " + list.jurisdiction()
                + (list.verification().verified() ? "" : "  [unverified]"));
        for (ExemptionItem i : list.items()) {
            out.println(String.format(
                    "%-12s %-8s %-22s %s  %s  %s..%s%s%s",
                    i.id(),
                    i.violation().code(),
                    i.kind(),
                    i.violation().description(),
                    i.basis().reference(),
                    i.effectiveFrom(),
                    i.effectiveUntil().map(String::valueOf).orElse(""),
                    i.jurisdiction().equals(list.jurisdiction()) ? "" : "  [" + i.jurisdiction() + "]",
                    i.verification().verified() ? "" : "  [unverified]"));
        }
    }

    private static void text(ExemptionResult r, PrintWriter out) {
        ExemptionList list = r.list();
        out.println("exemption list " + list.name() + " — " + list.issuer()
                + (list.verification().verified() ? "" : "  [unverified]"));
        out.println("violation " + r.violationCode() + ", decision date "
                + r.facts().decisionDate() + ", jurisdiction " + r.facts().jurisdiction());
        out.print("outcome: " + r.outcome());
        r.mostLenient().ifPresent(k -> out.print(" — " + k + " " + k.zh()));
        if (!r.missing().isEmpty()) {
            out.print(" — facts that would decide it: "
                    + r.missing().stream().sorted().map(Fact::jsonName).collect(Collectors.joining(", ")));
        }
        out.println();
        for (ItemResult ir : r.items()) {
            ExemptionItem i = ir.item();
            String mark = ir.truth() == Truth.TRUE ? "+" : ir.truth() == Truth.FALSE ? "-" : "?";
            out.println("  " + mark + " " + i.id() + "  " + i.kind() + "  "
                    + i.violation().description() + "  " + i.basis().reference()
                    + (i.verification().verified() ? "" : "  [unverified]"));
            EvaluationView.tree(ir.trace(), out, "      ");
        }
        r.explanationZh().forEach(out::println);
        r.explanationEn().forEach(out::println);
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
    }

    private static ObjectNode head(ExemptionList list) {
        ObjectNode root = ZhifaJson.mapper().createObjectNode();
        root.put("list", list.name());
        root.put("issuer", list.issuer());
        root.put("jurisdiction", list.jurisdiction().toString());
        root.put("verified", list.verification().verified());
        root.put("source", list.verification().source());
        return root;
    }

    private static ObjectNode item(ExemptionItem i) {
        ObjectNode o = ZhifaJson.mapper().createObjectNode();
        o.put("id", i.id());
        o.put("kind", i.kind().name());
        o.put("kindZh", i.kind().zh());
        ObjectNode v = o.putObject("violation");
        v.put("code", i.violation().code());
        v.put("description", i.violation().description());
        v.set("violatedBasis", EvaluationView.citation(i.violation().violatedBasis()));
        v.set("penaltyBasis", EvaluationView.citation(i.violation().penaltyBasis()));
        o.set("basis", EvaluationView.citation(i.basis()));
        o.put("when", i.condition().describe());
        o.put("jurisdiction", i.jurisdiction().toString());
        o.put("effectiveFrom", i.effectiveFrom().toString());
        i.effectiveUntil().ifPresent(u -> o.put("effectiveUntil", u.toString()));
        o.put("verified", i.verification().verified());
        o.put("source", i.verification().source());
        return o;
    }

    static ObjectNode json(ExemptionResult r) {
        ObjectNode root = head(r.list());
        root.put("violationCode", r.violationCode());
        root.put("decisionDate", r.facts().decisionDate().toString());
        root.put("caseJurisdiction", r.facts().jurisdiction().toString());
        root.put("outcome", r.outcome().name());
        r.mostLenient().ifPresentOrElse(k -> root.put("mostLenient", k.name()), () -> root.putNull("mostLenient"));
        ArrayNode missing = root.putArray("missing");
        r.missing().stream().sorted().forEach(f -> missing.add(f.jsonName()));
        ArrayNode applied = root.putArray("applied");
        r.applied().forEach(i -> applied.add(i.id()));
        ArrayNode items = root.putArray("items");
        for (ItemResult ir : r.items()) {
            ObjectNode o = item(ir.item());
            o.put("truth", ir.truth().name());
            o.set("explanation", EvaluationView.trace(ir.trace()));
            items.add(o);
        }
        ArrayNode skipped = root.putArray("skipped");
        for (SkippedItem s : r.skipped()) {
            ObjectNode so = skipped.addObject();
            so.put("id", s.item().id());
            so.put("jurisdiction", s.item().jurisdiction().toString());
            so.put("reason", s.reason().name());
        }
        ArrayNode zh = root.putArray("explanationZh");
        r.explanationZh().forEach(zh::add);
        ArrayNode en = root.putArray("explanationEn");
        r.explanationEn().forEach(en::add);
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }
}
