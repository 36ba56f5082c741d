package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.json.MalformedJsonException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureFormatTest {
    private static ParsedBatch json(String text, RecordKind kind) {
        return DisclosureFormat.read(text.getBytes(StandardCharsets.UTF_8), "test.json", kind);
    }

    @Test
    void codesChineseNamesAndJsonNamesMapOntoTheSameModel() {
        ParsedBatch batch = Samples.read("penalty-valid.json", RecordKind.PENALTY);
        assertThat(batch.records()).hasSize(5);
        PenaltyRecord byCode = (PenaltyRecord) batch.records().get(0).record();
        assertThat(byCode.party().creditCode()).isEqualTo("91110105MA00FJ2K7R");
        assertThat(byCode.party().category()).isEqualTo(PartyCategory.LEGAL_PERSON);
        assertThat(byCode.penaltyKinds()).containsExactly(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS);
        assertThat(byCode.fineAmount()).isEqualByComparingTo("5");
        assertThat(byCode.confiscatedAmount()).isEqualTo(new BigDecimal("0.32"));
        assertThat(byCode.decisionDate()).isEqualTo(LocalDate.of(2024, 9, 27));
        PenaltyRecord slashDate = (PenaltyRecord) batch.records().get(1).record();
        assertThat(slashDate.decisionDate()).isEqualTo(LocalDate.of(2024, 9, 27));
        PenaltyRecord byChinese = (PenaltyRecord) batch.records().get(2).record();
        assertThat(byChinese.party().idType()).isEqualTo(IdDocumentType.RESIDENT_ID);
        assertThat(byChinese.fineAmount()).isEqualTo(new BigDecimal("0.05"));
        PenaltyRecord byJsonName = (PenaltyRecord) batch.records().get(3).record();
        assertThat(byJsonName.authorityCode()).isEqualTo("113101150024255800");
        assertThat(batch.records().get(3).problems())
                .extracting(Violation::code)
                .containsExactly("ZHIFA-DIS-060", "ZHIFA-DIS-061");
    }

    @Test
    void recordsKnowTheirLine() {
        ParsedBatch batch = Samples.read("licensing-valid.csv", RecordKind.LICENSING);
        assertThat(batch.records()).extracting(ParsedRecord::line).containsExactly(2, 3);
        LicensingRecord second = (LicensingRecord) batch.records().get(1).record();
        assertThat(second.isLongTerm()).isTrue();
        assertThat(second.content()).isEqualTo("设立登记，经营期限\"长期\"");
        assertThat(second.licenceCategory()).isEqualTo(LicenceCategory.REGISTRATION);
        assertThat(Samples.read("penalty-valid.json", RecordKind.PENALTY).records())
                .extracting(ParsedRecord::line)
                .containsExactly(2, 22, 39, 57, 76);
    }

    @Test
    void aSingleObjectIsOneRecord() {
        ParsedBatch b = json("{\"ZF_ZFJG\": \"某局\", \"执法类别\": \"行政检查\", \"decisionDate\": null}", RecordKind.GENERAL);
        GeneralRecord r = (GeneralRecord) b.records().get(0).record();
        assertThat(r.authority()).isEqualTo("某局");
        assertThat(r.category()).isEqualTo(EnforcementCategory.INSPECTION);
        assertThat(r.decisionDate()).isNull();
    }

    @Test
    void unreadableValuesBecomeProblemsNotExceptions() {
        ParsedBatch b = json(
                "[{\"CF_JDRQ\": \"2024-02-30\", \"CF_NR_FK\": \"五万\", \"CF_XDR_LB\": \"公司\"}]", RecordKind.PENALTY);
        assertThat(b.records().get(0).problems())
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ZHIFA-DIS-013", "CF_XDR_LB"),
                        org.assertj.core.groups.Tuple.tuple("ZHIFA-DIS-012", "CF_NR_FK"),
                        org.assertj.core.groups.Tuple.tuple("ZHIFA-DIS-011", "CF_JDRQ"));
    }

    @Test
    void malformedJsonSaysLineColumnAndRecord() {
        assertThatThrownBy(() ->
                        json("[{\"CF_WSH\": \"a\"},\n {\"CF_WSH\": \"b\",\n  \"CF_NOPE\": 1}]", RecordKind.PENALTY))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.recordIndex()).isEqualTo(1);
                    assertThat(e.code()).isEqualTo("ZHIFA-DIS-001");
                    assertThat(e.getMessage()).contains("CF_NOPE").contains("ZHIFA-DIS-002");
                });
        assertThatThrownBy(() -> json("[{\"CF_WSH\": \"a\"}, {\"CF_WSH\" \"b\"}]", RecordKind.PENALTY))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(29); // the quote of "b", where the colon should be
                    assertThat(e.recordIndex()).isEqualTo(1);
                });
        assertThatThrownBy(() -> json("[{\"CF_WSH\": {\"x\": 1}}]", RecordKind.PENALTY))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("must be a string, a number or null");
        assertThatThrownBy(() -> json("{\"CF_WSH\": \"a\", \"行政处罚决定书文号\": \"b\"}", RecordKind.PENALTY))
                .hasMessageContaining("given twice");
    }

    @Test
    void malformedCsvSaysLineAndColumn() {
        String csv = "CF_WSH,CF_JDRQ\r\na,2024-01-01\r\nb,\"2024\r\n";
        assertThatThrownBy(() -> DisclosureFormat.readCsv(csv, "x.csv", RecordKind.PENALTY))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("ZHIFA-DIS-001: x.csv line 3, column 3");
                });
        assertThatThrownBy(() -> DisclosureFormat.readCsv("CF_WSH,CF_JDRQ\na\n", "x.csv", RecordKind.PENALTY))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.recordIndex()).isEqualTo(0);
                });
        assertThatThrownBy(() -> DisclosureFormat.readCsv("CF_WSH,XK_WSH\n", "x.csv", RecordKind.PENALTY))
                .isInstanceOfSatisfying(MalformedPayloadException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(8);
                });
    }

    @Test
    void writtenJsonAndCsvReadBackTheSame() {
        List<DisclosureRecord> records =
                Samples.read("penalty-valid.json", RecordKind.PENALTY).typedRecords();
        for (FieldNaming naming : FieldNaming.values()) {
            String json = DisclosureFormat.toJson(records, naming);
            assertThat(json(json, RecordKind.PENALTY).typedRecords()).isEqualTo(records);
            String csv = DisclosureFormat.toCsv(records, RecordKind.PENALTY, naming);
            assertThat(DisclosureFormat.readCsv(csv, "x.csv", RecordKind.PENALTY)
                            .typedRecords())
                    .isEqualTo(records);
        }
        assertThat(DisclosureFormat.toCsv(records, RecordKind.PENALTY, FieldNaming.CODE))
                .startsWith("CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,");
        assertThat(DisclosureFormat.toJson(records, FieldNaming.CODE)).contains("\"CF_NR_FK\":5,");
    }

    @Test
    void toStringShowsNoPersonalData() {
        PenaltyRecord natural = (PenaltyRecord) Samples.read("penalty-valid.json", RecordKind.PENALTY)
                .records()
                .get(2)
                .record();
        assertThat(natural.toString()).doesNotContain("张三").doesNotContain("11010519491231002X");
    }

    @Test
    void aBatchLargerThanOneJsonDocumentMayBeIsRead() {
        // a month of records from a large agency: more than the 64 MiB core limit for one document
        byte[] one = "{\"ZF_ZFJG\": \"某局\", \"执法类别\": \"行政检查\", \"ZF_ZFJL\": \"%s\"}"
                .formatted("检查未发现问题".repeat(200))
                .getBytes(StandardCharsets.UTF_8);
        int n = (int) (ZhifaJson.MAX_DOCUMENT_LENGTH / one.length) + 2;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(n * (one.length + 1) + 2);
        buf.write('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                buf.write(',');
            }
            buf.writeBytes(one);
        }
        buf.write(']');
        byte[] all = buf.toByteArray();
        assertThat((long) all.length).isGreaterThan(ZhifaJson.MAX_DOCUMENT_LENGTH);
        assertThatThrownBy(() -> ZhifaJson.readTree(new java.io.ByteArrayInputStream(all), "one document"))
                .isInstanceOf(MalformedJsonException.class);
        assertThat(DisclosureFormat.read(all, "big.json", RecordKind.GENERAL).records())
                .hasSize(n);
    }

    @Test
    void aFileLargerThanABatchMayBeIsRefusedWithItsSize(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path big = tmp.resolve("huge.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DisclosureFormat.MAX_BATCH_BYTES + 1); // sparse: no disk used
        }
        assertThatThrownBy(() -> DisclosureFormat.read(big, RecordKind.GENERAL))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("huge.json")
                .hasMessageContaining("split it");
    }

    @Test
    void aWrongFileDoesNotHaveItsTextEchoed() {
        String decision = "当事人张三，身份证号码11010519491231002X，电话13812345678，罚款五千元。\n第二行\n";
        assertThatThrownBy(() -> DisclosureFormat.read(
                        decision.getBytes(StandardCharsets.UTF_8), "decision.txt", RecordKind.PENALTY))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("decision.txt")
                .hasMessageContaining("not shown")
                .hasMessageNotContaining("张三")
                .hasMessageNotContaining("11010519491231002X")
                .hasMessageNotContaining("13812345678");
        // a real but misspelt column name is still named
        assertThatThrownBy(() -> DisclosureFormat.read(
                        "CF_WSH,CF_NOPE\na,b\n".getBytes(StandardCharsets.UTF_8), "p.csv", RecordKind.PENALTY))
                .hasMessageContaining("'CF_NOPE'");
    }
}
