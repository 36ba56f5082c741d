package io.github.zhifa.modulepath.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.calendar.ChinaCalendar;
import io.github.zhifa.calendar.LegalPeriod;
import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.core.validation.ZhifaValidation;
import io.github.zhifa.disclosure.BatchResult;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureSamples;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.ParsedBatch;
import io.github.zhifa.disclosure.RecordKind;
import io.github.zhifa.disclosure.redact.Finding;
import io.github.zhifa.disclosure.redact.PayloadRedaction;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionResult;
import io.github.zhifa.disclosure.redact.Redactor;
import io.github.zhifa.recording.BagPacker;
import io.github.zhifa.recording.BagReport;
import io.github.zhifa.recording.BagVerifier;
import io.github.zhifa.recording.Digests;
import io.github.zhifa.recording.FileHasher;
import io.github.zhifa.recording.PackResult;
import io.github.zhifa.recording.Sm3;
import io.github.zhifa.recording.coverage.FullRecordingActivities;
import io.github.zhifa.recording.log.CaseLog;
import io.github.zhifa.recording.log.InclusionProof;
import io.github.zhifa.recording.log.TreeHead;
import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Evaluation;
import io.github.zhifa.review.ExampleCases;
import io.github.zhifa.review.Rule;
import io.github.zhifa.review.RuleSet;
import io.github.zhifa.review.Topic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * Exercises every zhifa library module from a named module and prints one {@code key=value} line per result, for
 * the test to check. Usage: {@code Smoke WORK_DIR}.
 */
public final class Smoke {
    private Smoke() {}

    /**
     * Runs the checks.
     *
     * @param args a writable, empty directory
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path work = Path.of(args[0]);
        out.println("module=" + Smoke.class.getModule().getName() + " core="
                + ZhifaJson.class.getModule().getName());

        // calendar: the bundled official schedule (2024: 1-7 Oct off, Sat 12 Oct worked)
        out.println("calendar.deadline="
                + LegalPeriod.workingDays(7)
                        .after(LocalDate.of(2024, 9, 27), ChinaCalendar.official())
                        .end());

        // core: Jackson binds the domain records, Hibernate Validator checks them with the bilingual bundle
        Decision decision = ZhifaJson.read(bytes(DECISION), "decision.json", Decision.class);
        out.println("core.decisionDate=" + decision.decisionDate());
        for (Violation v : ZhifaValidation.validate(decision)) {
            out.println("core.violation=" + v.code() + " " + v.path() + " | " + v.messageZh() + " | " + v.messageEn());
        }

        for (Violation v : ZhifaValidation.validate(new HostRecord("11010519491231002X", "91350100M000100Y44"))) {
            out.println("core.host=" + v.code() + " " + v.path() + " | " + v.messageZh() + " | " + v.messageEn());
        }

        // disclosure: JSON read through ZhifaJson, validated, deadlines from the bundled disclosure-rules.json
        DisclosureDeadlines deadlines = DisclosureDeadlines.standard();
        DisclosureValidator validator =
                DisclosureValidator.builder().deadlines(deadlines).build();
        ParsedBatch batch = DisclosureFormat.readJson(bytes(PENALTY), "penalty.json", RecordKind.PENALTY);
        BatchResult result = validator.validate(batch, LocalDate.of(2024, 10, 10));
        out.println("disclosure.valid=" + result.validCount() + "/"
                + result.records().size());
        for (Violation v : result.allViolations()) {
            out.println("disclosure.violation=" + v.code() + " " + v.path());
        }
        for (String name : DisclosureSamples.names()) { // bundled samples: resources of another package
            out.println("disclosure.sample=" + name + " "
                    + DisclosureSamples.read(name).records().size());
        }
        out.println("disclosure.withdraw="
                + deadlines.withdrawal(LocalDate.of(2024, 9, 30)).end());

        // redaction: a bundled profile and the bundled payload field table
        Redactor redactor = Redactor.of(RedactionProfile.builtIn("court"));
        RedactionResult text = redactor.redact("身份证号码：11010519491231002X，联系电话：13900001111。");
        out.println("redact.text=" + text.text());
        JsonNode record = ZhifaJson.readTree(bytes(REDACT_RECORD), "record.json");
        PayloadRedaction payload = redactor.redactPayload(record);
        out.println("redact.fields="
                + payload.report().findings().stream()
                        .map(Finding::path)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining(",")));
        out.println("redact.profiles=" + String.join(",", RedactionProfile.builtInNames()));

        // review: the bundled national baseline
        Files.writeString(work.resolve("case.json"), CASE, StandardCharsets.UTF_8);
        Evaluation review = RuleSet.bundled().evaluate(CaseFacts.read(work.resolve("case.json")));
        out.println("review.outcome=" + review.outcome(Topic.LEGAL_REVIEW));
        out.println("review.fired="
                + review.topic(Topic.LEGAL_REVIEW).fired().stream()
                        .map(Rule::citation)
                        .map(c -> c.reference())
                        .collect(Collectors.joining(",")));

        out.println("review.example="
                + RuleSet.bundled()
                        .evaluate(ExampleCases.load("not-required-warning"))
                        .outcome(Topic.LEGAL_REVIEW));

        // recording: SM3 and SHA-256, BagIt pack and verify, case log append and proof, bundled activity list
        out.println("recording.sm3abc="
                + HexFormat.of().formatHex(Sm3.hash(bytes("abc").readAllBytes())));
        Path folder = Files.createDirectories(work.resolve("case/evidence"));
        Files.writeString(folder.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        Digests d = FileHasher.hash(folder.resolve("abc.txt"));
        out.println("recording.file.sm3=" + d.sm3());
        out.println("recording.file.sha256=" + d.sha256());
        PackResult packed = BagPacker.builder().build().pack(work.resolve("case"), work.resolve("bag"));
        BagReport report = BagVerifier.verify(packed.bag());
        out.println("recording.bag.valid=" + report.valid() + " files="
                + packed.manifest().items().size());
        CaseLog log = CaseLog.open(work.resolve("log"));
        log.append(d.sha256(), "first");
        long index = log.append(packed.tagManifestSha256(), "bag").index();
        TreeHead head = log.head();
        InclusionProof proof = log.proveInclusion(index, head.treeSize());
        out.println("recording.log.size=" + head.treeSize() + " proof=" + proof.verify(head) + " reopened="
                + CaseLog.open(work.resolve("log")).head().equals(head));
        out.println("recording.activities="
                + !FullRecordingActivities.bundled().activities().isEmpty());
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final String DECISION =
            """
            {
              "documentNumber": "厦思市监罚〔2024〕12号",
              "category": "PENALTY",
              "body": { "name": "厦门市思明区市场监督管理局", "creditCode": "11350203MB0123456M", "regionCode": "350203" },
              "officers": [
                { "name": "陈明", "certificateNumber": "35020319001", "qualifiedFrom": "2022-01-01", "qualifiedUntil": "2026-12-31" },
                { "name": "林华", "certificateNumber": "35020319002", "qualifiedFrom": "2022-01-01", "qualifiedUntil": null }
              ],
              "party": { "kind": "NATURAL_PERSON", "name": "张三", "creditCode": null, "idNumber": "110105194912310021" },
              "filedDate": "2024-03-01",
              "decisionDate": "2024-04-15",
              "servedDate": "2024-04-17",
              "conclusion": "警告",
              "legalBasis": [ { "law": "中华人民共和国行政处罚法", "article": 9, "paragraph": null, "item": 1 } ]
            }
            """;

    private static final String PENALTY =
            """
            [
              {
                "CF_XDR_MC": "北京示例餐饮管理有限公司", "CF_XDR_LB": "法人及非法人组织",
                "CF_XDR_SHXYM": "91110105MA00FJ2K7R", "CF_FRDB": "王五",
                "CF_WSH": "京朝市监处罚〔2024〕1234号", "CF_WFXW": "经营超过保质期的食品",
                "CF_SY": "当事人在其经营场所销售超过保质期的预包装食品。",
                "CF_YJ": "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                "CF_CFLB": "罚款", "CF_NR": "罚款人民币5万元", "CF_NR_FK": 5, "CF_JDRQ": "2024-09-27",
                "CF_CFJG": "北京市朝阳区市场监督管理局", "CF_CFJGDM": "11110105000013411C",
                "CF_SJLY": "北京市朝阳区市场监督管理局", "CF_SJLYDM": "11110105000013411C"
              },
              {
                "CF_XDR_MC": "北京示例餐饮管理有限公司", "CF_XDR_LB": "法人及非法人组织",
                "CF_XDR_SHXYM": "91110105MA00FJ2K7A", "CF_FRDB": "王五",
                "CF_WSH": "京朝市监处罚〔2024〕1235号", "CF_WFXW": "经营超过保质期的食品",
                "CF_SY": "当事人在其经营场所销售超过保质期的预包装食品。",
                "CF_YJ": "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                "CF_CFLB": "罚款", "CF_NR": "罚款人民币5万元", "CF_NR_FK": 5, "CF_JDRQ": "2024-09-27",
                "CF_CFJG": "北京市朝阳区市场监督管理局", "CF_CFJGDM": "11110105000013411C",
                "CF_SJLY": "北京市朝阳区市场监督管理局", "CF_SJLYDM": "11110105000013411C"
              }
            ]
            """;

    private static final String REDACT_RECORD = "{\"CF_WSH\":\"杭西市监罚〔2024〕88号\",\"CF_XDR_MC\":\"张建国\","
            + "\"CF_XDR_LB\":\"自然人\",\"CF_XDR_ZJLX\":\"身份证\",\"CF_XDR_ZJHM\":\"11010519491231002X\","
            + "\"CF_JDRQ\":\"2024-05-06\"}";

    private static final String CASE =
            """
            {
              "caseId": "modulepath-smoke",
              "decisionDate": "2025-02-10",
              "jurisdiction": { "region": "440300" },
              "facts": {
                "majorPublicInterest": false, "majorSocialImpact": false, "majorRights": false, "complex": false,
                "reviewRequiredByLaw": true, "hearingHeld": false, "largeFine": false, "largeConfiscation": false,
                "otherSeriousPenalty": false, "hearingRequiredByLaw": false,
                "decisionCategory": "PENALTY", "partyCategory": "NATURAL_PERSON",
                "penaltyKinds": [ "CONFISCATE_INCOME" ], "confiscatedIncome": 3000
              }
            }
            """;
}
