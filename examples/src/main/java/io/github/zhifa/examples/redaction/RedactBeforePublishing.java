package io.github.zhifa.examples.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.disclosure.redact.Finding;
import io.github.zhifa.disclosure.redact.PayloadRedaction;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionResult;
import io.github.zhifa.disclosure.redact.Redactor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * A department system about to publish a penalty decision: it redacts the decision text and the 双公示 record with
 * one {@link Redactor}, keeps the report (which never holds the raw values) for its audit trail, and publishes the
 * redacted forms. All data here are invented; the ID number is the GB 11643 example.
 */
public final class RedactBeforePublishing {
    private RedactBeforePublishing() {}

    static final String DECISION = "当事人：张建国，男，1972年8月3日出生，身份证号码：11010519491231002X，"
            + "住杭州市西湖区文三路90号2幢301室，联系电话：13900001111。\n"
            + "经查，张建国在其经营的小吃店使用工艺配方K-9生产的调味品不符合食品安全标准。"
            + "依据《中华人民共和国食品安全法》第一百二十四条，本局决定罚款人民币20000元。";

    static final String RECORD = "{\"CF_WSH\":\"杭西市监罚〔2024〕88号\",\"CF_XDR_MC\":\"张建国\",\"CF_XDR_LB\":\"自然人\","
            + "\"CF_XDR_ZJLX\":\"身份证\",\"CF_XDR_ZJHM\":\"11010519491231002X\","
            + "\"CF_SY\":\"张建国使用工艺配方K-9生产的调味品不符合食品安全标准\",\"CF_NR_FK\":\"2\",\"CF_JDRQ\":\"2024-05-06\"}";

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // one redactor per profile and term list; thread-safe, reuse it
        byte[] salt = HexFormat.of().parseHex("8f1c2a7d4e6b90a1c3d5e7f9021b4d6f"); // from the host's secret store
        Redactor redactor = Redactor.builder()
                .profile(RedactionProfile.builtIn("court"))
                .secretTerms(List.of("工艺配方K-9"))
                .fingerprintSalt(salt)
                .build();

        RedactionResult text = redactor.redact(DECISION);
        System.out.println("decision as published:");
        System.out.println(text.text());
        System.out.println("audit trail (kind, position, masked form, salted fingerprint):");
        for (Finding f : text.report().findings()) {
            System.out.println("  " + f.type() + " " + f.start() + "+" + f.length() + " -> " + f.masked() + " #"
                    + f.fingerprint());
        }

        JsonNode record =
                ZhifaJson.readTree(new ByteArrayInputStream(RECORD.getBytes(StandardCharsets.UTF_8)), "record.json");
        PayloadRedaction published = redactor.redactPayload(record);
        System.out.println("双公示 record as published:");
        System.out.println(published.payload().toString());
        System.out.println("fields changed: "
                + published.report().findings().stream()
                        .map(Finding::path)
                        .distinct()
                        .toList());
    }
}
