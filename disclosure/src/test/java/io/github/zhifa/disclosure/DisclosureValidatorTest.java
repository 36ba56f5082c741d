package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureValidatorTest {
    /** "Today" fixed so that the samples' 2024 dates are in the past. */
    static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 1, 15).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    static final DisclosureValidator VALIDATOR = DisclosureValidator.builder()
            .deadlines(DisclosureDeadlines.standard())
            .clock(CLOCK)
            .build();

    private static List<Violation> errors(List<Violation> vs) {
        return vs.stream().filter(Violation::isError).toList();
    }

    @Test
    void validSamplesHaveNoErrors() {
        for (String name : List.of("penalty-valid.json", "licensing-valid.csv", "general-valid.json")) {
            RecordKind kind = name.startsWith("penalty")
                    ? RecordKind.PENALTY
                    : name.startsWith("licensing") ? RecordKind.LICENSING : RecordKind.GENERAL;
            BatchResult r = VALIDATOR.validate(Samples.read(name, kind), null);
            assertThat(r.allViolations()).as(name).noneMatch(Violation::isError);
            assertThat(r.isValid()).isTrue();
        }
    }

    @Test
    void validPenaltiesCarryTheExpectedWarnings() {
        BatchResult r = VALIDATOR.validate(Samples.read("penalty-valid.json", RecordKind.PENALTY), null);
        assertThat(r.allViolations())
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        tuple("ZHIFA-DIS-060", "[3].CF_CFLB"),
                        tuple("ZHIFA-DIS-061", "[3].CF_CFLB"),
                        tuple("ZHIFA-DIS-073", "[4].CF_CFLB"));
    }

    @Test
    void eachInvalidSampleBreaksOneRuleOnOneField() {
        BatchResult r = VALIDATOR.validate(Samples.read("penalty-invalid.json", RecordKind.PENALTY), null);
        assertThat(r.records()).hasSize(10).noneMatch(RecordResult::isValid);
        assertThat(r.records())
                .extracting(x -> errors(x.violations()))
                .extracting(
                        vs -> vs.stream().map(v -> v.code() + " " + v.path()).toList())
                .containsExactly(
                        List.of("ZHIFA-DIS-020 CF_XDR_SHXYM"),
                        List.of("ZHIFA-DIS-021 CF_XDR_ZJHM"),
                        List.of("ZHIFA-DIS-033 CF_NR_FK"),
                        List.of("ZHIFA-DIS-050 CF_WSH"),
                        List.of("ZHIFA-DIS-040 CF_YXQ"),
                        List.of("ZHIFA-DIS-010 CF_XDR_SHXYM"),
                        List.of("ZHIFA-DIS-031 CF_NR_FK"),
                        List.of("ZHIFA-DIS-013 CF_CFLB"),
                        List.of("ZHIFA-DIS-011 CF_JDRQ"),
                        List.of("ZHIFA-DIS-072 CF_GSJZQ"));
    }

    @Test
    void invalidLicencesAreFound() {
        BatchResult r = VALIDATOR.validate(Samples.read("licensing-invalid.csv", RecordKind.LICENSING), null);
        assertThat(r.allViolations())
                .filteredOn(Violation::isError)
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-041", "[0].XK_YXQZI"), tuple("ZHIFA-DIS-013", "[1].XK_XKLB"));
        assertThat(r.records()).extracting(RecordResult::line).containsExactly(2, 3);
    }

    @Test
    void messagesNameTheRuleInBothLanguagesWithoutTheValue() {
        List<Violation> vs = VALIDATOR
                .validate(Samples.read("penalty-invalid.json", RecordKind.PENALTY), null)
                .records()
                .get(1)
                .violations();
        Violation v = vs.get(0);
        assertThat(v.messageZh()).contains("身份证号码无效").contains("校验码").doesNotContain("110105194912310021");
        assertThat(v.messageEn())
                .contains("check character")
                .contains("ZHIFA-ID-006")
                .doesNotContain("110105194912310021");
    }

    @Test
    void everyViolationIsReportedNotJustTheFirst() {
        PenaltyRecord empty = new PenaltyRecord(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(VALIDATOR.validate(empty))
                .extracting(Violation::path)
                .containsExactly(
                        "CF_XDR_MC",
                        "CF_XDR_LB",
                        "CF_WSH",
                        "CF_WFXW",
                        "CF_SY",
                        "CF_YJ",
                        "CF_CFLB",
                        "CF_NR",
                        "CF_JDRQ",
                        "CF_CFJG",
                        "CF_CFJGDM",
                        "CF_SJLY",
                        "CF_SJLYDM");
    }

    @Test
    void partyRulesDependOnTheCategory() {
        PenaltyRecord valid = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(0)
                .record();
        // a natural person: needs an ID, must not carry the company's codes and representative
        Party asNatural = new Party(
                "张三",
                PartyCategory.NATURAL_PERSON,
                "91110105MA00FJ2K7R",
                null,
                null,
                null,
                null,
                null,
                "王五",
                null,
                null,
                null,
                null);
        assertThat(errors(VALIDATOR.validate(valid.withParty(asNatural))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        tuple("ZHIFA-DIS-014", "CF_XDR_SHXYM"),
                        tuple("ZHIFA-DIS-014", "CF_FRDB"),
                        tuple("ZHIFA-DIS-010", "CF_XDR_ZJLX"),
                        tuple("ZHIFA-DIS-010", "CF_XDR_ZJHM"));
        // a legal person with a personal ID
        Party legalWithId = new Party(
                "北京示例餐饮管理有限公司",
                PartyCategory.LEGAL_PERSON,
                "91110105MA00FJ2K7R",
                null,
                "MA00FJ2K-8",
                null,
                null,
                null,
                "王五",
                IdDocumentType.RESIDENT_ID,
                "11010519491231002X",
                IdDocumentType.RESIDENT_ID,
                "11010519491231002X");
        assertThat(errors(VALIDATOR.validate(valid.withParty(legalWithId))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        tuple("ZHIFA-DIS-022", "CF_XDR_ZZJG"),
                        tuple("ZHIFA-DIS-014", "CF_XDR_ZJLX"),
                        tuple("ZHIFA-DIS-014", "CF_XDR_ZJHM"));
    }

    @Test
    void lenientModeAcceptsAWrongCheckCharacterOfACreditCode() {
        PenaltyRecord valid = (PenaltyRecord) Samples.read("penalty-invalid.json", RecordKind.PENALTY)
                .records()
                .get(0)
                .record();
        DisclosureValidator lenient = DisclosureValidator.builder()
                .clock(CLOCK)
                .creditCodeMode(UnifiedSocialCreditCode.Mode.LENIENT)
                .build();
        assertThat(errors(lenient.validate(valid))).isEmpty();
    }

    @Test
    void dateRules() {
        PenaltyRecord valid = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(0)
                .record();
        // published before the decision
        assertThat(errors(VALIDATOR.validate(valid, LocalDate.of(2024, 9, 26))))
                .extracting(Violation::code, Violation::path)
                .contains(tuple("ZHIFA-DIS-040", "publishedOn"));
        // decision in the future
        DisclosureValidator past = DisclosureValidator.builder()
                .clock(Clock.fixed(
                        LocalDate.of(2024, 9, 1)
                                .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                                .toInstant(),
                        ZoneId.of("Asia/Shanghai")))
                .build();
        assertThat(errors(past.validate(valid))).extracting(Violation::code).containsExactly("ZHIFA-DIS-042");
    }

    @Test
    void documentNumbers() {
        PenaltyRecord valid = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(0)
                .record();
        for (String ok : List.of("京朝市监处罚〔2024〕1234号", "深市监罚字[2024]第123号", "穗工商处字（2023）56号")) {
            PenaltyRecord r = new PenaltyRecord(
                    valid.party(),
                    ok,
                    valid.violationType(),
                    valid.violationFacts(),
                    valid.legalBasis(),
                    valid.penaltyKinds(),
                    valid.penaltyContent(),
                    valid.fineAmount(),
                    valid.confiscatedAmount(),
                    null,
                    valid.decisionDate(),
                    null,
                    null,
                    valid.authority(),
                    valid.authorityCode(),
                    valid.dataSource(),
                    valid.dataSourceCode(),
                    null);
            assertThat(errors(VALIDATOR.validate(r))).as(ok).isEmpty();
        }
        PenaltyRecord future = new PenaltyRecord(
                valid.party(),
                "京朝市监处罚〔2025〕1号",
                valid.violationType(),
                valid.violationFacts(),
                valid.legalBasis(),
                valid.penaltyKinds(),
                valid.penaltyContent(),
                valid.fineAmount(),
                valid.confiscatedAmount(),
                null,
                valid.decisionDate(),
                null,
                null,
                valid.authority(),
                valid.authorityCode(),
                valid.dataSource(),
                valid.dataSourceCode(),
                null);
        assertThat(errors(VALIDATOR.validate(future)))
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-051");
    }

    private static PenaltyRecord withAmounts(
            PenaltyRecord v, List<PenaltyKind> kinds, String fine, String confiscated) {
        return new PenaltyRecord(
                v.party(),
                v.documentNumber(),
                v.violationType(),
                v.violationFacts(),
                v.legalBasis(),
                kinds,
                v.penaltyContent(),
                fine == null ? null : new java.math.BigDecimal(fine),
                confiscated == null ? null : new java.math.BigDecimal(confiscated),
                null,
                v.decisionDate(),
                null,
                null,
                v.authority(),
                v.authorityCode(),
                v.dataSource(),
                v.dataSourceCode(),
                null);
    }

    @Test
    void amountRules() {
        PenaltyRecord v = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(0)
                .record();
        List<PenaltyKind> fine = List.of(PenaltyKind.FINE);
        // 182.28 亿元 (a real record fine) is 1 822 800 万元: plausible; the same typed in yuan is not
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "1822800", null))).isEmpty();
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "18228000000", null)))
                .extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("ZHIFA-DIS-032", Violation.Severity.WARNING));
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "0", null)))
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-033");
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "1", "0.5")))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-033", "CF_NR_WFFF"));
        assertThat(VALIDATOR.validate(withAmounts(v, List.of(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS), null, null)))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-010", "CF_NR_WFFF"));
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "-0.1", null)))
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-030");
        // 6 decimals of 万元 is 0.01 yuan: allowed; trailing zeros do not count
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "0.000001", null))).isEmpty();
        assertThat(VALIDATOR.validate(withAmounts(v, fine, "1.10000000", null))).isEmpty();
    }

    @Test
    void aDeadlineOutsideTheCalendarIsFlaggedNotThrown() {
        PenaltyRecord v = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(2)
                .record();
        PenaltyRecord old = new PenaltyRecord(
                v.party(),
                "京朝工商处罚〔2003〕12号",
                v.violationType(),
                v.violationFacts(),
                v.legalBasis(),
                v.penaltyKinds(),
                v.penaltyContent(),
                v.fineAmount(),
                null,
                null,
                LocalDate.of(2003, 6, 2),
                null,
                null,
                v.authority(),
                v.authorityCode(),
                v.dataSource(),
                v.dataSourceCode(),
                null);
        assertThat(VALIDATOR.validate(old, LocalDate.of(2003, 6, 5)))
                .extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("ZHIFA-DIS-074", Violation.Severity.WARNING));
    }

    @Test
    void generalRecordRules() {
        GeneralRecord ok = (GeneralRecord) Samples.read("general-valid.json", RecordKind.GENERAL)
                .records()
                .get(0)
                .record();
        GeneralRecord natural = new GeneralRecord(
                ok.authority(),
                ok.authorityCode(),
                "张三",
                PartyCategory.NATURAL_PERSON,
                "91110105MA00FJ2K7R",
                ok.category(),
                ok.conclusion(),
                null,
                ok.decisionDate(),
                null);
        assertThat(VALIDATOR.validate(natural))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple("ZHIFA-DIS-014", "ZF_DX_SHXYM"));
        GeneralRecord noCode = new GeneralRecord(
                ok.authority(),
                null,
                ok.partyName(),
                PartyCategory.LEGAL_PERSON,
                null,
                null,
                null,
                "检查记录",
                ok.decisionDate(),
                null);
        assertThat(VALIDATOR.validate(noCode))
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        tuple("ZHIFA-DIS-010", "ZF_ZFJGDM"),
                        tuple("ZHIFA-DIS-010", "ZF_ZFLB"),
                        tuple("ZHIFA-DIS-010", "ZF_ZFJL"),
                        tuple("ZHIFA-DIS-050", "ZF_WSH"),
                        tuple("ZHIFA-DIS-010", "ZF_DX_SHXYM"));
        assertThat(VALIDATOR.validate(noCode).get(3).isError()).isFalse(); // shape is only a warning here
    }
}
