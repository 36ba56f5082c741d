package io.github.zhifa.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.review.ReviewDataException;
import io.github.zhifa.review.inspection.Inspection;
import io.github.zhifa.review.inspection.InspectionKind;
import io.github.zhifa.review.inspection.InspectionPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads inspection files. */
public final class InspectionReader {
    private static final Set<String> FIELDS = Set.of(
            "inspectionId",
            "kind",
            "urgent",
            "inspectionDate",
            "approvalDate",
            "noticeDate",
            "enterprise",
            "inspectionsThisYear",
            "policy");
    private static final Set<String> POLICY_FIELDS = Set.of("advanceNoticeWorkingDays", "annualCapPerEnterprise");

    private InspectionReader() {}

    /**
     * Reads an inspection file.
     *
     * @param file the file
     * @return the inspection and policy
     */
    public static Inspection.File read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an inspection.
     *
     * @param in the input
     * @param source its name
     * @return the inspection and policy
     */
    public static Inspection.File read(InputStream in, String source) {
        JsonNode root = ZhifaJson.readTree(in, source);
        Problems p = new Problems(ReviewDataException.INSPECTION, source);
        if (!root.isObject()) {
            p.add("", "检查记录必须是 JSON 对象", "an inspection must be a JSON object");
            p.throwIfAny();
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!FIELDS.contains(n)) {
                p.add(n, "未知字段：" + n, "unknown field: " + n);
            }
        }
        InspectionKind kind = null;
        JsonNode k = root.get("kind");
        if (k == null || !k.isTextual()) {
            p.add("kind", "缺少检查类型 kind", "kind is required, one of " + List.of(InspectionKind.values()));
        } else {
            try {
                kind = InspectionKind.valueOf(k.asText());
            } catch (IllegalArgumentException e) {
                p.add(
                        "kind",
                        "检查类型无效：" + k.asText(),
                        "invalid kind " + k.asText() + ", one of " + List.of(InspectionKind.values()));
            }
        }
        JsonNode u = root.get("urgent");
        if (u != null && !u.isBoolean()) {
            p.add("urgent", "必须是 true 或 false", "must be true or false");
        }
        LocalDate day = date(root, "inspectionDate", p, true);
        LocalDate approval = date(root, "approvalDate", p, false);
        LocalDate notice = date(root, "noticeDate", p, false);
        JsonNode e = root.get("enterprise");
        if (e != null && !e.isNull() && !e.isTextual()) {
            p.add("enterprise", "必须是字符串", "must be a string");
        }
        Integer count = count(root.get("inspectionsThisYear"), "inspectionsThisYear", p);
        InspectionPolicy policy = InspectionPolicy.defaults();
        JsonNode pol = root.get("policy");
        if (pol != null && !pol.isNull()) {
            if (!pol.isObject()) {
                p.add("policy", "必须是 JSON 对象", "must be a JSON object");
            } else {
                for (Iterator<String> it = pol.fieldNames(); it.hasNext(); ) {
                    String n = it.next();
                    if (!POLICY_FIELDS.contains(n)) {
                        p.add("policy." + n, "未知字段：" + n, "unknown field: " + n);
                    }
                }
                Integer days = count(pol.get("advanceNoticeWorkingDays"), "policy.advanceNoticeWorkingDays", p);
                Integer cap = count(pol.get("annualCapPerEnterprise"), "policy.annualCapPerEnterprise", p);
                if (cap != null && cap < 1) {
                    p.add("policy.annualCapPerEnterprise", "上限至少为 1", "the cap must be at least 1");
                    cap = null;
                }
                policy = new InspectionPolicy(days == null ? 5 : days, Optional.ofNullable(cap));
            }
        }
        p.throwIfAny();
        Inspection i = new Inspection(
                kind,
                u != null && u.asBoolean(),
                day,
                Optional.ofNullable(approval),
                Optional.ofNullable(notice),
                Optional.ofNullable(e == null || e.isNull() ? null : e.asText()),
                Optional.ofNullable(count));
        return new Inspection.File(i, policy);
    }

    private static LocalDate date(JsonNode root, String field, Problems p, boolean required) {
        return JsonReaders.date(root.get(field), field, p, required);
    }

    private static Integer count(JsonNode n, String field, Problems p) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isInt() || n.asInt() < 0) {
            p.add(field, "必须是非负整数", "must be a non-negative integer");
            return null;
        }
        return n.asInt();
    }
}
