package io.github.zhifa.review.exemption;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Citation;
import io.github.zhifa.review.ConditionTrace;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Outcome;
import io.github.zhifa.review.RuleResult;
import io.github.zhifa.review.SkippedRule;
import io.github.zhifa.review.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which items of an exemption list apply to a case of one violation, and why. Immutable.
 *
 * @param list the list
 * @param violationCode the violation's code
 * @param facts the case
 * @param outcome {@link Outcome#REQUIRED} if an item applies, {@link Outcome#UNDETERMINED} if none applies and one
 *     could depending on unknown facts, {@link Outcome#NOT_REQUIRED} if no item for the violation is in force or
 *     every one is known not to apply
 * @param items the items for the violation in force on the date and in the jurisdiction, most lenient kind first
 *     (then in list order), each with its explanation
 * @param missing the unknown facts that the undecided items of each kind with no applying item depend on: once all
 *     are known, each kind is decided (an item of a kind another item of which applies may stay undecided; it would
 *     not change what the list grants)
 * @param skipped the items for the violation not in force on the date or for another jurisdiction
 * @param warnings readable warnings, in Chinese and English (unverified items that took part)
 */
public record ExemptionResult(
        ExemptionList list,
        String violationCode,
        CaseFacts facts,
        Outcome outcome,
        List<ItemResult> items,
        Set<Fact> missing,
        List<SkippedItem> skipped,
        List<String> warnings) {
    private static final String EDUCATION_ZH = "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育（行政处罚法 第33条 第3款）。";
    private static final String EDUCATION_EN =
            "Where a violation is not penalised, the agency shall educate the party (行政处罚法 art. 33 para. 3).";

    private static final String LAW_STILL_APPLIES_ZH = "清单不适用，不排除行政处罚法第三十二条、第三十三条本身的适用（见法定规则的评估）。";
    private static final String LAW_STILL_APPLIES_EN = "The list not applying does not exclude 行政处罚法 arts. 32 and 33"
            + " themselves (see the evaluation of the national rules).";

    /**
     * Copies the collections.
     *
     * @param list the list
     * @param violationCode the code
     * @param facts the facts
     * @param outcome the outcome
     * @param items the items
     * @param missing the missing facts
     * @param skipped the skipped items
     * @param warnings the warnings
     */
    public ExemptionResult {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(violationCode, "violationCode");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(outcome, "outcome");
        items = List.copyOf(items);
        missing = Set.copyOf(missing);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    static ExemptionResult of(ExemptionList list, String code, CaseFacts facts, Optional<Evaluation> evaluation) {
        List<ItemResult> items = new ArrayList<>();
        Set<Fact> missing = EnumSet.noneOf(Fact.class);
        List<SkippedItem> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Outcome outcome = Outcome.NOT_REQUIRED;
        if (evaluation.isPresent()) {
            Evaluation e = evaluation.get();
            for (ExemptionKind kind : ExemptionKind.values()) {
                for (RuleResult rr : e.topic(kind.topic()).rules()) {
                    ExemptionItem item = list.itemOfRule(rr.rule().id()).orElseThrow();
                    items.add(new ItemResult(item, rr));
                    if (rr.truth() != Truth.FALSE && !item.verification().verified()) {
                        String w = "清单事项 " + item.id() + " 未经核实（"
                                + item.verification().source() + "）/ list item " + item.id() + " is unverified ("
                                + item.verification().source() + ")";
                        if (!warnings.contains(w)) {
                            warnings.add(w);
                        }
                    }
                }
                if (e.outcome(kind.topic()) == Outcome.REQUIRED) {
                    outcome = Outcome.REQUIRED;
                } else if (e.outcome(kind.topic()) == Outcome.UNDETERMINED) {
                    missing.addAll(e.topic(kind.topic()).missing());
                    if (outcome == Outcome.NOT_REQUIRED) {
                        outcome = Outcome.UNDETERMINED;
                    }
                }
            }
            for (SkippedRule s : e.skipped()) {
                skipped.add(new SkippedItem(list.itemOfRule(s.rule().id()).orElseThrow(), s.reason()));
            }
        }
        return new ExemptionResult(list, code, facts, outcome, items, missing, skipped, warnings);
    }

    /**
     * The items that apply, most lenient first.
     *
     * @return the items whose condition held
     */
    public List<ExemptionItem> applied() {
        return items.stream().filter(ItemResult::applies).map(ItemResult::item).toList();
    }

    /**
     * The most lenient outcome an applying item grants.
     *
     * @return the kind, or empty if no item applies
     */
    public Optional<ExemptionKind> mostLenient() {
        return applied().stream().map(ExemptionItem::kind).findFirst();
    }

    /**
     * The explanation in Chinese: the conclusion, then one line per item for the violation (applies, undecided with
     * the facts it needs, does not apply with the part that failed, not used), citing the list item, its basis in
     * law, and the provisions violated and setting the penalty; when the list does not apply, a last line saying that
     * 行政处罚法 arts. 32 and 33 themselves may still apply.
     *
     * @return the lines
     */
    public List<String> explanationZh() {
        List<String> lines = new ArrayList<>();
        String ref = list.name() + "（" + list.issuer() + "）";
        if (items.isEmpty() && skipped.isEmpty()) {
            lines.add("结论：" + ref + " 中没有违法行为代码 " + violationCode + " 的事项，清单不适用。");
            lines.add(LAW_STILL_APPLIES_ZH);
            return lines;
        }
        lines.add(
                switch (outcome) {
                    case REQUIRED -> "结论：" + mostLenient().orElseThrow().zh() + "（依 " + ref + "）。";
                    case UNDETERMINED -> "结论：待定，需补充事实：" + factsZh(missing) + "。";
                    case NOT_REQUIRED -> "结论：" + ref + " 对违法行为 " + violationCode + " 不适用。";
                });
        for (ItemResult r : items) {
            ExemptionItem i = r.item();
            String head = "「" + i.id() + "」" + i.violation().description() + "（"
                    + i.violation().code() + "）" + i.kind().zh();
            switch (r.truth()) {
                case TRUE -> {
                    lines.add("适用 " + head + "。依据：" + cite(i.basis()) + "；违法依据："
                            + i.violation().violatedBasis().reference() + "；处罚依据："
                            + i.violation().penaltyBasis().reference() + "。");
                    if (i.kind() == ExemptionKind.NO_PENALTY) {
                        lines.add(EDUCATION_ZH);
                    }
                    if (i.kind() == ExemptionKind.NO_PENALTY_PERMITTED) {
                        lines.add("是否不予处罚由行政机关决定。");
                        lines.add(EDUCATION_ZH);
                    }
                }
                case UNKNOWN -> lines.add(
                        "待定 " + head + "：尚需事实 " + factsZh(r.trace().missing()) + "。");
                case FALSE -> lines.add("不适用 " + head + "：条件不成立（" + failed(r.trace()) + "）。");
            }
        }
        for (SkippedItem s : skipped) {
            lines.add("未使用「" + s.item().id() + "」："
                    + (s.reason() == SkippedRule.Reason.NOT_IN_FORCE ? "决定日期不在其生效期间" : "案件不在其管辖范围")
                    + "。");
        }
        if (outcome == Outcome.NOT_REQUIRED) {
            lines.add(LAW_STILL_APPLIES_ZH);
        }
        return lines;
    }

    /**
     * The explanation in English, line for line as {@link #explanationZh()}.
     *
     * @return the lines
     */
    public List<String> explanationEn() {
        List<String> lines = new ArrayList<>();
        String ref = list.name() + " (" + list.issuer() + ")";
        if (items.isEmpty() && skipped.isEmpty()) {
            lines.add("Conclusion: " + ref + " has no item for violation code " + violationCode
                    + "; the list does not apply.");
            lines.add(LAW_STILL_APPLIES_EN);
            return lines;
        }
        lines.add(
                switch (outcome) {
                    case REQUIRED -> "Conclusion: "
                            + mostLenient().orElseThrow().en() + " (under " + ref + ").";
                    case UNDETERMINED -> "Conclusion: undetermined; facts needed: " + factsEn(missing) + ".";
                    case NOT_REQUIRED -> "Conclusion: " + ref + " does not apply to violation " + violationCode + ".";
                });
        for (ItemResult r : items) {
            ExemptionItem i = r.item();
            String head = "item " + i.id() + " (" + i.violation().code() + ", " + i.kind() + ")";
            switch (r.truth()) {
                case TRUE -> {
                    lines.add("Applies: " + head + ": " + i.kind().en() + ". Basis: "
                            + i.basis().reference() + "; provision violated: "
                            + i.violation().violatedBasis().reference() + "; penalty provision: "
                            + i.violation().penaltyBasis().reference() + ".");
                    if (i.kind() == ExemptionKind.NO_PENALTY) {
                        lines.add(EDUCATION_EN);
                    }
                    if (i.kind() == ExemptionKind.NO_PENALTY_PERMITTED) {
                        lines.add("Whether not to penalise is the agency's decision.");
                        lines.add(EDUCATION_EN);
                    }
                }
                case UNKNOWN -> lines.add(
                        "Undetermined: " + head + " needs " + factsEn(r.trace().missing()) + ".");
                case FALSE -> lines.add("Does not apply: " + head + ": not met: " + failed(r.trace()) + ".");
            }
        }
        for (SkippedItem s : skipped) {
            lines.add("Not used: item " + s.item().id() + ": "
                    + (s.reason() == SkippedRule.Reason.NOT_IN_FORCE
                            ? "not in force on the decision date"
                            : "the case is outside its jurisdiction")
                    + ".");
        }
        if (outcome == Outcome.NOT_REQUIRED) {
            lines.add(LAW_STILL_APPLIES_EN);
        }
        return lines;
    }

    private static String cite(Citation c) {
        return c.reference() + c.text().map(t -> "“" + t + "”").orElse("");
    }

    private static String factsZh(Set<Fact> facts) {
        return facts.stream()
                .sorted()
                .map(f -> f.jsonName() + "（" + f.zh() + "）")
                .collect(Collectors.joining("、"));
    }

    private static String factsEn(Set<Fact> facts) {
        return facts.stream().sorted().map(Fact::jsonName).collect(Collectors.joining(", "));
    }

    /** The part of a false condition that decided it: descends through the children that share its truth. */
    private static String failed(ConditionTrace t) {
        if (t.children().isEmpty()) {
            return t.condition() + usedText(t);
        }
        if (t.condition().equals("not")) {
            return "not " + t.children().get(0).condition() + usedText(t);
        }
        for (ConditionTrace c : t.children()) {
            if (c.truth() == t.truth()) {
                return failed(c);
            }
        }
        return t.condition();
    }

    private static String usedText(ConditionTrace t) {
        List<String> parts = new ArrayList<>();
        collectUsed(t, parts);
        return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
    }

    private static void collectUsed(ConditionTrace t, List<String> into) {
        t.used().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(en -> into.add(en.getKey().jsonName() + "=" + ConditionTrace.render(en.getValue())));
        t.children().forEach(c -> collectUsed(c, into));
    }
}
