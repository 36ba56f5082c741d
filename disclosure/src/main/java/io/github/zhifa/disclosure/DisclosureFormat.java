package io.github.zhifa.disclosure;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.internal.Csv;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes disclosure records as JSON (through {@code core}'s {@link ZhifaJson}) and as CSV with a header
 * row (RFC 4180). Keys and headers may be the national field codes, the Chinese names or the English JSON names
 * ({@link DisclosureField}), mixed; output uses one {@link FieldNaming}. A JSON document is one record (an object)
 * or many (an array of objects); values are strings, numbers or {@code null}.
 *
 * <p>Reading is strict about structure — unknown or duplicated fields, broken quotes, rows of the wrong width are a
 * {@link MalformedPayloadException} that says where — and lenient about values: a value that cannot be read (a date
 * that is not a date) becomes a problem of its {@link ParsedRecord} and the field is absent, so that validation
 * reports every problem of every record. Dates are read as {@code 2024-09-27}, {@code 2024/09/27} or
 * {@code 20240927} (a time after the date is ignored) and written as {@code 2024-09-27}. Stateless and thread-safe.
 *
 * <pre>{@code
 * ParsedBatch batch = DisclosureFormat.read(Path.of("penalties.csv"), RecordKind.PENALTY);
 * String json = DisclosureFormat.toJson(batch.typedRecords(), FieldNaming.CODE);
 * }</pre>
 */
public final class DisclosureFormat {
    /**
     * The largest JSON batch file read, in bytes: {@value}. A batch is read record by record, so it may exceed the
     * core limit for one JSON document; each record keeps the core limits on nesting and string length.
     */
    public static final long MAX_BATCH_BYTES = 1L << 30;

    /** No limit on the whole document: a batch is read record by record (core's limits per value still hold). */
    private static final ObjectMapper STREAM_MAPPER =
            ZhifaJson.builder().maxDocumentLength(Long.MAX_VALUE).build();

    private static final ObjectMapper BATCH_MAPPER =
            ZhifaJson.builder().maxDocumentLength(MAX_BATCH_BYTES).build();

    private static final Map<RecordKind, Map<String, DisclosureField>> INDEX = new EnumMap<>(RecordKind.class);

    static {
        for (RecordKind kind : RecordKind.values()) {
            Map<String, DisclosureField> m = new HashMap<>();
            for (DisclosureField f : fields(kind)) {
                List<String> names = new ArrayList<>(List.of(f.code(), f.chineseName(), f.jsonName()));
                names.addAll(f.aliases());
                for (String name : names) {
                    DisclosureField old = m.put(key(name), f);
                    if (old != null && old != f) {
                        throw new IllegalStateException("field name used twice: " + name);
                    }
                }
            }
            INDEX.put(kind, m);
        }
    }

    private DisclosureFormat() {}

    /**
     * The fields of a kind of record, in the order of the field set.
     *
     * @param kind the kind
     * @return the fields
     */
    public static List<DisclosureField> fields(RecordKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case PENALTY -> List.of(PenaltyField.values());
            case LICENSING -> List.of(LicensingField.values());
            case GENERAL -> List.of(GeneralField.values());
        };
    }

    /**
     * Finds a field by any of its names (code, Chinese name, JSON name or alias; codes and JSON names ignore case).
     *
     * @param kind the kind of record
     * @param name the name
     * @return the field, or empty
     */
    public static Optional<DisclosureField> field(RecordKind kind, String name) {
        return Optional.ofNullable(INDEX.get(kind).get(key(name)));
    }

    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a file whole: JSON if its first non-blank character is an opening brace or bracket, CSV otherwise.
     * UTF-8. At most {@link #MAX_BATCH_BYTES}; for a file of any size, read record by record with
     * {@link #stream(Path, RecordKind, Consumer)}.
     *
     * @param file the file
     * @param kind the kind of every record
     * @return the records
     * @throws MalformedPayloadException if the file cannot be read as records, saying where
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ParsedBatch read(Path file, RecordKind kind) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > MAX_BATCH_BYTES) {
                throw new MalformedPayloadException(
                        file.toString(),
                        -1,
                        -1,
                        -1,
                        "file is " + size + " bytes, more than the " + MAX_BATCH_BYTES
                                + " bytes a batch may be read whole: split it, or read it with stream(...)");
            }
            return read(Files.readAllBytes(file), file.toString(), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 bytes: JSON if the first non-blank character is an opening brace or bracket, CSV otherwise.
     *
     * @param bytes the content
     * @param source a name for the input in messages
     * @param kind the kind of every record
     * @return the records
     * @throws MalformedPayloadException if the content cannot be read as records, saying where
     */
    public static ParsedBatch read(byte[] bytes, String source, RecordKind kind) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        List<ParsedRecord> out = new ArrayList<>();
        try {
            stream(new ByteArrayInputStream(bytes), source, kind, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array
        }
        return new ParsedBatch(source, kind, out);
    }

    /**
     * Reads a file record by record and hands each record to {@code sink} as soon as it is read, so that memory
     * holds one record whatever the size of the file (no {@link #MAX_BATCH_BYTES} limit; one CSV row may have at
     * most {@link #MAX_RECORD_CHARS} characters, one JSON record keeps core's limits on nesting and string length).
     * JSON if the first non-blank character is an opening brace or bracket, CSV otherwise; UTF-8. The records and
     * problems are the same as {@link #read(Path, RecordKind)} gives.
     *
     * <p>Input that turns out to be malformed throws {@link MalformedPayloadException} (saying line, column and
     * record) when the reader reaches it: the records before it have already been handed to the sink.
     *
     * <pre>{@code
     * long n = DisclosureFormat.stream(Path.of("penalties.csv"), RecordKind.PENALTY,
     *         r -> report(validator.validate(r, publishedOn)));
     * }</pre>
     *
     * @param file the file
     * @param kind the kind of every record
     * @param sink receives each record, in file order
     * @return the number of records read
     * @throws MalformedPayloadException if the file cannot be read as records, saying where
     * @throws UncheckedIOException if the file cannot be read
     */
    public static long stream(Path file, RecordKind kind, Consumer<? super ParsedRecord> sink) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, file.toString(), kind, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads UTF-8 input record by record, like {@link #stream(Path, RecordKind, Consumer)}.
     *
     * @param in the input, not closed
     * @param source a name for the input in messages
     * @param kind the kind of every record
     * @param sink receives each record, in input order
     * @return the number of records read
     * @throws MalformedPayloadException if the input cannot be read as records, saying where
     * @throws IOException if the input cannot be read
     */
    public static long stream(InputStream in, String source, RecordKind kind, Consumer<? super ParsedRecord> sink)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sink, "sink");
        PushbackInputStream pin = new PushbackInputStream(new BufferedInputStream(in, 65536), PUSHBACK);
        byte[] bom = new byte[3];
        int n = pin.readNBytes(bom, 0, 3);
        boolean hasBom = n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom && n > 0) {
            pin.unread(bom, 0, n);
        }
        // find the first non-blank byte; skipped lines are counted and the blanks on its own line are put back, so
        // that lines and columns in messages stay those of the file
        int linesBefore = 0;
        byte[] lineBlanks = new byte[PUSHBACK];
        int blanks = 0;
        int b;
        while ((b = pin.read()) == ' ' || b == '\t' || b == '\r' || b == '\n') {
            if (b == '\n') {
                linesBefore++;
                blanks = 0;
            } else if (b != '\r' && blanks < PUSHBACK - 1) {
                lineBlanks[blanks++] = (byte) b;
            }
        }
        if (b < 0) {
            throw new MalformedPayloadException(source, 1, 1, -1, "empty input");
        }
        pin.unread(b);
        pin.unread(lineBlanks, 0, blanks);
        if (b == '{' || b == '[') {
            return streamJson(STREAM_MAPPER, pin, source, kind, sink, linesBefore);
        }
        // bytes that are not UTF-8 (a GBK export from a spreadsheet) are an error, not U+FFFD in field names
        Csv.RowReader rows = new Csv.RowReader(
                new InputStreamReader(
                        pin,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                MAX_RECORD_CHARS,
                linesBefore + 1);
        try {
            return streamCsv(rows, source, kind, sink);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new MalformedPayloadException(
                        source,
                        -1,
                        -1,
                        -1,
                        "CSV: not UTF-8 text, at or after line " + rows.nextLine()
                                + " (a GBK export? save it as UTF-8)",
                        e.getCause());
            }
            throw e;
        }
    }

    /**
     * The most characters of cell content one CSV row may have: {@value}. A longer row (usually a quote that is
     * never closed) is malformed input; it keeps the memory of a streamed read bounded.
     */
    public static final int MAX_RECORD_CHARS = 1 << 24;

    private static final int PUSHBACK = 4096;

    /**
     * Reads JSON: one object or an array of objects.
     *
     * @param in the input, not closed
     * @param source a name for the input in messages
     * @param kind the kind of every record
     * @return the records
     * @throws MalformedPayloadException if the input is not such JSON, saying where
     */
    public static ParsedBatch readJson(InputStream in, String source, RecordKind kind) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        List<ParsedRecord> out = new ArrayList<>();
        streamJson(BATCH_MAPPER, in, source, kind, out::add, 0);
        return new ParsedBatch(source, kind, out);
    }

    private static long streamJson(
            ObjectMapper mapper,
            InputStream in,
            String source,
            RecordKind kind,
            Consumer<? super ParsedRecord> sink,
            int linesBefore) {
        int count = 0;
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                sink.accept(readObject(p, source, kind, 0, linesBefore));
                count++;
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT) {
                        throw malformed(p, source, count, "expected a record (a JSON object)", linesBefore);
                    }
                    sink.accept(readObject(p, source, kind, count, linesBefore));
                    count++;
                }
            } else {
                throw malformed(p, source, -1, "expected a JSON object or an array of objects", linesBefore);
            }
            if (p.nextToken() != null) {
                throw malformed(p, source, -1, "text after the end of the JSON document", linesBefore);
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new MalformedPayloadException(
                    source,
                    loc == null ? -1 : loc.getLineNr() + linesBefore,
                    loc == null ? -1 : loc.getColumnNr(),
                    count,
                    "not valid JSON: " + oneLine(e),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static String oneLine(JsonProcessingException e) {
        return ZhifaJson.describe(e);
    }

    private static ParsedRecord readObject(JsonParser p, String source, RecordKind kind, int index, int linesBefore)
            throws IOException {
        int line = p.currentTokenLocation().getLineNr() + linesBefore;
        Map<DisclosureField, String> values = new LinkedHashMap<>(64);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            DisclosureField f = INDEX.get(kind).get(key(name));
            if (f == null) {
                throw malformed(
                        p,
                        source,
                        index,
                        "unknown field " + shownName(name) + " for a " + kind.cliName() + " record ("
                                + DisclosureProblem.UNKNOWN_FIELD.code() + ")",
                        linesBefore);
            }
            if (values.containsKey(f)) {
                throw malformed(p, source, index, "field " + f.code() + " given twice", linesBefore);
            }
            JsonToken v = p.nextToken();
            switch (v) {
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> values.put(
                        f, p.getText());
                case VALUE_NULL -> values.put(f, "");
                default -> throw malformed(
                        p,
                        source,
                        index,
                        "the value of " + f.code() + " must be a string, a number or null",
                        linesBefore);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw malformed(p, source, index, "expected a field name", linesBefore);
        }
        return fromFields(kind, values, index, line);
    }

    private static MalformedPayloadException malformed(
            JsonParser p, String source, int index, String problem, int linesBefore) {
        JsonLocation loc = p.currentTokenLocation();
        return new MalformedPayloadException(source, loc.getLineNr() + linesBefore, loc.getColumnNr(), index, problem);
    }

    /**
     * Reads CSV with a header row naming the fields. Blank lines are skipped.
     *
     * @param in the input, not closed
     * @param source a name for the input in messages
     * @param kind the kind of every record
     * @return the records
     * @throws MalformedPayloadException on a broken quote, an unknown or duplicated header, or a row of the wrong
     *     width, saying where
     */
    public static ParsedBatch readCsv(Reader in, String source, RecordKind kind) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        List<ParsedRecord> out = new ArrayList<>();
        streamCsv(new Csv.RowReader(in, Long.MAX_VALUE, 1), source, kind, out::add);
        return new ParsedBatch(source, kind, out);
    }

    private static long streamCsv(
            Csv.RowReader rows, String source, RecordKind kind, Consumer<? super ParsedRecord> sink) {
        int index = -1; // -1 until the header is read
        try {
            Csv.Row header = nextNonBlank(rows);
            if (header == null) {
                throw new MalformedPayloadException(source, 1, 1, -1, "CSV: no header row");
            }
            List<DisclosureField> columns = new ArrayList<>();
            int col = 1;
            for (String name : header.cells()) {
                DisclosureField f = INDEX.get(kind).get(key(name));
                if (f == null) {
                    throw new MalformedPayloadException(
                            source,
                            header.line(),
                            col,
                            -1,
                            "CSV: unknown column " + shownName(name) + " for a " + kind.cliName() + " record ("
                                    + DisclosureProblem.UNKNOWN_FIELD.code() + ")");
                }
                if (columns.contains(f)) {
                    throw new MalformedPayloadException(
                            source, header.line(), col, -1, "CSV: column " + f.code() + " given twice");
                }
                columns.add(f);
                col += name.length() + 1;
            }
            index = 0;
            for (Csv.Row row; (row = nextNonBlank(rows)) != null; index++) {
                if (row.cells().size() != columns.size()) {
                    throw new MalformedPayloadException(
                            source,
                            row.line(),
                            -1,
                            index,
                            "CSV: row has " + row.cells().size() + " cells, the header has " + columns.size());
                }
                Map<DisclosureField, String> values = new LinkedHashMap<>(64);
                for (int c = 0; c < columns.size(); c++) {
                    values.put(columns.get(c), row.cells().get(c));
                }
                sink.accept(fromFields(kind, values, index, row.line()));
            }
        } catch (Csv.CsvSyntaxException e) {
            throw new MalformedPayloadException(source, e.line(), e.column(), index, "CSV: " + e.getMessage());
        }
        return index;
    }

    private static Csv.Row nextNonBlank(Csv.RowReader rows) throws Csv.CsvSyntaxException {
        Csv.Row r;
        do {
            r = rows.next();
        } while (r != null && r.cells().size() == 1 && r.cells().get(0).isBlank());
        return r;
    }

    /**
     * Reads CSV from a string.
     *
     * @param csv the CSV text
     * @param source a name for the input in messages
     * @param kind the kind of every record
     * @return the records
     * @throws MalformedPayloadException if the text is not such CSV
     */
    public static ParsedBatch readCsv(String csv, String source, RecordKind kind) {
        Objects.requireNonNull(csv, "csv");
        return readCsv(new StringReader(csv), source, kind);
    }

    // ---------------------------------------------------------------- field maps

    /**
     * Builds a typed record from field values (absent or blank values are absent fields).
     *
     * @param kind the kind
     * @param values the values by field
     * @param index the record's index, for the result
     * @param line the record's line, or -1
     * @return the record and the problems met reading its values
     */
    public static ParsedRecord fromFields(
            RecordKind kind, Map<? extends DisclosureField, String> values, int index, int line) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        Values v = new Values(values);
        DisclosureRecord record =
                switch (kind) {
                    case PENALTY -> penalty(v);
                    case LICENSING -> licensing(v);
                    case GENERAL -> general(v);
                };
        return new ParsedRecord(index, line, record, v.problems);
    }

    /** The party fields, which have the same constant names in both field sets, in {@link Party}'s order. */
    private static final String[] PARTY_FIELDS = {
        "PARTY_NAME",
        "PARTY_CATEGORY",
        "CREDIT_CODE",
        "BUSINESS_REGISTRATION_NUMBER",
        "ORGANIZATION_CODE",
        "TAX_REGISTRATION_NUMBER",
        "INSTITUTION_CERTIFICATE_NUMBER",
        "SOCIAL_ORGANIZATION_NUMBER",
        "LEGAL_REPRESENTATIVE",
        "LEGAL_REPRESENTATIVE_ID_TYPE",
        "LEGAL_REPRESENTATIVE_ID_NUMBER",
        "PARTY_ID_TYPE",
        "PARTY_ID_NUMBER"
    };

    private static final DisclosureField[] PENALTY_PARTY = partyFields(PenaltyField::valueOf);
    private static final DisclosureField[] LICENSING_PARTY = partyFields(LicensingField::valueOf);

    private static DisclosureField[] partyFields(Function<String, DisclosureField> byName) {
        DisclosureField[] out = new DisclosureField[PARTY_FIELDS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = byName.apply(PARTY_FIELDS[i]);
        }
        return out;
    }

    private static Party party(Values v, boolean penalty) {
        DisclosureField[] f = penalty ? PENALTY_PARTY : LICENSING_PARTY;
        return new Party(
                v.text(f[0]),
                v.vocab(f[1], PartyCategory::parse, PartyCategory.values()),
                v.text(f[2]),
                v.text(f[3]),
                v.text(f[4]),
                v.text(f[5]),
                v.text(f[6]),
                v.text(f[7]),
                v.text(f[8]),
                v.vocab(f[9], IdDocumentType::parse, IdDocumentType.values()),
                v.text(f[10]),
                v.vocab(f[11], IdDocumentType::parse, IdDocumentType.values()),
                v.text(f[12]));
    }

    private static PenaltyRecord penalty(Values v) {
        List<PenaltyKind> kinds = List.of();
        String kindText = v.text(PenaltyField.PENALTY_KINDS);
        if (kindText != null) {
            PenaltyKinds.Result r = PenaltyKinds.parse(kindText);
            kinds = r.kinds();
            String path = PenaltyField.PENALTY_KINDS.code();
            if (!r.unknown().isEmpty()) {
                v.problems.add(DisclosureProblem.NOT_IN_VOCABULARY.error(
                        path,
                        r.unknown().size() + "项不是行政处罚法第九条规定的处罚种类",
                        r.unknown().size() + " term(s) are not penalty kinds of 行政处罚法 art. 9"));
            }
            if (r.legacy()) {
                v.problems.add(DisclosureProblem.LEGACY_PENALTY_KIND.warning(
                        path,
                        "已按2021年行政处罚法第九条映射为：" + PenaltyKinds.format(kinds),
                        "mapped onto 行政处罚法 (2021) art. 9 as " + PenaltyKinds.format(kinds)));
            }
            if (r.ambiguous()) {
                v.problems.add(DisclosureProblem.AMBIGUOUS_PENALTY_KIND.warning(
                        path,
                        "“暂扣或者吊销”未说明是暂扣许可证件还是吊销许可证件",
                        "the 2009 term does not say whether the licence was suspended (暂扣许可证件) or revoked"
                                + " (吊销许可证件)"));
            }
        }
        return new PenaltyRecord(
                party(v, true),
                v.text(PenaltyField.DOCUMENT_NUMBER),
                v.text(PenaltyField.VIOLATION_TYPE),
                v.text(PenaltyField.VIOLATION_FACTS),
                v.text(PenaltyField.LEGAL_BASIS),
                kinds,
                v.text(PenaltyField.PENALTY_CONTENT),
                v.amount(PenaltyField.FINE_AMOUNT),
                v.amount(PenaltyField.CONFISCATED_AMOUNT),
                v.text(PenaltyField.SUSPENDED_OR_REVOKED_LICENCE),
                v.date(PenaltyField.DECISION_DATE),
                v.date(PenaltyField.VALID_UNTIL),
                v.date(PenaltyField.PUBLICITY_END),
                v.text(PenaltyField.AUTHORITY),
                v.text(PenaltyField.AUTHORITY_CODE),
                v.text(PenaltyField.DATA_SOURCE),
                v.text(PenaltyField.DATA_SOURCE_CODE),
                v.text(PenaltyField.REMARKS));
    }

    private static LicensingRecord licensing(Values v) {
        return new LicensingRecord(
                party(v, false),
                v.text(LicensingField.DOCUMENT_NAME),
                v.text(LicensingField.DOCUMENT_NUMBER),
                v.vocab(LicensingField.LICENCE_CATEGORY, LicenceCategory::parse, LicenceCategory.values()),
                v.text(LicensingField.CERTIFICATE_NAME),
                v.text(LicensingField.LICENCE_NUMBER),
                v.text(LicensingField.CONTENT),
                v.date(LicensingField.DECISION_DATE),
                v.date(LicensingField.VALID_FROM),
                v.date(LicensingField.VALID_TO),
                v.text(LicensingField.AUTHORITY),
                v.text(LicensingField.AUTHORITY_CODE),
                v.vocab(LicensingField.STATUS, LicenceStatus::parse, LicenceStatus.values()),
                v.text(LicensingField.DATA_SOURCE),
                v.text(LicensingField.DATA_SOURCE_CODE),
                v.text(LicensingField.REMARKS));
    }

    private static GeneralRecord general(Values v) {
        return new GeneralRecord(
                v.text(GeneralField.AUTHORITY),
                v.text(GeneralField.AUTHORITY_CODE),
                v.text(GeneralField.PARTY_NAME),
                v.vocab(GeneralField.PARTY_CATEGORY, PartyCategory::parse, PartyCategory.values()),
                v.text(GeneralField.CREDIT_CODE),
                v.vocab(GeneralField.CATEGORY, EnforcementCategory::parse, EnforcementCategory.values()),
                v.text(GeneralField.CONCLUSION),
                v.text(GeneralField.DOCUMENT_NUMBER),
                v.date(GeneralField.DECISION_DATE),
                v.text(GeneralField.REMARKS));
    }

    /** Reads typed values out of text, collecting problems. */
    private static final class Values {
        private final Map<? extends DisclosureField, String> raw;
        private final List<Violation> problems = new ArrayList<>(0);

        Values(Map<? extends DisclosureField, String> raw) {
            this.raw = raw;
        }

        String text(DisclosureField f) {
            String s = raw.get(f);
            if (s == null) {
                return null;
            }
            s = s.strip();
            return s.isEmpty() ? null : s;
        }

        <E extends Enum<E>> E vocab(DisclosureField f, Function<String, Optional<E>> parse, E[] allowed) {
            String s = text(f);
            if (s == null) {
                return null;
            }
            Optional<E> e = parse.apply(s);
            if (e.isEmpty()) {
                StringBuilder zh = new StringBuilder();
                for (E a : allowed) {
                    zh.append(zh.length() == 0 ? "" : "、").append(chineseName(a));
                }
                problems.add(DisclosureProblem.NOT_IN_VOCABULARY.error(
                        f.code(), f.chineseName() + "应为" + zh, f.jsonName() + " must be one of " + zh));
                return null;
            }
            return e.get();
        }

        BigDecimal amount(DisclosureField f) {
            String s = text(f);
            if (s == null) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                problems.add(DisclosureProblem.NOT_A_NUMBER.error(
                        f.code(), f.chineseName() + "应为以万元计的数字", f.jsonName() + " must be a number (万元)"));
                return null;
            }
        }

        LocalDate date(DisclosureField f) {
            String s = text(f);
            if (s == null) {
                return null;
            }
            LocalDate d = parseDate(s);
            if (d == null) {
                problems.add(DisclosureProblem.NOT_A_DATE.error(
                        f.code(), f.chineseName() + "应为YYYY-MM-DD格式的日期", f.jsonName() + " must be a date YYYY-MM-DD"));
            }
            return d;
        }
    }

    private static String chineseName(Enum<?> e) {
        if (e instanceof PartyCategory c) {
            return c.chineseName();
        }
        if (e instanceof IdDocumentType c) {
            return c.chineseName();
        }
        if (e instanceof LicenceCategory c) {
            return c.chineseName();
        }
        if (e instanceof LicenceStatus c) {
            return c.chineseName();
        }
        if (e instanceof EnforcementCategory c) {
            return c.chineseName();
        }
        return e.name();
    }

    /**
     * Parses a date as payloads carry it: {@code 2024-09-27}, {@code 2024/09/27}, {@code 2024/9/27} or
     * {@code 20240927}, optionally followed by a blank or {@code T} and a time, which is ignored.
     *
     * @param text the text
     * @return the date, or null if the text is not a date
     */
    static LocalDate parseDate(String text) {
        String s = text.strip();
        int cut = s.indexOf(' ');
        if (cut < 0) {
            cut = s.indexOf('T');
        }
        if (cut > 0) {
            s = s.substring(0, cut);
        }
        try {
            if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(
                        Integer.parseInt(s.substring(0, 4)),
                        Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6)));
            }
            String[] parts = s.split("[-/.]", -1);
            if (parts.length != 3
                    || parts[0].length() != 4
                    || parts[1].isEmpty()
                    || parts[1].length() > 2
                    || parts[2].isEmpty()
                    || parts[2].length() > 2) {
                return null;
            }
            for (String p : parts) {
                if (!p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
            }
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * The field values of a record as text, in field-set order; absent fields are absent from the map.
     *
     * @param record the record
     * @return the values by field
     */
    public static Map<DisclosureField, String> toFields(DisclosureRecord record) {
        Objects.requireNonNull(record, "record");
        Map<DisclosureField, String> m = new LinkedHashMap<>(64);
        if (record instanceof PenaltyRecord r) {
            putParty(m, r.party(), true);
            put(m, PenaltyField.DOCUMENT_NUMBER, r.documentNumber());
            put(m, PenaltyField.VIOLATION_TYPE, r.violationType());
            put(m, PenaltyField.VIOLATION_FACTS, r.violationFacts());
            put(m, PenaltyField.LEGAL_BASIS, r.legalBasis());
            put(
                    m,
                    PenaltyField.PENALTY_KINDS,
                    r.penaltyKinds().isEmpty() ? null : PenaltyKinds.format(r.penaltyKinds()));
            put(m, PenaltyField.PENALTY_CONTENT, r.penaltyContent());
            put(m, PenaltyField.FINE_AMOUNT, r.fineAmount());
            put(m, PenaltyField.CONFISCATED_AMOUNT, r.confiscatedAmount());
            put(m, PenaltyField.SUSPENDED_OR_REVOKED_LICENCE, r.suspendedOrRevokedLicence());
            put(m, PenaltyField.DECISION_DATE, r.decisionDate());
            put(m, PenaltyField.VALID_UNTIL, r.validUntil());
            put(m, PenaltyField.PUBLICITY_END, r.publicityEnd());
            put(m, PenaltyField.AUTHORITY, r.authority());
            put(m, PenaltyField.AUTHORITY_CODE, r.authorityCode());
            put(m, PenaltyField.DATA_SOURCE, r.dataSource());
            put(m, PenaltyField.DATA_SOURCE_CODE, r.dataSourceCode());
            put(m, PenaltyField.REMARKS, r.remarks());
        } else if (record instanceof LicensingRecord r) {
            putParty(m, r.party(), false);
            put(m, LicensingField.DOCUMENT_NAME, r.documentName());
            put(m, LicensingField.DOCUMENT_NUMBER, r.documentNumber());
            put(
                    m,
                    LicensingField.LICENCE_CATEGORY,
                    r.licenceCategory() == null ? null : r.licenceCategory().chineseName());
            put(m, LicensingField.CERTIFICATE_NAME, r.certificateName());
            put(m, LicensingField.LICENCE_NUMBER, r.licenceNumber());
            put(m, LicensingField.CONTENT, r.content());
            put(m, LicensingField.DECISION_DATE, r.decisionDate());
            put(m, LicensingField.VALID_FROM, r.validFrom());
            put(m, LicensingField.VALID_TO, r.validTo());
            put(m, LicensingField.AUTHORITY, r.authority());
            put(m, LicensingField.AUTHORITY_CODE, r.authorityCode());
            put(m, LicensingField.STATUS, r.status() == null ? null : r.status().chineseName());
            put(m, LicensingField.DATA_SOURCE, r.dataSource());
            put(m, LicensingField.DATA_SOURCE_CODE, r.dataSourceCode());
            put(m, LicensingField.REMARKS, r.remarks());
        } else if (record instanceof GeneralRecord r) {
            put(m, GeneralField.AUTHORITY, r.authority());
            put(m, GeneralField.AUTHORITY_CODE, r.authorityCode());
            put(m, GeneralField.PARTY_NAME, r.partyName());
            put(
                    m,
                    GeneralField.PARTY_CATEGORY,
                    r.partyCategory() == null ? null : r.partyCategory().chineseName());
            put(m, GeneralField.CREDIT_CODE, r.creditCode());
            put(
                    m,
                    GeneralField.CATEGORY,
                    r.category() == null ? null : r.category().chineseName());
            put(m, GeneralField.CONCLUSION, r.conclusion());
            put(m, GeneralField.DOCUMENT_NUMBER, r.documentNumber());
            put(m, GeneralField.DECISION_DATE, r.decisionDate());
            put(m, GeneralField.REMARKS, r.remarks());
        }
        return m;
    }

    private static void putParty(Map<DisclosureField, String> m, Party p, boolean penalty) {
        if (p == null) {
            return;
        }
        put(m, penalty ? PenaltyField.PARTY_NAME : LicensingField.PARTY_NAME, p.name());
        put(
                m,
                penalty ? PenaltyField.PARTY_CATEGORY : LicensingField.PARTY_CATEGORY,
                p.category() == null ? null : p.category().chineseName());
        put(m, penalty ? PenaltyField.CREDIT_CODE : LicensingField.CREDIT_CODE, p.creditCode());
        put(
                m,
                penalty ? PenaltyField.BUSINESS_REGISTRATION_NUMBER : LicensingField.BUSINESS_REGISTRATION_NUMBER,
                p.businessRegistrationNumber());
        put(m, penalty ? PenaltyField.ORGANIZATION_CODE : LicensingField.ORGANIZATION_CODE, p.organizationCode());
        put(
                m,
                penalty ? PenaltyField.TAX_REGISTRATION_NUMBER : LicensingField.TAX_REGISTRATION_NUMBER,
                p.taxRegistrationNumber());
        put(
                m,
                penalty ? PenaltyField.INSTITUTION_CERTIFICATE_NUMBER : LicensingField.INSTITUTION_CERTIFICATE_NUMBER,
                p.institutionCertificateNumber());
        put(
                m,
                penalty ? PenaltyField.SOCIAL_ORGANIZATION_NUMBER : LicensingField.SOCIAL_ORGANIZATION_NUMBER,
                p.socialOrganizationNumber());
        put(
                m,
                penalty ? PenaltyField.LEGAL_REPRESENTATIVE : LicensingField.LEGAL_REPRESENTATIVE,
                p.legalRepresentative());
        put(
                m,
                penalty ? PenaltyField.LEGAL_REPRESENTATIVE_ID_TYPE : LicensingField.LEGAL_REPRESENTATIVE_ID_TYPE,
                p.legalRepresentativeIdType() == null
                        ? null
                        : p.legalRepresentativeIdType().chineseName());
        put(
                m,
                penalty ? PenaltyField.LEGAL_REPRESENTATIVE_ID_NUMBER : LicensingField.LEGAL_REPRESENTATIVE_ID_NUMBER,
                p.legalRepresentativeIdNumber());
        put(
                m,
                penalty ? PenaltyField.PARTY_ID_TYPE : LicensingField.PARTY_ID_TYPE,
                p.idType() == null ? null : p.idType().chineseName());
        put(m, penalty ? PenaltyField.PARTY_ID_NUMBER : LicensingField.PARTY_ID_NUMBER, p.idNumber());
    }

    private static void put(Map<DisclosureField, String> m, DisclosureField f, Object value) {
        if (value != null) {
            m.put(f, value instanceof BigDecimal b ? b.toPlainString() : value.toString());
        }
    }

    /**
     * Writes records as a JSON array of objects, absent fields left out, amounts as numbers, everything else as
     * strings.
     *
     * @param records the records
     * @param naming which field names to use as keys
     * @return the JSON text
     */
    public static String toJson(List<? extends DisclosureRecord> records, FieldNaming naming) {
        StringWriter w = new StringWriter();
        writeJson(records, w, naming);
        return w.toString();
    }

    /**
     * Writes records as a JSON array of objects.
     *
     * @param records the records
     * @param out the output, not closed
     * @param naming which field names to use as keys
     */
    public static void writeJson(List<? extends DisclosureRecord> records, Writer out, FieldNaming naming) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(naming, "naming");
        try (JsonGenerator g = ZhifaJson.mapper().getFactory().createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (DisclosureRecord r : records) {
                g.writeStartObject();
                for (Map.Entry<DisclosureField, String> e : toFields(r).entrySet()) {
                    g.writeFieldName(e.getKey().name(naming));
                    if (e.getKey() == PenaltyField.FINE_AMOUNT || e.getKey() == PenaltyField.CONFISCATED_AMOUNT) {
                        g.writeNumber(new BigDecimal(e.getValue()));
                    } else {
                        g.writeString(e.getValue());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as CSV: a header row with every field of the kind, then one row per record (CRLF line ends).
     *
     * @param records the records, all of the kind
     * @param kind the kind
     * @param out the output, not closed
     * @param naming which field names to use in the header
     */
    public static void writeCsv(
            List<? extends DisclosureRecord> records, RecordKind kind, Writer out, FieldNaming naming) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(naming, "naming");
        List<DisclosureField> fields = fields(kind);
        try {
            Csv.writeRow(out, fields.stream().map(f -> f.name(naming)).toList());
            for (DisclosureRecord r : records) {
                if (r.kind() != kind) {
                    throw new IllegalArgumentException(
                            "a " + r.kind().cliName() + " record among " + kind.cliName() + " records");
                }
                Map<DisclosureField, String> values = toFields(r);
                Csv.writeRow(
                        out,
                        fields.stream().map(f -> values.getOrDefault(f, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as CSV text.
     *
     * @param records the records, all of the kind
     * @param kind the kind
     * @param naming which field names to use in the header
     * @return the CSV text
     */
    public static String toCsv(List<? extends DisclosureRecord> records, RecordKind kind, FieldNaming naming) {
        StringWriter w = new StringWriter();
        writeCsv(records, kind, w, naming);
        return w.toString();
    }

    /**
     * An unknown field or column name, quoted only if it looks like a field name: when the wrong file is read, the
     * "name" is a line of payload text that may hold personal data.
     */
    static String shownName(String name) {
        int digitRun = 0;
        boolean looksLikeName = name.length() <= 24;
        for (int i = 0; i < name.length() && looksLikeName; i++) {
            char c = name.charAt(i);
            digitRun = Character.isDigit(c) ? digitRun + 1 : 0;
            if (digitRun >= 5 || c == '@' || c == '，' || c == '。' || c == '：') {
                looksLikeName = false;
            }
        }
        return looksLikeName
                ? "'" + name + "'"
                : "of " + name.length() + " characters (not shown: it does not look like a field name; is this a "
                        + "record file with a header row?)";
    }
}
