package io.github.zhifa.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Citation;
import io.github.zhifa.review.Condition;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.PartyCategory;
import io.github.zhifa.review.PenaltyKind;
import io.github.zhifa.review.ReviewDataException;
import io.github.zhifa.review.Rule;
import io.github.zhifa.review.Topic;
import io.github.zhifa.review.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads rule files and case files from JSON trees, reporting every problem with the rule and field it concerns. */
public final class JsonReaders {
    /** The format tag of a rule file. */
    public static final String RULES_FORMAT = "zhifa-review-rules/1";

    private static final Set<String> RULE_FILE_FIELDS = Set.of("format", "name", "description", "rules");
    private static final Set<String> RULE_FIELDS =
            Set.of("id", "topic", "title", "citation", "jurisdiction", "effective", "verification", "when", "note");
    private static final Set<String> CITATION_FIELDS = Set.of("law", "article", "paragraph", "item", "text");
    private static final Set<String> JURISDICTION_FIELDS = Set.of("region", "department");
    private static final Set<String> EFFECTIVE_FIELDS = Set.of("from", "until");
    private static final Set<String> VERIFICATION_FIELDS = Set.of("verified", "source");
    private static final Set<String> CASE_FIELDS =
            Set.of("caseId", "description", "decisionDate", "jurisdiction", "facts");

    private JsonReaders() {}

    /**
     * Reads a rule file.
     *
     * @param in the input
     * @param source its name
     * @return the rules, in file order
     */
    public static List<Rule> readRules(InputStream in, String source) {
        JsonNode root = ZhifaJson.readTree(in, source);
        Problems p = new Problems(ReviewDataException.RULES, source);
        List<Rule> rules = new ArrayList<>();
        if (!root.isObject()) {
            p.add("", "规则文件必须是 JSON 对象", "a rule file must be a JSON object");
            p.throwIfAny();
        }
        unknownFields(root, RULE_FILE_FIELDS, "", p);
        JsonNode format = root.get("format");
        if (format == null || !RULES_FORMAT.equals(format.asText())) {
            p.add("format", "format 必须为 " + RULES_FORMAT, "format must be " + RULES_FORMAT);
        }
        JsonNode list = root.get("rules");
        if (list == null || !list.isArray()) {
            p.add("rules", "缺少规则数组 rules", "rules must be an array");
            p.throwIfAny();
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            JsonNode idNode = r.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            String path = "rules[" + i + "]" + (id == null ? "" : "(" + id + ")");
            readRule(r, id, path, p).ifPresent(rules::add);
        }
        p.throwIfAny();
        return rules;
    }

    private static Optional<Rule> readRule(JsonNode r, String id, String path, Problems p) {
        if (!r.isObject()) {
            p.add(path, "规则必须是 JSON 对象", "a rule must be a JSON object");
            return Optional.empty();
        }
        boolean before = p.isEmpty();
        unknownFields(r, RULE_FIELDS, path, p);
        if (id == null || !id.matches("[A-Za-z0-9_.\\-]{1,80}")) {
            p.add(path + ".id", "规则编号缺失或含非法字符", "id is missing or not [A-Za-z0-9_.-]{1,80}");
        }
        Topic topic = enumValue(r.get("topic"), Topic.class, path + ".topic", p, true);
        String title = text(r.get("title"), path + ".title", p, true);
        Citation citation = citation(r.get("citation"), path + ".citation", p);
        Jurisdiction jurisdiction =
                jurisdiction(r.get("jurisdiction"), path + ".jurisdiction", p, ReviewDataException.RULES);
        Effective effective = effective(r.get("effective"), path + ".effective", p, true);
        Verification verification = verification(r.get("verification"), path + ".verification", p, true);
        JsonNode when = r.get("when");
        Condition condition = null;
        if (when == null) {
            p.add(path + ".when", "缺少条件 when", "when (the condition) is required");
        } else {
            condition = condition(when, path + ".when", p);
        }
        if (!before || !p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(
                id,
                topic,
                title,
                citation,
                jurisdiction,
                effective.from(),
                effective.until(),
                verification,
                condition));
    }

    /** An {@code effective} block: the first day and, if it ends, the last day. */
    record Effective(LocalDate from, Optional<LocalDate> until) {}

    /**
     * Reads an {@code effective {from, until}} block (rules, exemption lists and their items).
     *
     * @return the period, or null when it is absent or wrong (the problems are recorded)
     */
    static Effective effective(JsonNode eff, String path, Problems p, boolean required) {
        if (eff == null || !eff.isObject()) {
            if (required) {
                p.add(path, "缺少生效日期 effective", "effective {from, until} is required");
            }
            return null;
        }
        unknownFields(eff, EFFECTIVE_FIELDS, path, p);
        LocalDate from = date(eff.get("from"), path + ".from", p, true);
        Optional<LocalDate> until = Optional.ofNullable(date(eff.get("until"), path + ".until", p, false));
        if (from != null && until.isPresent() && until.get().isBefore(from)) {
            p.add(path + ".until", "失效日期早于生效日期", "until is before from");
            return null;
        }
        return from == null ? null : new Effective(from, until);
    }

    /**
     * Reads a {@code verification {verified, source}} block.
     *
     * @return the verification, or null when it is absent or wrong (the problems are recorded)
     */
    static Verification verification(JsonNode ver, String path, Problems p, boolean required) {
        if (ver == null || !ver.isObject()) {
            if (required) {
                p.add(path, "缺少核实情况 verification", "verification {verified, source} is required");
            }
            return null;
        }
        unknownFields(ver, VERIFICATION_FIELDS, path, p);
        JsonNode v = ver.get("verified");
        if (v == null || !v.isBoolean()) {
            p.add(path + ".verified", "verified 必须为 true 或 false", "verified must be true or false");
        }
        String src = text(ver.get("source"), path + ".source", p, true);
        return v != null && v.isBoolean() && src != null ? new Verification(v.asBoolean(), src) : null;
    }

    static Condition condition(JsonNode n, String path, Problems p) {
        if (!n.isObject() || n.size() != 1) {
            p.add(
                    path,
                    "条件必须是只有一个键的对象（flag、known、in、amountAtLeast、countAtLeast、all、any、not）",
                    "a condition is an object with exactly one key: flag, known, in, amountAtLeast, countAtLeast,"
                            + " all, any, not");
            return null;
        }
        String key = n.fieldNames().next();
        JsonNode v = n.get(key);
        String at = path + "." + key;
        switch (key) {
            case "flag": {
                Fact f = fact(v, at, p, EnumSet.of(Fact.Type.FLAG));
                return f == null ? null : Condition.flag(f);
            }
            case "known": {
                Fact f = fact(v, at, p, EnumSet.allOf(Fact.Type.class));
                return f == null ? null : Condition.known(f);
            }
            case "in": {
                if (!objectWith(v, Set.of("fact", "values"), at, p)) {
                    return null;
                }
                Fact f = fact(v.get("fact"), at + ".fact", p, EnumSet.of(Fact.Type.CATEGORY, Fact.Type.KINDS));
                JsonNode values = v.get("values");
                if (values == null || !values.isArray() || values.isEmpty()) {
                    p.add(at + ".values", "values 必须是非空数组", "values must be a non-empty array");
                    return null;
                }
                if (f == null) {
                    return null;
                }
                List<Enum<?>> list = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    Enum<?> e = enumOf(f, values.get(i).asText());
                    if (e == null || !values.get(i).isTextual()) {
                        p.add(
                                at + ".values[" + i + "]",
                                "不是 " + f.jsonName() + " 的取值：" + values.get(i),
                                "not a value of " + f.jsonName() + ": " + values.get(i));
                    } else {
                        list.add(e);
                    }
                }
                return list.size() == values.size() ? Condition.in(f, list) : null;
            }
            case "amountAtLeast": {
                if (!objectWith(v, Set.of("fact", "thresholds", "threshold"), at, p)) {
                    return null;
                }
                Fact f = fact(v.get("fact"), at + ".fact", p, EnumSet.of(Fact.Type.AMOUNT));
                Map<PartyCategory, BigDecimal> thresholds = new EnumMap<>(PartyCategory.class);
                JsonNode one = v.get("threshold");
                JsonNode many = v.get("thresholds");
                if ((one == null) == (many == null)) {
                    p.add(
                            at,
                            "须给出 threshold（一个数额）或 thresholds（按当事人类别）之一",
                            "give exactly one of threshold (one amount) or thresholds (by party category)");
                    return null;
                }
                if (one != null) {
                    BigDecimal t = amount(one, at + ".threshold", p);
                    if (t != null) {
                        for (PartyCategory c : PartyCategory.values()) {
                            thresholds.put(c, t);
                        }
                    }
                } else if (!many.isObject() || many.isEmpty()) {
                    p.add(at + ".thresholds", "thresholds 必须是非空对象", "thresholds must be a non-empty object");
                } else {
                    for (Iterator<String> it = many.fieldNames(); it.hasNext(); ) {
                        String name = it.next();
                        PartyCategory c = enumValue(
                                new com.fasterxml.jackson.databind.node.TextNode(name),
                                PartyCategory.class,
                                at + ".thresholds." + name,
                                p,
                                true);
                        BigDecimal t = amount(many.get(name), at + ".thresholds." + name, p);
                        if (c != null && t != null) {
                            thresholds.put(c, t);
                        }
                    }
                }
                return f == null || thresholds.isEmpty() ? null : Condition.amountAtLeast(f, thresholds);
            }
            case "countAtLeast": {
                if (!objectWith(v, Set.of("fact", "atLeast"), at, p)) {
                    return null;
                }
                Fact f = fact(v.get("fact"), at + ".fact", p, EnumSet.of(Fact.Type.COUNT, Fact.Type.KINDS));
                JsonNode a = v.get("atLeast");
                if (a == null || !a.isInt() || a.asInt() < 0) {
                    p.add(at + ".atLeast", "atLeast 必须是非负整数", "atLeast must be a non-negative integer");
                    return null;
                }
                return f == null ? null : Condition.countAtLeast(f, a.asInt());
            }
            case "all":
            case "any": {
                if (!v.isArray() || v.isEmpty()) {
                    p.add(at, key + " 必须是非空数组", key + " must be a non-empty array");
                    return null;
                }
                List<Condition> parts = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    Condition c = condition(v.get(i), at + "[" + i + "]", p);
                    if (c != null) {
                        parts.add(c);
                    }
                }
                if (parts.size() != v.size()) {
                    return null;
                }
                return key.equals("all") ? Condition.all(parts) : Condition.any(parts);
            }
            case "not": {
                Condition c = condition(v, at, p);
                return c == null ? null : Condition.not(c);
            }
            default:
                p.add(at, "未知的条件类型：" + key, "unknown condition: " + key);
                return null;
        }
    }

    private static boolean objectWith(JsonNode v, Set<String> allowed, String at, Problems p) {
        if (!v.isObject()) {
            p.add(at, "必须是 JSON 对象", "must be a JSON object");
            return false;
        }
        unknownFields(v, allowed, at, p);
        return true;
    }

    private static Fact fact(JsonNode v, String at, Problems p, Set<Fact.Type> types) {
        if (v == null || !v.isTextual()) {
            p.add(at, "缺少事实名称", "a fact name is required");
            return null;
        }
        Optional<Fact> f = Fact.byJsonName(v.asText());
        if (f.isEmpty()) {
            p.add(at, "未知的事实：" + v.asText(), "unknown fact: " + v.asText());
            return null;
        }
        if (!types.contains(f.get().type())) {
            p.add(
                    at,
                    "事实 " + v.asText() + " 的类型是 " + f.get().type() + "，此处需要 " + types,
                    "fact " + v.asText() + " is " + f.get().type() + ", here one of " + types + " is needed");
            return null;
        }
        return f.get();
    }

    private static Enum<?> enumOf(Fact f, String name) {
        if (f.type() == Fact.Type.KINDS) {
            Optional<Set<PenaltyKind>> k = PenaltyKind.parse(name);
            return k.isPresent() && k.get().size() == 1 ? k.get().iterator().next() : null;
        }
        for (Enum<?> e : f.valueEnum().orElseThrow().getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static Citation citation(JsonNode c, String path, Problems p) {
        if (c == null || !c.isObject()) {
            p.add(path, "缺少法律依据 citation", "citation {law, article, paragraph, item, text} is required");
            return null;
        }
        unknownFields(c, CITATION_FIELDS, path, p);
        String law = text(c.get("law"), path + ".law", p, true);
        String article = text(c.get("article"), path + ".article", p, true);
        Optional<String> paragraph = Optional.ofNullable(text(c.get("paragraph"), path + ".paragraph", p, false));
        Optional<String> item = Optional.ofNullable(text(c.get("item"), path + ".item", p, false));
        Optional<String> quote = Optional.ofNullable(text(c.get("text"), path + ".text", p, false));
        return law == null || article == null ? null : new Citation(law, article, paragraph, item, quote);
    }

    static Jurisdiction jurisdiction(JsonNode j, String path, Problems p, String code) {
        if (j == null || !j.isObject()) {
            p.add(path, "缺少管辖 jurisdiction", "jurisdiction {region, department} is required");
            return null;
        }
        unknownFields(j, JURISDICTION_FIELDS, path, p);
        String region = text(j.get("region"), path + ".region", p, true);
        String dept = text(j.get("department"), path + ".department", p, false);
        if (region != null && !Jurisdiction.isValidRegion(region)) {
            p.add(path + ".region", "地区必须是 CN 或 6 位行政区划代码", "region must be CN or a 6-digit division code");
            return null;
        }
        return region == null ? null : Jurisdiction.of(region, dept);
    }

    static LocalDate date(JsonNode d, String path, Problems p, boolean required) {
        if (d == null || d.isNull()) {
            if (required) {
                p.add(path, "缺少日期", "a date is required");
            }
            return null;
        }
        try {
            String text = d.asText();
            if (!d.isTextual() || text.length() != 10) { // ISO would also take +999999999-12-31: four-digit years only
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            p.add(path, "日期格式应为 YYYY-MM-DD", "a date must be YYYY-MM-DD");
            return null;
        }
    }

    static String text(JsonNode t, String path, Problems p, boolean required) {
        if (t == null || t.isNull()) {
            if (required) {
                p.add(path, "缺少必填字段", "this field is required");
            }
            return null;
        }
        if (!t.isTextual() && !t.isNumber()) {
            p.add(path, "必须是字符串", "must be a string");
            return null;
        }
        String s = t.asText().strip();
        if (s.isEmpty()) {
            p.add(path, "不能为空", "must not be blank");
            return null;
        }
        return s;
    }

    private static BigDecimal amount(JsonNode a, String path, Problems p) {
        if (a == null || !a.isNumber() || a.decimalValue().signum() < 0) {
            p.add(path, "数额必须是非负数（元）", "an amount must be a non-negative number of yuan");
            return null;
        }
        return a.decimalValue();
    }

    static <E extends Enum<E>> E enumValue(JsonNode v, Class<E> type, String path, Problems p, boolean req) {
        if (v == null || v.isNull()) {
            if (req) {
                p.add(path, "缺少必填字段", "this field is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v.asText().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.add(
                    path,
                    "取值无效：" + v.asText() + "，可选 " + List.of(type.getEnumConstants()),
                    "invalid value " + v.asText() + ", one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    static void unknownFields(JsonNode n, Set<String> allowed, String path, Problems p) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                p.add(path.isEmpty() ? name : path + "." + name, "未知字段：" + name, "unknown field: " + name);
            }
        }
    }

    /**
     * Reads a case file.
     *
     * @param file the file
     * @return the facts
     */
    public static CaseFacts readCase(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readCase(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a case.
     *
     * @param in the input
     * @param source its name
     * @return the facts
     */
    public static CaseFacts readCase(InputStream in, String source) {
        JsonNode root = ZhifaJson.readTree(in, source);
        Problems p = new Problems(ReviewDataException.FACTS, source);
        if (!root.isObject()) {
            p.add("", "案件事实必须是 JSON 对象", "case facts must be a JSON object");
            p.throwIfAny();
        }
        unknownFields(root, CASE_FIELDS, "", p);
        LocalDate date = date(root.get("decisionDate"), "decisionDate", p, true);
        Jurisdiction place = jurisdiction(root.get("jurisdiction"), "jurisdiction", p, ReviewDataException.FACTS);
        JsonNode facts = root.get("facts");
        if (facts != null && !facts.isObject()) {
            p.add("facts", "facts 必须是 JSON 对象", "facts must be a JSON object");
        }
        if (date == null || place == null || (facts != null && !facts.isObject())) {
            p.throwIfAny();
        }
        CaseFacts.Builder b = CaseFacts.builder(date, place);
        if (facts != null) {
            for (Iterator<String> it = facts.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode v = facts.get(name);
                String at = "facts." + name;
                Optional<Fact> f = Fact.byJsonName(name);
                if (f.isEmpty()) {
                    p.add(at, "未知的事实：" + name, "unknown fact: " + name);
                    continue;
                }
                if (v.isNull()) {
                    continue; // explicitly unknown
                }
                Object value = factValue(f.get(), v, at, p);
                if (value != null) {
                    b.set(f.get(), value);
                }
            }
        }
        p.throwIfAny();
        return b.build();
    }

    private static Object factValue(Fact f, JsonNode v, String at, Problems p) {
        switch (f.type()) {
            case FLAG:
                if (!v.isBoolean()) {
                    p.add(at, "必须是 true 或 false", "must be true or false");
                    return null;
                }
                return v.asBoolean();
            case AMOUNT:
                return amount(v, at, p);
            case COUNT:
                if (!v.isInt() || v.asInt() < 0) {
                    p.add(at, "必须是非负整数", "must be a non-negative integer");
                    return null;
                }
                return v.asInt();
            case CATEGORY: {
                Enum<?> e = v.isTextual() ? enumOf(f, v.asText().strip().toUpperCase(Locale.ROOT)) : null;
                if (e == null) {
                    p.add(
                            at,
                            "取值无效：" + v + "，可选 "
                                    + List.of(f.valueEnum().orElseThrow().getEnumConstants()),
                            "invalid value " + v + ", one of "
                                    + List.of(f.valueEnum().orElseThrow().getEnumConstants()));
                }
                return e;
            }
            case KINDS:
            default: {
                if (!v.isArray()) {
                    p.add(at, "必须是处罚种类数组", "must be an array of penalty kinds");
                    return null;
                }
                Set<PenaltyKind> kinds = new LinkedHashSet<>();
                boolean ok = true;
                for (int i = 0; i < v.size(); i++) {
                    Optional<Set<PenaltyKind>> k =
                            v.get(i).isTextual() ? PenaltyKind.parse(v.get(i).asText()) : Optional.empty();
                    if (k.isEmpty()) {
                        ok = false;
                        p.add(at + "[" + i + "]", "未知的处罚种类：" + v.get(i), "unknown penalty kind: " + v.get(i));
                    } else {
                        kinds.addAll(k.get());
                    }
                }
                return ok ? kinds : null;
            }
        }
    }
}
