package io.github.zhifa.review.exemption;

import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Citation;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.ReviewDataException;
import io.github.zhifa.review.Rule;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Verification;
import io.github.zhifa.review.internal.ExemptionReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A department's exemption list (免罚清单 / 从轻处罚清单 / 减轻处罚清单) loaded as data. Each item is compiled to a
 * {@link Rule} of the rule model (topic {@code kind().topic()}, the item's condition, jurisdiction, dates and
 * verification), and evaluated by {@link RuleSet#evaluate}; there is no second evaluator. Immutable and thread-safe.
 *
 * <pre>{@code
 * ExemptionList list = ExemptionList.load(Path.of("list.json"));
 * ExemptionResult r = list.evaluate(CaseFacts.read(Path.of("case.json")), "SC-001");
 * r.outcome();          // REQUIRED (an item applies) / NOT_REQUIRED / UNDETERMINED
 * r.mostLenient();      // e.g. NO_PENALTY_PERMITTED
 * r.missing();          // the unknown facts that would decide the undecided items
 * r.explanationZh();    // 适用 … 依据 行政处罚法 第33条 第1款 …
 * }</pre>
 */
public final class ExemptionList {
    /** The format tag of an exemption list file. */
    public static final String FORMAT = "zhifa-exemption-list/1";

    private final String name;
    private final Optional<String> description;
    private final String issuer;
    private final Jurisdiction jurisdiction;
    private final Verification verification;
    private final List<ExemptionItem> items;
    private final Map<String, ExemptionItem> byRuleId;
    private final Map<String, RuleSet> byCode;
    private final RuleSet rules;

    private ExemptionList(
            String name,
            Optional<String> description,
            String issuer,
            Jurisdiction jurisdiction,
            Verification verification,
            List<ExemptionItem> items) {
        this.name = name;
        this.description = description;
        this.issuer = issuer;
        this.jurisdiction = jurisdiction;
        this.verification = verification;
        this.items = List.copyOf(items);
        Map<String, ExemptionItem> ids = new HashMap<>();
        Map<String, List<Rule>> codes = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        for (ExemptionItem item : this.items) {
            Rule r = rule(item);
            ids.put(r.id(), item);
            codes.computeIfAbsent(item.violation().code(), c -> new ArrayList<>())
                    .add(r);
            all.add(r);
        }
        this.byRuleId = Map.copyOf(ids);
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        codes.forEach((c, rs) -> sets.put(c, RuleSet.of(rs)));
        this.byCode = java.util.Collections.unmodifiableMap(sets);
        this.rules = RuleSet.of(all);
    }

    /**
     * A list from its parts.
     *
     * @param name the list's name, e.g. {@code 某市市场监管领域轻微违法行为不予处罚清单}
     * @param description a description, if any
     * @param issuer the issuing authority
     * @param jurisdiction where the list applies (its items may narrow it)
     * @param verification whether the list was checked against its published text
     * @param items the items, at least one, with distinct ids
     * @return the list
     * @throws ReviewDataException ({@code ZHIFA-REV-004}) if there are no items or two share an id
     */
    public static ExemptionList of(
            String name,
            Optional<String> description,
            String issuer,
            Jurisdiction jurisdiction,
            Verification verification,
            List<ExemptionItem> items) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(verification, "verification");
        List<Violation> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(Violation.error(
                    ReviewDataException.EXEMPTIONS, "items", "清单至少要有一项", "a list needs at least one item"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).id())) {
                problems.add(Violation.error(
                        ReviewDataException.EXEMPTIONS,
                        "items[" + i + "](" + items.get(i).id() + ").id",
                        "清单事项编号重复",
                        "duplicate item id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewDataException(ReviewDataException.EXEMPTIONS, name, problems);
        }
        return new ExemptionList(name, description, issuer, jurisdiction, verification, items);
    }

    /**
     * Reads a list (format {@code zhifa-exemption-list/1}, see the module README).
     *
     * @param in the input, not closed
     * @param source a name for the input in error messages
     * @return the list
     * @throws ReviewDataException ({@code ZHIFA-REV-004}) naming every invalid item and field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the input is not JSON
     */
    public static ExemptionList read(InputStream in, String source) {
        return ExemptionReader.read(in, source);
    }

    /**
     * Reads a list from a file.
     *
     * @param file the file
     * @return the list
     * @throws ReviewDataException ({@code ZHIFA-REV-004}) naming every invalid item and field
     * @throws io.github.zhifa.core.json.MalformedJsonException if the file is not JSON
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ExemptionList load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Rule rule(ExemptionItem item) {
        Citation itemCitation = new Citation(
                name,
                item.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(item.violation().description() + "：" + item.kind().zh()));
        return new Rule(
                item.ruleId(),
                item.kind().topic(),
                item.violation().description() + "（" + item.kind().zh() + "）",
                itemCitation,
                item.jurisdiction(),
                item.effectiveFrom(),
                item.effectiveUntil(),
                item.verification(),
                item.condition());
    }

    /**
     * The list's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The description.
     *
     * @return the description, if any
     */
    public Optional<String> description() {
        return description;
    }

    /**
     * The issuing authority.
     *
     * @return the issuer
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Where the list applies.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Whether the list was checked against its published text.
     *
     * @return the verification
     */
    public Verification verification() {
        return verification;
    }

    /**
     * The items, in file order.
     *
     * @return the items
     */
    public List<ExemptionItem> items() {
        return items;
    }

    /**
     * The violation codes the list covers, in file order.
     *
     * @return the codes
     */
    public Set<String> violationCodes() {
        return byCode.keySet();
    }

    /**
     * Every item compiled to a rule, e.g. to list them with {@code RuleSet#inForce} or to add them to other rules
     * (they then answer their topics for every violation, since the rule model has no violation code: prefer
     * {@link #evaluate}).
     *
     * @return the compiled rules
     */
    public RuleSet rules() {
        return rules;
    }

    /**
     * The item a compiled rule comes from.
     *
     * @param ruleId a compiled rule's id
     * @return the item, or empty
     */
    public Optional<ExemptionItem> itemOfRule(String ruleId) {
        return Optional.ofNullable(byRuleId.get(ruleId));
    }

    /**
     * Which items of this list apply to a case of a violation: the items for the code are compiled rules, evaluated
     * with {@link RuleSet#evaluate} on the case's date and jurisdiction (an item out of its dates or jurisdiction is
     * skipped).
     *
     * @param facts the case
     * @param violationCode the violation's code in this list
     * @return the result with its explanation
     */
    public ExemptionResult evaluate(CaseFacts facts, String violationCode) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(violationCode, "violationCode");
        RuleSet set = byCode.get(violationCode);
        Optional<Evaluation> e = set == null ? Optional.empty() : Optional.of(set.evaluate(facts));
        return ExemptionResult.of(this, violationCode, facts, e);
    }

    @Override
    public String toString() {
        return "ExemptionList[" + name + ", " + items.size() + " items]";
    }
}
