package io.github.zhifa.cli.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.Citation;
import io.github.zhifa.review.ConditionTrace;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Rule;
import io.github.zhifa.review.RuleResult;
import io.github.zhifa.review.SkippedRule;
import io.github.zhifa.review.Topic;
import io.github.zhifa.review.TopicResult;
import io.github.zhifa.review.Truth;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders an {@link Evaluation} as readable text or as JSON; shared by the CLI and the demo. */
public final class EvaluationView {
    private EvaluationView() {}

    /**
     * Prints the outcome per topic and the explanation of every rule in force.
     *
     * @param e the evaluation
     * @param out where to print
     * @param full print the condition tree of rules that did not fire too
     */
    public static void text(Evaluation e, PrintWriter out, boolean full) {
        out.println("decision date " + e.facts().decisionDate() + ", jurisdiction "
                + e.facts().jurisdiction());
        for (Topic t : Topic.values()) {
            TopicResult r = e.topic(t);
            if (!t.baseline() && r.rules().isEmpty()) {
                continue; // 从轻/减轻: only exemption lists or overlays answer them
            }
            out.print(t.zh() + " " + t + ": " + r.outcome());
            if (!r.missing().isEmpty()) {
                out.print(" — facts that would decide it: "
                        + r.missing().stream().sorted().map(Fact::jsonName).collect(Collectors.joining(", ")));
            }
            out.println();
            for (RuleResult rr : r.rules()) {
                Rule rule = rr.rule();
                String mark =
                        rr.trace().truth() == Truth.TRUE ? "+" : rr.trace().truth() == Truth.FALSE ? "-" : "?";
                out.println(
                        "  " + mark + " " + rule.id() + "  " + rule.citation().reference() + "  " + rule.title()
                                + (rule.verification().verified() ? "" : "  [unverified]")
                                + (rule.jurisdiction().specificity() > 0 ? "  [" + rule.jurisdiction() + "]" : ""));
                if (full || rr.trace().truth() != Truth.FALSE) {
                    tree(rr.trace(), out, "      ");
                }
            }
        }
        long superseded = e.skipped().stream()
                .filter(s -> s.reason() == SkippedRule.Reason.SUPERSEDED)
                .count();
        if (superseded > 0) {
            out.println("superseded here by a more specific version: "
                    + e.skipped().stream()
                            .filter(s -> s.reason() == SkippedRule.Reason.SUPERSEDED)
                            .map(s -> s.rule().id() + " [" + s.rule().jurisdiction() + "]")
                            .collect(Collectors.joining(", ")));
        }
        for (String w : e.warnings()) {
            out.println("warning: " + w);
        }
    }

    static void tree(ConditionTrace t, PrintWriter out, String indent) {
        StringBuilder line =
                new StringBuilder(indent).append(t.condition()).append(": ").append(t.truth());
        if (t.children().isEmpty() && !t.used().isEmpty()) {
            line.append("  (")
                    .append(new TreeMap<>(t.used())
                            .entrySet().stream()
                                    .map(en -> en.getKey().jsonName() + "=" + ConditionTrace.render(en.getValue()))
                                    .collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (t.children().isEmpty() && !t.missing().isEmpty()) {
            line.append("  (unknown: ")
                    .append(t.missing().stream().map(Fact::jsonName).sorted().collect(Collectors.joining(", ")))
                    .append(')');
        }
        out.println(line);
        for (ConditionTrace c : t.children()) {
            tree(c, out, indent + "  ");
        }
    }

    /**
     * The evaluation as a JSON tree.
     *
     * @param e the evaluation
     * @return the JSON object
     */
    public static ObjectNode json(Evaluation e) {
        ObjectNode root = ZhifaJson.mapper().createObjectNode();
        root.put("decisionDate", e.facts().decisionDate().toString());
        root.put("jurisdiction", e.facts().jurisdiction().toString());
        ObjectNode topics = root.putObject("topics");
        for (Topic t : Topic.values()) {
            TopicResult r = e.topic(t);
            ObjectNode o = topics.putObject(t.name());
            o.put("outcome", r.outcome().name());
            ArrayNode missing = o.putArray("missing");
            r.missing().stream().sorted().forEach(f -> missing.add(f.jsonName()));
            ArrayNode fired = o.putArray("fired");
            r.fired().forEach(rule -> fired.add(rule.id()));
            ArrayNode rules = o.putArray("rules");
            for (RuleResult rr : r.rules()) {
                ObjectNode ro = rules.addObject();
                ro.put("id", rr.rule().id());
                ro.put("title", rr.rule().title());
                ro.set("citation", citation(rr.rule().citation()));
                ro.put("jurisdiction", rr.rule().jurisdiction().toString());
                ro.put("verified", rr.rule().verification().verified());
                ro.put("source", rr.rule().verification().source());
                ro.set("explanation", trace(rr.trace()));
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        for (SkippedRule s : e.skipped()) {
            ObjectNode so = skipped.addObject();
            so.put("id", s.rule().id());
            so.put("jurisdiction", s.rule().jurisdiction().toString());
            so.put("reason", s.reason().name());
        }
        ArrayNode warnings = root.putArray("warnings");
        e.warnings().forEach(warnings::add);
        return root;
    }

    static ObjectNode citation(Citation c) {
        ObjectNode o = ZhifaJson.mapper().createObjectNode();
        o.put("law", c.law());
        o.put("article", c.article());
        c.paragraph().ifPresent(p -> o.put("paragraph", p));
        c.item().ifPresent(i -> o.put("item", i));
        c.text().ifPresent(x -> o.put("text", x));
        o.put("reference", c.reference());
        return o;
    }

    static ObjectNode trace(ConditionTrace t) {
        ObjectNode o = ZhifaJson.mapper().createObjectNode();
        o.put("condition", t.condition());
        o.put("truth", t.truth().name());
        ObjectNode used = o.putObject("used");
        for (Map.Entry<Fact, Object> en : new TreeMap<>(t.used()).entrySet()) {
            used.put(en.getKey().jsonName(), ConditionTrace.render(en.getValue()));
        }
        ArrayNode missing = o.putArray("missing");
        t.missing().stream().sorted().forEach(f -> missing.add(f.jsonName()));
        if (!t.children().isEmpty()) {
            ArrayNode children = o.putArray("children");
            t.children().forEach(c -> children.add(trace(c)));
        }
        return o;
    }
}
