package io.github.zhifa.disclosure.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Full-width forms (０-９, Ｘ, ＠, －, the ideographic space), numbers split by separators, and legacy 15-digit ID
 * numbers of people born 1900–1919. Values are the GB 11643 example number and numbers written by hand.
 */
class WidthAndSeparatorsTest {
    /** The GB 11643 example number. */
    private static final String VALID_ID = "11010519491231002X";
    /** A valid unified social credit code (GB 32100 example). */
    private static final String USCC = "91350100M000100Y43";
    /** Legacy 15-digit number: area 110105, born 1912-03-15, sequence 123. */
    private static final String LEGACY_1912 = "110105120315123";
    /** Legacy 15-digit number: area 310104, born 1919-01-01, sequence 002. */
    private static final String LEGACY_1919 = "310104190101002";

    private static final Redactor DEFAULT = Redactor.of(RedactionProfile.defaults());

    /** The full-width form of ASCII text as a Chinese input method types it (space → ideographic space). */
    static String wide(String ascii) {
        StringBuilder sb = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            sb.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    @Test
    void theHelperTypesFullWidth() {
        assertThat(wide("138-1234 X@a.cn")).isEqualTo("１３８－１２３４　Ｘ＠ａ．ｃｎ");
    }

    @Test
    void fullWidthIdAndPhoneAreMaskedInPlaceWithOriginalOffsets() {
        String text = "当事人：张建国，身份证号码：" + wide(VALID_ID) + "，联系电话：" + wide("13812345678") + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).isEqualTo("当事人：张某，身份证号码：" + "*".repeat(18) + "，联系电话：" + "*".repeat(11) + "。");
        Finding id = r.report().findings().stream()
                .filter(f -> f.type() == PiiType.RESIDENT_ID)
                .findFirst()
                .orElseThrow();
        assertThat(id.start()).isEqualTo(text.indexOf('１'));
        assertThat(id.length()).isEqualTo(18);
        assertThat(r.report().counts()).containsEntry(PiiType.MOBILE, 1L);
    }

    @Test
    void aLowerCaseFullWidthCheckCharacterCounts() {
        String text = "身份证：" + wide(VALID_ID.substring(0, 17)) + "ｘ。";
        assertThat(DEFAULT.redact(text).text()).isEqualTo("身份证：" + "*".repeat(18) + "。");
    }

    @Test
    void everyIdentifierKindIsFoundInFullWidth() {
        String text = "手机" + wide("138-1234-5678") + "，座机" + wide("0571-87654321") + "，卡号"
                + wide("6222 0212 3456 7890 123") + "，护照" + wide("E12345678") + "，回乡证" + wide("H12345678")
                + "，车牌粤" + wide("B") + "·" + wide("D12345") + "、京" + wide("A12345") + "，邮箱"
                + wide("li.si_88@mail.example.cn")
                + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts())
                .containsEntry(PiiType.MOBILE, 1L)
                .containsEntry(PiiType.LANDLINE, 1L)
                .containsEntry(PiiType.BANK_CARD, 1L)
                .containsEntry(PiiType.PASSPORT, 1L)
                .containsEntry(PiiType.TRAVEL_PERMIT, 1L)
                .containsEntry(PiiType.VEHICLE_PLATE, 2L)
                .containsEntry(PiiType.EMAIL, 1L);
        assertThat(r.text()).doesNotContain("１２３４", "５６７８", "８７６５", "０２１２", "Ｄ１２３４５", "Ａ１２３４５", "ｌｉ．ｓｉ");
        // separators are kept where the profile keeps them: full-width hyphens and spaces stay in place
        assertThat(r.text()).contains("***－****－****", "****　****　****　****　***");
    }

    @Test
    void numbersSplitByTheUsualSeparators() {
        String text = "电话138 12345678，电话1381234 5678，电话138　1234　5678，电话138－1234－5678，座机0571 8765 4321，"
                + "座机0571-8765-4321，座机(010) 6275 1234，座机（0571）8765-4321，身份证110105 19491231 002X，"
                + "身份证110105　491231　002，卡号6222－0212－3456－7890。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts())
                .containsEntry(PiiType.MOBILE, 4L)
                .containsEntry(PiiType.LANDLINE, 4L)
                .containsEntry(PiiType.RESIDENT_ID, 1L)
                .containsEntry(PiiType.RESIDENT_ID_LEGACY, 1L)
                .containsEntry(PiiType.BANK_CARD, 1L);
        assertThat(r.text()).doesNotContain("5678", "4321", "1234", "002", "0212", "7890");
    }

    @Test
    void splitNumbersOneAfterTheOther() {
        RedactionResult r = DEFAULT.redact(
                "电话138 1234 5678 139 8765 4321，13812345678 139 8765 4321，138-1234-5678-139-8765-4321，86 0571 87654321。");
        assertThat(r.report().counts()).containsEntry(PiiType.MOBILE, 6L).containsEntry(PiiType.LANDLINE, 1L);
        assertThat(r.text())
                .isEqualTo(
                        "电话*** **** **** *** **** ****，*********** *** **** ****，***-****-****-***-****-****，86 **** ********。");
    }

    @Test
    void fullWidthDatesOfBirthGo() {
        String text = "男，" + wide("1980") + "年" + wide("5") + "月" + wide("6") + "日出生，出生日期：" + wide("1975-03-02") + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).isEqualTo("男，****年*月*日出生，出生日期：****－**－**。");
        assertThat(r.report().counts()).containsEntry(PiiType.BIRTH_DATE, 2L);
    }

    @Test
    void fullWidthValuesInStructuredFields() throws Exception {
        com.fasterxml.jackson.databind.JsonNode record = io.github.zhifa.core.json.ZhifaJson.readTree(
                new java.io.ByteArrayInputStream(("{\"CF_XDR_SHXYM\":\"" + wide(USCC) + "\",\"证件号码\":\"" + wide(USCC)
                                + "\",\"CF_FR_ZJHM\":\"" + wide(VALID_ID) + "\",\"联系电话\":\"" + wide("0571-87654321")
                                + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "record.json");
        PayloadRedaction p = DEFAULT.redactPayload(record);
        assertThat(p.payload().get("证件号码").asText()).isEqualTo(wide(USCC));
        assertThat(p.payload().get("CF_FR_ZJHM").asText()).doesNotContain("１１０１０５");
        assertThat(p.report().counts()).containsEntry(PiiType.LANDLINE, 1L).containsEntry(PiiType.RESIDENT_ID, 1L);
    }

    @Test
    void publicNumbersInFullWidthOrWithSeparatorsStay() {
        String text = "当事人：杭州云帆科技有限公司，统一社会信用代码：" + wide(USCC) + "，原注册号：" + wide("330106000123456")
                + "，文号杭西市监罚〔" + wide("2024") + "〕" + wide("15") + "号，依据第" + wide("3-25") + "条，罚款人民币"
                + wide("20,000.00") + "元、20 000元，" + wide("2024") + "年" + wide("3") + "月" + wide("1") + "日，合同签订于"
                + wide("2023-05-16") + "、2023 05 16，客服电话" + wide("400-123-4567") + "、400 123 4567，案卷编号2024-0012-0031，"
                + "档案号2024-0571-8765432，投资额138 0000 0000元。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.report().total()).isZero();
    }

    @Test
    void legacyIdNumbersOfPeopleBornBefore1920NeedAPersonCue() {
        String text =
                "当事人：李福生，身份证号码：" + LEGACY_1912 + "；另一当事人公民身份号码" + LEGACY_1919 + "；证件号码（身份证）：" + wide(LEGACY_1912) + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.report().counts()).containsEntry(PiiType.RESIDENT_ID_LEGACY, 3L);
        assertThat(r.text()).doesNotContain(LEGACY_1912, LEGACY_1919, wide(LEGACY_1912));
    }

    @Test
    void registrationNumbersThatReadAsEarlyDatesStay() {
        // 工商注册号: authority 110105 + sequence 12031512 + check 3 reads as 1912-03-15
        String text = "营业执照注册号：" + LEGACY_1912 + "，营业执照号码" + LEGACY_1919 + "，注册号" + wide(LEGACY_1912) + "，编号"
                + LEGACY_1919 + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void theNearestCueDecides() {
        // the registration number of the shop, then the operator's legacy ID number after a person cue
        String text = "营业执照注册号" + LEGACY_1919 + "，经营者身份证号" + LEGACY_1912 + "。";
        RedactionResult r = DEFAULT.redact(text);
        assertThat(r.text()).contains(LEGACY_1919).doesNotContain(LEGACY_1912);
        // a registration cue does not silence a legacy ID of a later year right after a person cue either
        String later = "营业执照注册号：" + LEGACY_1919 + "，身份证：110105491231002。";
        assertThat(DEFAULT.redact(later).text()).contains(LEGACY_1919).doesNotContain("110105491231002");
        // and after a registration cue a number reading as 1949 stays a registration number
        assertThat(DEFAULT.redact("注册号：110105491231002").text()).isEqualTo("注册号：110105491231002");
    }

    @Test
    void fullWidthTextIsRedactedIdempotentlyOnEveryProfile() {
        String text = "当事人：张建国，身份证号码：" + wide(VALID_ID) + "，电话" + wide("138 1234 5678") + "，车牌京" + wide("A12345")
                + "，邮箱" + wide("zhang@163.com") + "，证件号码" + LEGACY_1912 + "。";
        for (String p : RedactionProfile.builtInNames()) {
            Redactor redactor = Redactor.of(RedactionProfile.builtIn(p));
            String once = redactor.redact(text).text();
            RedactionResult twice = redactor.redact(once);
            assertThat(twice.text()).as(p).isEqualTo(once);
            assertThat(twice.report().total()).as(p).isZero();
        }
    }

    @Test
    void theFingerprintDoesNotDependOnWidth() {
        Redactor salted = Redactor.builder()
                .fingerprintSalt("sixteen-byte-salt!".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
        List<Finding> ascii = salted.redact("电话13812345678").report().findings();
        List<Finding> full = salted.redact("电话" + wide("13812345678")).report().findings();
        assertThat(full.get(0).fingerprint()).isNotNull().isEqualTo(ascii.get(0).fingerprint());
    }
}
