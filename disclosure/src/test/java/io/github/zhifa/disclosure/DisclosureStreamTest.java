package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The streaming reader gives the records, results and errors of the whole-file reader, one record at a time. */
class DisclosureStreamTest {
    private static final DisclosureValidator VALIDATOR = DisclosureValidatorTest.VALIDATOR;
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 12);

    @TempDir
    Path dir;

    private static List<RecordResult> streamed(Path file, RecordKind kind) {
        List<RecordResult> out = new ArrayList<>();
        long n = DisclosureFormat.stream(file, kind, p -> out.add(VALIDATOR.validate(p, PUBLISHED)));
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    private static List<RecordResult> whole(Path file, RecordKind kind) {
        return VALIDATOR.validate(DisclosureFormat.read(file, kind), PUBLISHED).records();
    }

    /** The bundled valid and invalid penalties, repeated: 3,000 records with every kind of violation. */
    private static List<DisclosureRecord> manyPenalties() {
        List<DisclosureRecord> one = new ArrayList<>(
                Samples.read("penalty-valid.json", RecordKind.PENALTY).typedRecords());
        one.addAll(Samples.read("penalty-invalid.json", RecordKind.PENALTY).typedRecords());
        List<DisclosureRecord> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.addAll(one);
        }
        return many;
    }

    @Test
    void aLargeCsvFileGivesTheSameResultsStreamedAsReadWhole() throws IOException {
        List<DisclosureRecord> records = manyPenalties();
        Path f = Files.writeString(
                dir.resolve("many.csv"), DisclosureFormat.toCsv(records, RecordKind.PENALTY, FieldNaming.CHINESE));
        List<RecordResult> streamed = streamed(f, RecordKind.PENALTY);
        assertThat(streamed).hasSize(records.size()).isEqualTo(whole(f, RecordKind.PENALTY));
        // the invalid samples stay invalid, the valid ones valid: 5 of every 15 are valid
        assertThat(streamed.stream().filter(RecordResult::isValid).count()).isEqualTo(200 * 5);
        assertThat(streamed.get(0).line()).isEqualTo(2);
        assertThat(streamed.get(2999).index()).isEqualTo(2999);
    }

    @Test
    void aLargeJsonArrayGivesTheSameResultsStreamedAsReadWhole() throws IOException {
        List<DisclosureRecord> records = manyPenalties();
        Path f = Files.writeString(
                dir.resolve("many.json"), "\uFEFF\n\n  " + DisclosureFormat.toJson(records, FieldNaming.CODE));
        List<RecordResult> streamed = streamed(f, RecordKind.PENALTY);
        assertThat(streamed).hasSize(records.size()).isEqualTo(whole(f, RecordKind.PENALTY));
        assertThat(streamed.get(0).line()).isEqualTo(3); // the array opens on line 3, after two blank lines
    }

    @Test
    void theBundledSamplesGiveTheSameResultsBothWays() throws IOException {
        for (String[] s : new String[][] {
            {"penalty-valid.json", "penalty"},
            {"penalty-invalid.json", "penalty"},
            {"licensing-valid.csv", "licensing"},
            {"licensing-invalid.csv", "licensing"},
            {"general-valid.json", "general"}
        }) {
            Path f = Files.write(dir.resolve(s[0]), Samples.bytes(s[0]));
            RecordKind kind = RecordKind.parse(s[1]);
            assertThat(streamed(f, kind)).as(s[0]).isEqualTo(whole(f, kind));
        }
    }

    @Test
    void recordsArriveBeforeTheInputIsReadInFull() {
        // a CSV of 200,000 rows (about 40 MB) made on the fly; the sink stops after the first record
        byte[] header = "CF_WSH,CF_JDRQ\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "京朝市监处罚〔2024〕1号,2024-09-27\n".getBytes(StandardCharsets.UTF_8);
        long total = header.length + 200_000L * row.length;
        long[] served = {0};
        InputStream lazy = new InputStream() {
            @Override
            public int read() {
                if (served[0] >= total) {
                    return -1;
                }
                long i = served[0]++;
                return (i < header.length ? header[(int) i] : row[(int) ((i - header.length) % row.length)]) & 0xFF;
            }
        };
        class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
        List<ParsedRecord> seen = new ArrayList<>();
        assertThatThrownBy(() -> DisclosureFormat.stream(lazy, "lazy.csv", RecordKind.PENALTY, r -> {
                    seen.add(r);
                    throw new Stop();
                }))
                .isInstanceOf(Stop.class);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).record().documentNumber()).isEqualTo("京朝市监处罚〔2024〕1号");
        assertThat(served[0]).isLessThan(1 << 20).isLessThan(total / 10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # name          | content                                                               | message                                             | delivered
            csv quote       | CF_WSH,CF_JDRQ\\na,2024-09-27\\nb,"2024\\n                           | line 3, column 3 (record 2): CSV: quote opened here | 1
            csv width       | CF_WSH,CF_JDRQ\\na,2024-09-27\\n\\nb\\n                              | line 4 (record 2): CSV: row has 1 cells             | 1
            csv header      | CF_WSH,CF_NOPE\\na,b\\n                                              | line 1, column 8: CSV: unknown column 'CF_NOPE'     | 0
            json syntax     | [{"CF_WSH": "a"},\\n {"CF_WSH": "b"},\\n {"CF_WSH" "c"}]            | line 3, column 12 (record 3): not valid JSON        | 2
            json field      | [{"CF_WSH": "a"},\\n {"CF_NOPE": "b"}]                              | line 2, column 3 (record 2): unknown field 'CF_NOPE' | 1
            json not object | [{"CF_WSH": "a"}, 3]                                                  | line 1, column 19 (record 2): expected a record      | 1
            """)
    void malformedInputSaysWhereBothWays(String name, String content, String message, int delivered)
            throws IOException {
        Path f = Files.writeString(dir.resolve("bad"), content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        String expected = f + " " + message;
        assertThatThrownBy(() -> DisclosureFormat.read(f, RecordKind.PENALTY))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining(expected);
        List<ParsedRecord> seen = new ArrayList<>();
        assertThatThrownBy(() -> DisclosureFormat.stream(f, RecordKind.PENALTY, seen::add))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining(expected);
        assertThat(seen).hasSize(delivered);
    }

    @Test
    void aRowLongerThanTheLimitIsRefusedWhenStreamed() throws IOException {
        byte[] start = "CF_WSH,CF_JDRQ\na,\"".getBytes(StandardCharsets.UTF_8);
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                long i = served[0]++;
                return i < start.length ? start[(int) i] & 0xFF : 'x';
            }
        };
        assertThatThrownBy(() -> DisclosureFormat.stream(endless, "endless.csv", RecordKind.PENALTY, r -> {}))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("line 2, column 1 (record 1): CSV: the row starting here is longer than "
                        + DisclosureFormat.MAX_RECORD_CHARS);
    }

    @Test
    void emptyInputIsMalformed() {
        assertThatThrownBy(() -> DisclosureFormat.stream(
                        new ByteArrayInputStream(" \n\t".getBytes(StandardCharsets.UTF_8)),
                        "blank",
                        RecordKind.PENALTY,
                        r -> {}))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("empty input");
    }

    @Test
    void aGbkCsvIsRefusedAsNotUtf8() throws IOException {
        // a spreadsheet's "CSV" export on a Chinese Windows is GBK: it used to read as U+FFFD in the field names
        Path f = Files.write(
                dir.resolve("gbk.csv"),
                new String(Samples.bytes("licensing-valid.csv"), StandardCharsets.UTF_8)
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> DisclosureFormat.stream(f, RecordKind.LICENSING, r -> {}))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("gbk.csv")
                .hasMessageContaining("not UTF-8")
                .hasMessageNotContaining("\uFFFD");
    }
}
