package io.github.zhifa.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.Citation;
import io.github.zhifa.review.Condition;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.ReviewDataException;
import io.github.zhifa.review.Verification;
import io.github.zhifa.review.exemption.ExemptionItem;
import io.github.zhifa.review.exemption.ExemptionKind;
import io.github.zhifa.review.exemption.ExemptionList;
import io.github.zhifa.review.exemption.ListedViolation;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads exemption lists (format {@code zhifa-exemption-list/1}), reporting every problem with its item and field. */
public final class ExemptionReader {
    private static final Set<String> LIST_FIELDS =
            Set.of("format", "name", "description", "issuer", "jurisdiction", "effective", "verification", "items");
    private static final Set<String> ITEM_FIELDS = Set.of(
            "id",
            "kind",
            "violation",
            "basis",
            "when",
            "correctedWithinDays",
            "jurisdiction",
            "effective",
            "verification",
            "note");
    private static final Set<String> VIOLATION_FIELDS = Set.of("code", "description", "violatedBasis", "penaltyBasis");

    private ExemptionReader() {}

    /**
     * Reads an exemption list.
     *
     * @param in the input
     * @param source its name
     * @return the list
     */
    public static ExemptionList read(InputStream in, String source) {
        JsonNode root = ZhifaJson.readTree(in, source);
        Problems p = new Problems(ReviewDataException.EXEMPTIONS, source);
        if (!root.isObject()) {
            p.add("", "清单文件必须是 JSON 对象", "an exemption list must be a JSON object");
            p.throwIfAny();
        }
        JsonReaders.unknownFields(root, LIST_FIELDS, "", p);
        JsonNode format = root.get("format");
        if (format == null || !ExemptionList.FORMAT.equals(format.asText())) {
            p.add("format", "format 必须为 " + ExemptionList.FORMAT, "format must be " + ExemptionList.FORMAT);
        }
        String name = JsonReaders.text(root.get("name"), "name", p, true);
        String description = JsonReaders.text(root.get("description"), "description", p, false);
        String issuer = JsonReaders.text(root.get("issuer"), "issuer", p, true);
        Jurisdiction place =
                JsonReaders.jurisdiction(root.get("jurisdiction"), "jurisdiction", p, ReviewDataException.EXEMPTIONS);
        JsonReaders.Effective period = JsonReaders.effective(root.get("effective"), "effective", p, true);
        Verification verification = JsonReaders.verification(root.get("verification"), "verification", p, true);
        JsonNode list = root.get("items");
        if (list == null || !list.isArray() || list.isEmpty()) {
            p.add("items", "缺少清单事项数组 items（至少一项）", "items must be a non-empty array");
            p.throwIfAny();
        }
        List<ExemptionItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            JsonNode idNode = n.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            String path = "items[" + i + "]" + (id == null ? "" : "(" + id + ")");
            if (id != null && !ids.add(id)) {
                p.add(path + ".id", "清单事项编号重复：" + id, "duplicate item id " + id);
            }
            item(n, id, path, place, period, verification, p).ifPresent(items::add);
        }
        p.throwIfAny();
        return ExemptionList.of(name, Optional.ofNullable(description), issuer, place, verification, items);
    }

    private static Optional<ExemptionItem> item(
            JsonNode n,
            String id,
            String path,
            Jurisdiction listPlace,
            JsonReaders.Effective listPeriod,
            Verification listVerification,
            Problems p) {
        if (!n.isObject()) {
            p.add(path, "清单事项必须是 JSON 对象", "an item must be a JSON object");
            return Optional.empty();
        }
        boolean before = p.isEmpty();
        JsonReaders.unknownFields(n, ITEM_FIELDS, path, p);
        if (id == null || !id.matches("[A-Za-z0-9_.\\-]{1,60}")) {
            p.add(path + ".id", "事项编号缺失或含非法字符", "id is missing or not [A-Za-z0-9_.-]{1,60}");
        }
        ExemptionKind kind = null;
        JsonNode k = n.get("kind");
        if (k == null || !k.isTextual()) {
            p.add(path + ".kind", "缺少清单类别 kind", "kind is required");
        } else if (k.asText().strip().equals("免予处罚") || k.asText().strip().equals("免罚")) {
            p.add(
                    path + ".kind",
                    "“免予处罚”不明确：按清单所依据的法条写明 不予处罚（行政处罚法第三十三条第一款第一句、第二款）或 可以不予处罚（第一款第二句）",
                    "免予处罚 is ambiguous: say 不予处罚 / NO_PENALTY (art. 33 para. 1 first sentence, para. 2) or"
                            + " 可以不予处罚 / NO_PENALTY_PERMITTED (art. 33 para. 1 second sentence), as the list's"
                            + " basis says");
        } else {
            kind = ExemptionKind.parse(k.asText()).orElse(null);
            if (kind == null) {
                p.add(
                        path + ".kind",
                        "清单类别无效，可选 不予处罚、可以不予处罚、减轻处罚、从轻处罚 或 " + List.of(ExemptionKind.values()),
                        "invalid kind, one of 不予处罚, 可以不予处罚, 减轻处罚, 从轻处罚 or " + List.of(ExemptionKind.values()));
            }
        }
        ListedViolation violation = violation(n.get("violation"), path + ".violation", p);
        Citation basis = null;
        JsonNode b = n.get("basis");
        if (b != null) {
            basis = JsonReaders.citation(b, path + ".basis", p);
        } else if (kind != null) {
            basis = kind.defaultBasis().orElse(null);
            if (basis == null) {
                p.add(
                        path + ".basis",
                        kind.zh() + " 事项须写明依据 basis（如裁量基准的条款）",
                        "a " + kind + " item needs its basis (e.g. the discretion standard's provision)");
            }
        }
        Condition condition = null;
        JsonNode when = n.get("when");
        if (when == null) {
            p.add(path + ".when", "缺少适用条件 when", "when (the condition) is required");
        } else {
            condition = JsonReaders.condition(when, path + ".when", p);
        }
        JsonNode within = n.get("correctedWithinDays");
        if (within != null) {
            if (!within.isInt() || within.asInt() < 0 || within.asInt() > 3650) {
                p.add(
                        path + ".correctedWithinDays",
                        "correctedWithinDays 必须是 0 到 3650 的整数（日）",
                        "correctedWithinDays must be an integer from 0 to 3650 (days)");
            } else if (condition != null) {
                condition = Condition.all(List.of(
                        condition,
                        Condition.flag(Fact.CORRECTED_IN_TIME),
                        Condition.not(Condition.countAtLeast(Fact.CORRECTION_DAYS, within.asInt() + 1))));
            }
        }
        Jurisdiction place = listPlace;
        if (n.get("jurisdiction") != null) {
            place = JsonReaders.jurisdiction(
                    n.get("jurisdiction"), path + ".jurisdiction", p, ReviewDataException.EXEMPTIONS);
            if (place != null && listPlace != null && !within(listPlace, place)) {
                p.add(
                        path + ".jurisdiction",
                        "事项管辖（" + place + "）超出清单管辖（" + listPlace + "）",
                        "the item's jurisdiction " + place + " is outside the list's " + listPlace);
            }
        }
        JsonReaders.Effective period = listPeriod;
        if (n.get("effective") != null) {
            period = JsonReaders.effective(n.get("effective"), path + ".effective", p, true);
            if (period != null && listPeriod != null && !inside(period, listPeriod)) {
                p.add(path + ".effective", "事项生效期间超出清单生效期间", "the item's effective dates are outside the list's");
            }
        }
        Verification verification = listVerification;
        if (n.get("verification") != null) {
            verification = JsonReaders.verification(n.get("verification"), path + ".verification", p, true);
        }
        String note = JsonReaders.text(n.get("note"), path + ".note", p, false);
        if (!before || !p.isEmpty() || place == null || period == null || verification == null) {
            return Optional.empty();
        }
        return Optional.of(new ExemptionItem(
                id,
                kind,
                violation,
                basis,
                condition,
                place,
                period.from(),
                period.until(),
                verification,
                Optional.ofNullable(note)));
    }

    /** Whether a narrower jurisdiction lies within a list's: its region inside, and the department the same if set. */
    private static boolean within(Jurisdiction list, Jurisdiction item) {
        return list.covers(item) && item.specificity() >= list.specificity();
    }

    private static boolean inside(JsonReaders.Effective item, JsonReaders.Effective list) {
        if (item.from().isBefore(list.from())) {
            return false;
        }
        if (list.until().isEmpty()) {
            return true;
        }
        return item.until().isPresent()
                && !item.until().get().isAfter(list.until().get());
    }

    private static ListedViolation violation(JsonNode v, String path, Problems p) {
        if (v == null || !v.isObject()) {
            p.add(path, "缺少违法行为 violation", "violation {code, description, violatedBasis, penaltyBasis} is required");
            return null;
        }
        JsonReaders.unknownFields(v, VIOLATION_FIELDS, path, p);
        String code = JsonReaders.text(v.get("code"), path + ".code", p, true);
        String description = JsonReaders.text(v.get("description"), path + ".description", p, true);
        Citation violated = JsonReaders.citation(v.get("violatedBasis"), path + ".violatedBasis", p);
        Citation penalty = JsonReaders.citation(v.get("penaltyBasis"), path + ".penaltyBasis", p);
        if (code == null || description == null || violated == null || penalty == null) {
            return null;
        }
        return new ListedViolation(code, description, violated, penalty);
    }
}
