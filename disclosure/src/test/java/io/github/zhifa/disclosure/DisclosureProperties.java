package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.core.id.ResidentIdNumber;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.internal.Csv;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws that hold for every input: round trips, valid records pass, a broken field is reported on its path. */
class DisclosureProperties {
    private static final DisclosureValidator VALIDATOR = DisclosureValidatorTest.VALIDATOR;

    // ---------------------------------------------------------------- generators

    /** Text with the characters that trouble CSV and JSON, never blank at either end. */
    private static Arbitrary<String> text() {
        Arbitrary<Character> edge = Arbitraries.of('甲', '乙', 'X', '1', '（');
        Arbitrary<String> middle = Arbitraries.strings()
                .withChars('a', '某', ',', '"', '\n', '\r', ' ', '，', '\\', '{', '号')
                .ofMaxLength(20);
        return Combinators.combine(edge, middle, edge).as((a, mid, b) -> a + mid + b);
    }

    private static Arbitrary<String> creditCode(String prefix) {
        return Arbitraries.strings()
                .withChars(UnifiedSocialCreditCode.ALPHABET.toCharArray())
                .ofLength(9)
                .map(org -> {
                    String first17 = prefix + "110105" + org;
                    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
                });
    }

    private static Arbitrary<String> residentId() {
        return Combinators.combine(
                        Arbitraries.of("110105", "310115", "440300", "510104"),
                        Arbitraries.integers().between(1950, 2004),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 999))
                .as((area, y, m, d, seq) -> {
                    String first17 = area + String.format("%04d%02d%02d%03d", y, m, d, seq);
                    return first17 + ResidentIdNumber.checkCharacter(first17);
                });
    }

    private static Arbitrary<BigDecimal> amount() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 100_000_000L),
                        Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf);
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 365 * 5).map(d -> LocalDate.of(2020, 1, 1)
                .plusDays(d));
    }

    private static Arbitrary<Party> party() {
        Arbitrary<Party> legal =
                Combinators.combine(text(), creditCode("91"), text()).as(Party::legalPerson);
        Arbitrary<Party> natural = Combinators.combine(text(), residentId())
                .as((n, id) -> Party.naturalPerson(n, IdDocumentType.RESIDENT_ID, id));
        Arbitrary<Party> individual = Combinators.combine(text(), creditCode("92"))
                .as((n, c) -> new Party(
                        n,
                        PartyCategory.INDIVIDUAL_BUSINESS,
                        c,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return Arbitraries.oneOf(legal, natural, individual);
    }

    @Provide
    Arbitrary<PenaltyRecord> penalties() {
        Arbitrary<List<PenaltyKind>> kinds = Arbitraries.of(
                List.of(PenaltyKind.FINE),
                List.of(PenaltyKind.WARNING, PenaltyKind.FINE),
                List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS),
                List.of(PenaltyKind.PUBLIC_CRITICISM),
                List.of(PenaltyKind.ORDER_TO_SUSPEND_BUSINESS, PenaltyKind.FINE));
        Arbitrary<String> docNumber = Combinators.combine(
                        Arbitraries.of("京朝市监处罚", "沪市监案处字", "深市监罚字"),
                        Arbitraries.integers().between(1, 99999))
                .as((agency, n) -> agency + "〔" + "%s" + "〕" + n + "号");
        return Combinators.combine(party(), docNumber, text(), text(), kinds, amount(), date(), creditCode("11"))
                .as((party, doc, facts, basis, ks, fine, decided, authorityCode) -> new PenaltyRecord(
                        party,
                        String.format(doc, decided.getYear()),
                        facts,
                        facts,
                        basis,
                        ks,
                        basis,
                        ks.contains(PenaltyKind.FINE) ? fine : null,
                        ks.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS) ? fine : null,
                        null,
                        decided,
                        decided.plusYears(1),
                        null,
                        facts,
                        authorityCode,
                        basis,
                        authorityCode,
                        null));
    }

    @Provide
    Arbitrary<List<PenaltyRecord>> penaltyLists() {
        return penalties().list().ofMaxSize(20);
    }

    // ---------------------------------------------------------------- laws

    @Property
    void csvCellsRoundTrip(@ForAll("rows") List<List<String>> rows) throws Exception {
        StringWriter w = new StringWriter();
        for (List<String> row : rows) {
            Csv.writeRow(w, row);
        }
        assertThat(Csv.read(new StringReader(w.toString())).stream()
                        .map(Csv.Row::cells)
                        .toList())
                .isEqualTo(rows);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.strings()
                .withChars('a', '某', ',', '"', '\n', '\r', ' ')
                .ofMaxLength(8);
        // a row of one empty cell is written as an empty line, which readers treat as nothing: give rows two cells
        return cell.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(6);
    }

    @Property
    void penaltiesRoundTripThroughJson(@ForAll("penalties") PenaltyRecord r, @ForAll FieldNaming naming) {
        String json = DisclosureFormat.toJson(List.of(r), naming);
        ParsedBatch back = DisclosureFormat.read(json.getBytes(StandardCharsets.UTF_8), "p.json", RecordKind.PENALTY);
        assertThat(back.typedRecords()).containsExactly(r);
        assertThat(back.records().get(0).problems()).isEmpty();
    }

    @Property
    void penaltiesRoundTripThroughCsv(@ForAll("penalties") PenaltyRecord r, @ForAll FieldNaming naming) {
        String csv = DisclosureFormat.toCsv(List.of(r, r), RecordKind.PENALTY, naming);
        assertThat(DisclosureFormat.readCsv(csv, "p.csv", RecordKind.PENALTY).typedRecords())
                .containsExactly(r, r);
    }

    @Property
    void generatedValidPenaltiesPass(@ForAll("penalties") PenaltyRecord r) {
        assertThat(VALIDATOR.validate(r)).noneMatch(Violation::isError);
    }

    /** One way to break a record, and the field path the violation must name. */
    record Breaker(String path, UnaryOperator<PenaltyRecord> breakIt) {
        @Override
        public String toString() {
            return path;
        }
    }

    @Provide
    Arbitrary<Breaker> breakers() {
        List<Breaker> b = new ArrayList<>();
        b.add(new Breaker("CF_WSH", r -> copy(r, 1, r.documentNumber().replace("〔", ""))));
        b.add(new Breaker("CF_JDRQ", r -> copy(r, 10, null)));
        b.add(new Breaker("CF_CFJGDM", r -> copy(r, 14, flipCheck(r.authorityCode()))));
        b.add(new Breaker("CF_SJLYDM", r -> copy(r, 16, null)));
        b.add(new Breaker("CF_YXQ", r -> copy(r, 11, r.decisionDate().minusDays(1))));
        b.add(new Breaker("CF_CFLB", r -> copy(r, 5, List.of())));
        b.add(new Breaker("CF_NR_FK", r -> copy(r, 7, new BigDecimal("-1"))));
        b.add(new Breaker(
                "CF_XDR_LB",
                r -> r.withParty(new Party(
                        r.party().name(),
                        null,
                        r.party().creditCode(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.party().legalRepresentative(),
                        null,
                        null,
                        r.party().idType(),
                        r.party().idNumber()))));
        return Arbitraries.of(b);
    }

    @Property
    void aRecordBrokenInOneFieldYieldsAViolationOnThatField(
            @ForAll("penalties") PenaltyRecord r, @ForAll("breakers") Breaker breaker) {
        List<Violation> vs = VALIDATOR.validate(breaker.breakIt().apply(r));
        assertThat(vs)
                .filteredOn(Violation::isError)
                .extracting(Violation::path)
                .contains(breaker.path());
    }

    @Property
    void aBrokenPartyIdentifierIsReportedOnItsField(@ForAll("penalties") PenaltyRecord r) {
        Party p = r.party();
        Party broken;
        String path;
        if (p.category() == PartyCategory.NATURAL_PERSON) {
            broken = Party.naturalPerson(p.name(), IdDocumentType.RESIDENT_ID, flipCheck(p.idNumber()));
            path = "CF_XDR_ZJHM";
        } else {
            broken = new Party(
                    p.name(),
                    p.category(),
                    flipCheck(p.creditCode()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    p.legalRepresentative(),
                    null,
                    null,
                    null,
                    null);
            path = "CF_XDR_SHXYM";
        }
        assertThat(VALIDATOR.validate(r.withParty(broken)))
                .filteredOn(Violation::isError)
                .extracting(Violation::path)
                .containsExactly(path);
    }

    private static String flipCheck(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '1' ? '2' : '1');
    }

    private static PenaltyRecord copy(PenaltyRecord r, int component, Object value) {
        Object[] c = {
            r.party(),
            r.documentNumber(),
            r.violationType(),
            r.violationFacts(),
            r.legalBasis(),
            r.penaltyKinds(),
            r.penaltyContent(),
            r.fineAmount(),
            r.confiscatedAmount(),
            r.suspendedOrRevokedLicence(),
            r.decisionDate(),
            r.validUntil(),
            r.publicityEnd(),
            r.authority(),
            r.authorityCode(),
            r.dataSource(),
            r.dataSourceCode(),
            r.remarks()
        };
        c[component] = value;
        @SuppressWarnings("unchecked")
        List<PenaltyKind> kinds = (List<PenaltyKind>) c[5];
        return new PenaltyRecord(
                (Party) c[0],
                (String) c[1],
                (String) c[2],
                (String) c[3],
                (String) c[4],
                kinds,
                (String) c[6],
                (BigDecimal) c[7],
                (BigDecimal) c[8],
                (String) c[9],
                (LocalDate) c[10],
                (LocalDate) c[11],
                (LocalDate) c[12],
                (String) c[13],
                (String) c[14],
                (String) c[15],
                (String) c[16],
                (String) c[17]);
    }

    @Property(tries = 50)
    void streamingReadsWhatTheWholeFileReaderReads(
            @ForAll("penaltyLists") List<PenaltyRecord> records,
            @ForAll boolean asCsv,
            @ForAll FieldNaming naming,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int blankLines)
            throws Exception {
        String text = "\n".repeat(blankLines)
                + (asCsv
                        ? DisclosureFormat.toCsv(records, RecordKind.PENALTY, naming)
                        : DisclosureFormat.toJson(records, naming));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ParsedBatch whole = DisclosureFormat.read(bytes, "in", RecordKind.PENALTY);
        List<ParsedRecord> streamed = new ArrayList<>();
        long n = DisclosureFormat.stream(
                new java.io.ByteArrayInputStream(bytes), "in", RecordKind.PENALTY, streamed::add);
        assertThat(n).isEqualTo(records.size());
        assertThat(streamed).isEqualTo(whole.records());
        assertThat(streamed.stream().map(ParsedRecord::record).toList()).isEqualTo(records);
        if (!records.isEmpty()) {
            assertThat(streamed.get(0).line()).isEqualTo(blankLines + (asCsv ? 2 : 1));
        }
        assertThat(streamed.stream().map(p -> VALIDATOR.validate(p, null)).toList())
                .isEqualTo(VALIDATOR.validate(whole, null).records());
    }
}
