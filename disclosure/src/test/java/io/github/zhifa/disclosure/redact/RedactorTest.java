package io.github.zhifa.disclosure.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    /** The GB 11643 example number. */
    private static final String VALID_ID = "11010519491231002X";
    /** The same number with a wrong check character. */
    private static final String WRONG_CHECK = "110105194912310021";
    /** A valid unified social credit code (GB 32100 example). */
    private static final String USCC = "91350100M000100Y43";

    private static final Redactor DEFAULT = Redactor.of(RedactionProfile.defaults());

    @Test
    void residentIdWithRightCheckIsMaskedWholeAndWrongCheckIsNot() {
        RedactionResult r = DEFAULT.redact("身份证号码：" + VALID_ID + "，合同编号" + WRONG_CHECK + "。");
        assertThat(r.text()).isEqualTo("身份证号码：******************，合同编号" + WRONG_CHECK + "。");
        assertThat(r.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(PiiType.RESIDENT_ID);
            assertThat(f.start()).isEqualTo(6);
            assertThat(f.length()).isEqualTo(18);
        });
    }

    @Test
    void strictMasksIdShapedNumbersWithAWrongCheckCharacter() {
        RedactionResult r = Redactor.of(RedactionProfile.builtIn("strict")).redact("编号" + WRONG_CHECK);
        assertThat(r.text()).isEqualTo("编号[证件号]");
        assertThat(r.report().counts()).containsEntry(PiiType.UNCHECKED_ID, 1L);
    }

    @Test
    void publicItemsOfALegalPersonStay() {
        String text = "当事人：杭州云帆科技有限公司，统一社会信用代码：" + USCC + "，住所：杭州市西湖区文三路90号，"
                + "杭西市监罚〔2024〕15号，依据《中华人民共和国行政处罚法》第二十八条第一款，罚款人民币20000元，2024年3月1日。";
        assertThat(DEFAULT.redact(text).text()).isEqualTo(text);
    }

    @Test
    void courtProfileNumbersPartiesSharingASurname() {
        String text = "当事人：张三，男。当事人：张四，女。张三与张四系夫妻。";
        RedactionResult r = Redactor.of(RedactionProfile.builtIn("court")).redact(text);
        assertThat(r.text()).isEqualTo("当事人：张某甲，男。当事人：张某乙，女。张某甲与张某乙系夫妻。");
    }

    @Test
    void compoundSurnamesAndTransliteratedNamesKeepTheirFirstPart() {
        Redactor court = Redactor.of(RedactionProfile.builtIn("court"));
        assertThat(court.redact("当事人：欧阳明华，男。").text()).isEqualTo("当事人：欧阳某，男。");
        assertThat(court.redact("当事人：买买提·艾力，男。").text()).isEqualTo("当事人：买某，男。");
    }

    @Test
    void mentionsBeforeTheCueAreRedactedInAWholeText() {
        String text = "关于王小明无证经营一案。当事人：王小明，男。";
        assertThat(DEFAULT.redact(text).text()).isEqualTo("关于王某无证经营一案。当事人：王某，男。");
    }

    @Test
    void namesFromTheStructuredRecordAreRedactedEverywhere() {
        RedactionResult r = DEFAULT.redact("经查，赵建国于2024年销售过期食品。", List.of("赵建国"));
        assertThat(r.text()).isEqualTo("经查，赵某于2024年销售过期食品。");
    }

    @Test
    void aProfileIsDataThatCanBeCopiedAndChanged() {
        String json = RedactionProfile.builtIn("court")
                .toJson()
                .replace("\"JIAYI\"", "\"DIGITS\"")
                .replace("\"name\" : \"court\"", "\"name\" : \"mine\"");
        RedactionProfile mine =
                RedactionProfile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
        assertThat(mine.name()).isEqualTo("mine");
        assertThat(Redactor.of(mine).redact("当事人：李一，当事人：李二。").text()).isEqualTo("当事人：李某1，当事人：李某2。");
        RedactionProfile keepPhones =
                mine.with(PiiType.MOBILE, new RedactionProfile.Rule(RedactionProfile.Action.MASK, 3, 4, '*', ""));
        assertThat(Redactor.of(keepPhones).redact("电话13812345678").text()).isEqualTo("电话138****5678");
    }

    @Test
    void badProfilesAreRejectedWithCodeAndPlace() {
        assertThatThrownBy(() -> RedactionProfile.builtIn("lenient"))
                .isInstanceOf(RedactionProfileException.class)
                .hasMessageStartingWith("ZHIFA-RED-001");
        String bad = "{\"name\":\"x\",\"rules\":{\"MOBILE\":{\"action\":\"BLUR\"}}}";
        assertThatThrownBy(() ->
                        RedactionProfile.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(RedactionProfileException.class)
                .hasMessageContaining("ZHIFA-RED-002")
                .hasMessageContaining("/rules/MOBILE/action");
    }

    @Test
    void theReportNeverHoldsTheRawValueAndFingerprintsAreSalted() {
        String text = "当事人：张三，身份证号码：" + VALID_ID + "，电话13812345678。";
        byte[] salt = "0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);
        Redactor salted = Redactor.builder().fingerprintSalt(salt).build();
        RedactionReport report = salted.redact(text).report();
        String json = report.toJson() + report.toText();
        assertThat(json).doesNotContain(VALID_ID, "13812345678", "张三");
        assertThat(report.findings())
                .allSatisfy(f -> assertThat(f.fingerprint()).matches("[0-9a-f]{16}"));
        RedactionReport again = salted.redact("电话13812345678").report();
        assertThat(again.findings().get(0).fingerprint())
                .isEqualTo(report.findings().stream()
                        .filter(f -> f.type() == PiiType.MOBILE)
                        .findFirst()
                        .orElseThrow()
                        .fingerprint());
        byte[] other = "another-salt-of-16-bytes".getBytes(StandardCharsets.UTF_8);
        assertThat(Redactor.builder()
                        .fingerprintSalt(other)
                        .build()
                        .redact("电话13812345678")
                        .report()
                        .findings()
                        .get(0)
                        .fingerprint())
                .isNotEqualTo(again.findings().get(0).fingerprint());
        assertThat(DEFAULT.redact("电话13812345678").report().findings().get(0).fingerprint())
                .isEmpty();
    }

    @Test
    void phonesCardsAndPermitsInTheirUsualSpellings() {
        String text = "手机138-1234-5678，+86 139 8765 4321，座机(010)62751234，0571-87654321-801，"
                + "卡号6222 0212 3456 7890 123，账号4367421234567890123，护照EA1234567、DE1234567，回乡证H12345678，"
                + "车牌粤B·D12345、京A12345，邮箱li.si_88@mail.example.cn。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text())
                .doesNotContain(
                        "1234",
                        "5678",
                        "4321",
                        "62751234",
                        "87654321",
                        "0212",
                        "EA",
                        "DE12",
                        "H123",
                        "D12345",
                        "A12345",
                        "li.si");
        assertThat(r.report().counts())
                .containsEntry(PiiType.MOBILE, 2L)
                .containsEntry(PiiType.LANDLINE, 2L)
                .containsEntry(PiiType.BANK_CARD, 2L)
                .containsEntry(PiiType.PASSPORT, 2L)
                .containsEntry(PiiType.TRAVEL_PERMIT, 1L)
                .containsEntry(PiiType.VEHICLE_PLATE, 2L)
                .containsEntry(PiiType.EMAIL, 1L);
    }

    @Test
    void numbersGluedToALatinLabelAreFound() {
        RedactionResult r = DEFAULT.redact("ID" + VALID_ID + "，Tel13812345678，No.13912345678。");
        assertThat(r.text()).isEqualTo("ID******************，Tel***********，No.***********。");
    }

    @Test
    void addressesKeepTheDistrictAndBirthDatesGo() {
        String text = "男，1980年5月6日出生，汉族，住浙江省杭州市西湖区文三路90号3幢501室，出生日期：1975-03-02。";
        assertThat(DEFAULT.redact(text).text()).isEqualTo("男，****年*月*日出生，汉族，住浙江省杭州市西湖区***，出生日期：****-**-**。");
    }

    @Test
    void secretTermsFromALongListInOnePass() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            terms.add("项目代号" + i);
        }
        terms.add("金盾计划");
        terms.add("盾计划书");
        Redactor r = Redactor.builder().secretTerms(terms).build();
        RedactionResult res = r.redact("涉及项目代号19999与金盾计划书。");
        assertThat(res.text()).isEqualTo("涉及[保密内容]与[保密内容]。");
        assertThat(res.report().counts()).containsEntry(PiiType.SECRET_TERM, 2L);
    }

    @Test
    void redactionIsIdempotentOnEveryProfile() {
        String text = new SyntheticCorpus(42, SyntheticCorpus.secretTerms(5))
                .generate(5)
                .get(0)
                .text();
        for (String p : RedactionProfile.builtInNames()) {
            Redactor r = Redactor.builder()
                    .profile(RedactionProfile.builtIn(p))
                    .secretTerms(SyntheticCorpus.secretTerms(5))
                    .build();
            String once = r.redact(text).text();
            RedactionResult twice = r.redact(once);
            assertThat(twice.text()).as(p).isEqualTo(once);
            assertThat(twice.report().total()).as(p).isZero();
        }
    }

    /** A reader that hands out one character per call: every token straddles a read boundary. */
    static final class Trickle extends Reader {
        private final String s;
        private int i;

        Trickle(String s) {
            this.s = s;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (i >= s.length()) {
                return -1;
            }
            cbuf[off] = s.charAt(i++);
            return 1;
        }

        @Override
        public void close() {}
    }

    @Test
    void streamingGivesTheSameResultAcrossWindowBoundaries() throws IOException {
        Redactor strict = Redactor.builder()
                .profile(RedactionProfile.builtIn("strict"))
                .secretTerms(SyntheticCorpus.secretTerms(50))
                .build();
        StringBuilder big = new StringBuilder();
        for (SyntheticCorpus.Doc d : new SyntheticCorpus(7, SyntheticCorpus.secretTerms(50)).generate(400)) {
            big.append(d.text());
        }
        assertThat(big.length()).isGreaterThan(3 * 65536);
        String text = big.toString();
        RedactionResult whole = strict.redact(text);
        StringWriter out = new StringWriter();
        RedactionReport streamed = strict.redact(new Trickle(text), out);
        assertThat(out.toString()).isEqualTo(whole.text());
        assertThat(streamed.findings()).isEqualTo(whole.report().findings());
    }

    @Test
    void aLargeStreamRunsInBoundedMemoryWithAListener() throws IOException {
        // 64 MiB of text through a counting writer; findings go to the listener, nothing is kept
        String unit = "当事人：张三，电话13812345678，身份证" + VALID_ID + "，罚款5000元。\n";
        long target = 64L << 20;
        long[] units = {0};
        Reader in = new Reader() {
            long produced;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (produced >= target) {
                    return -1;
                }
                int n = 0;
                while (n + unit.length() <= len && produced < target) {
                    unit.getChars(0, unit.length(), cbuf, off + n);
                    n += unit.length();
                    produced += unit.length();
                    units[0]++;
                }
                if (n == 0) {
                    cbuf[off] = ' ';
                    produced++;
                    return 1;
                }
                return n;
            }

            @Override
            public void close() {}
        };
        long[] written = {0};
        long[] seen = {0};
        Writer sink = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                written[0] += len;
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        RedactionReport report = DEFAULT.redact(in, sink, List.of(), f -> seen[0]++);
        assertThat(report.findings()).isEmpty();
        assertThat(report.inputLength()).isGreaterThanOrEqualTo(target);
        assertThat(report.total()).isEqualTo(seen[0]);
        assertThat(report.counts().get(PiiType.MOBILE)).isEqualTo(units[0]);
        assertThat(report.counts().get(PiiType.RESIDENT_ID)).isEqualTo(units[0]);
        assertThat(report.counts().get(PiiType.PERSON_NAME)).isEqualTo(units[0]);
        assertThat(written[0]).isGreaterThan(0);
    }

    @Test
    void pathologicalInputsAreHandled() {
        // long digit runs, dotted runs that look like e-mail local parts, repeated cues, a run of province chars
        String[] inputs = {
            "1".repeat(200_000),
            "a.".repeat(100_000),
            "当事人".repeat(50_000),
            "京A".repeat(50_000),
            "住址：".repeat(30_000),
            "1-".repeat(100_000)
        };
        for (String s : inputs) {
            RedactionResult r = DEFAULT.redact(s);
            assertThat(r.text()).isNotNull();
            assertThat(DEFAULT.redact(r.text()).text()).isEqualTo(r.text());
        }
    }

    @Test
    void theScannerUsesNoRegularExpressions() throws IOException {
        // untrusted text never meets a backtracking engine: no java.util.regex in the redaction sources
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java/io/github/zhifa/disclosure/redact");
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(src)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (java.nio.file.Path f : files) {
            String code = java.nio.file.Files.readString(f, StandardCharsets.UTF_8);
            assertThat(code).as(f.toString()).doesNotContain("java.util.regex", ".matches(", ".replaceAll(", ".split(");
        }
    }

    @Test
    void structuredPenaltyRecordOfANaturalPerson() {
        JsonNode rec = ZhifaJson.readTree(
                new ByteArrayInputStream(("{\"CF_WSH\":\"杭西市监罚〔2024〕15号\",\"CF_XDR_MC\":\"张三\",\"CF_XDR_LB\":\"自然人\","
                                + "\"CF_XDR_ZJLX\":\"身份证\",\"CF_XDR_ZJHM\":\"" + VALID_ID + "\","
                                + "\"CF_SY\":\"张三于2024年3月1日销售过期食品，联系电话13812345678。\","
                                + "\"CF_CFJG\":\"杭州市西湖区市场监督管理局\",\"CF_NR_FK\":\"5000\",\"CF_JDRQ\":\"2024-04-01\"}")
                        .getBytes(StandardCharsets.UTF_8)),
                "rec.json");
        PayloadRedaction r = DEFAULT.redactPayload(rec);
        JsonNode p = r.payload();
        assertThat(p.get("CF_XDR_MC").asText()).isEqualTo("张某");
        assertThat(p.get("CF_XDR_ZJHM").asText()).isEqualTo("******************");
        assertThat(p.get("CF_SY").asText()).isEqualTo("张某于2024年3月1日销售过期食品，联系电话***********。");
        assertThat(p.get("CF_WSH").asText()).isEqualTo("杭西市监罚〔2024〕15号");
        assertThat(p.get("CF_JDRQ").asText()).isEqualTo("2024-04-01");
        assertThat(rec.get("CF_XDR_MC").asText()).as("input unchanged").isEqualTo("张三");
        assertThat(r.report().findings())
                .extracting(Finding::path)
                .containsExactly("/CF_XDR_MC", "/CF_XDR_ZJHM", "/CF_SY", "/CF_SY");
        assertThat(DEFAULT.redactPayload(p).report().total()).as("idempotent").isZero();
    }

    @Test
    void structuredRecordOfALegalPersonKeepsItsNameAndCode() {
        JsonNode rec = ZhifaJson.readTree(
                new ByteArrayInputStream(("{\"CF_XDR_MC\":\"杭州云帆科技有限公司\",\"CF_XDR_LB\":\"法人及非法人组织\","
                                + "\"CF_XDR_SHXYM\":\"" + USCC + "\",\"CF_FRDB\":\"李四\",\"CF_FR_ZJHM\":\"" + VALID_ID
                                + "\","
                                + "\"CF_SY\":\"当事人在其经营场所销售不合格产品，法定代表人李四对此负责。\"}")
                        .getBytes(StandardCharsets.UTF_8)),
                "rec.json");
        JsonNode p = DEFAULT.redactPayload(rec).payload();
        assertThat(p.get("CF_XDR_MC").asText()).isEqualTo("杭州云帆科技有限公司");
        assertThat(p.get("CF_XDR_SHXYM").asText()).isEqualTo(USCC);
        assertThat(p.get("CF_FRDB").asText()).isEqualTo("李某");
        assertThat(p.get("CF_FR_ZJHM").asText()).isEqualTo("******************");
        assertThat(p.get("CF_SY").asText()).isEqualTo("当事人在其经营场所销售不合格产品，法定代表人李某对此负责。");
    }

    @Test
    void chineseFieldNamesAndArraysAreRedactedToo() {
        JsonNode rec = ZhifaJson.readTree(
                new ByteArrayInputStream(("[{\"当事人姓名\":\"陈静\",\"身份证号\":\"" + VALID_ID
                                + "\",\"住址\":\"四川省成都市武侯区人民南路4段1号\"," + "\"备注\":[\"陈静已缴纳罚款\"]}]")
                        .getBytes(StandardCharsets.UTF_8)),
                "rec.json");
        PayloadRedaction r = DEFAULT.redactPayload(rec);
        assertThat(r.payload().get(0).get("当事人姓名").asText()).isEqualTo("陈某");
        assertThat(r.payload().get(0).get("住址").asText()).isEqualTo("四川省成都市武侯区***");
        assertThat(r.payload().get(0).get("备注").get(0).asText()).isEqualTo("陈某已缴纳罚款");
        assertThat(r.report().findings()).extracting(Finding::path).contains("/0/备注/0");
    }
}
