package io.github.zhifa.disclosure.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.disclosure.redact.SyntheticCorpus.Doc;
import io.github.zhifa.disclosure.redact.SyntheticCorpus.Label;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision per kind on a generated corpus of synthetic decisions whose personal data are labelled by
 * the generator (not by the redactor). The floors asserted are the ones reached; identifiers with a checksum or a
 * fixed shape must reach 100% recall.
 */
class RedactionCorpusTest {
    private static final List<String> TERMS = SyntheticCorpus.secretTerms(500);
    private static List<Doc> corpus;
    private static final Map<PiiType, int[]> STATS = new EnumMap<>(PiiType.class); // labels, recalled, findings, tp
    private static int publicOverlaps;

    @BeforeAll
    static void run() {
        corpus = new SyntheticCorpus(20261129L, TERMS).generate(400);
        Redactor redactor = Redactor.builder().secretTerms(TERMS).build();
        for (Doc d : corpus) {
            RedactionResult r = redactor.redact(d.text());
            for (Label l : d.labels()) {
                if (l.type() == null) {
                    boolean hit =
                            r.report().findings().stream().anyMatch(f -> f.start() < l.end() && f.end() > l.start());
                    publicOverlaps += hit ? 1 : 0;
                    continue;
                }
                int[] s = STATS.computeIfAbsent(l.type(), k -> new int[4]);
                s[0]++;
                boolean covered = r.report().findings().stream()
                        .anyMatch(f -> f.type() == l.type() && f.start() <= l.start() && f.end() >= l.end());
                s[1] += covered ? 1 : 0;
            }
            for (Finding f : r.report().findings()) {
                int[] s = STATS.computeIfAbsent(f.type(), k -> new int[4]);
                s[2]++;
                boolean tp = d.labels().stream()
                        .anyMatch(l -> l.type() == f.type() && f.start() < l.end() && f.end() > l.start());
                s[3] += tp ? 1 : 0;
            }
        }
        STATS.forEach((t, s) -> System.out.printf(
                "%-20s labels %5d recall %.4f findings %5d precision %.4f%n",
                t, s[0], s[0] == 0 ? 1.0 : (double) s[1] / s[0], s[2], s[2] == 0 ? 1.0 : (double) s[3] / s[2]));
    }

    private static double recall(PiiType t) {
        int[] s = STATS.get(t);
        return s == null || s[0] == 0 ? Double.NaN : (double) s[1] / s[0];
    }

    private static double precision(PiiType t) {
        int[] s = STATS.get(t);
        return s == null || s[2] == 0 ? Double.NaN : (double) s[3] / s[2];
    }

    @Test
    void everyKindOccursInTheCorpus() {
        for (PiiType t : PiiType.values()) {
            if (t != PiiType.UNCHECKED_ID) {
                assertThat(STATS.get(t)).as(t.name()).isNotNull();
                assertThat(STATS.get(t)[0]).as(t.name()).isPositive();
            }
        }
    }

    @Test
    void identifiersWithChecksumOrFixedShapeAreAllFound() {
        for (PiiType t : Set.of(
                PiiType.RESIDENT_ID,
                PiiType.RESIDENT_ID_LEGACY,
                PiiType.RESIDENCE_PERMIT,
                PiiType.MOBILE,
                PiiType.LANDLINE,
                PiiType.BANK_CARD,
                PiiType.EMAIL,
                PiiType.PASSPORT,
                PiiType.TRAVEL_PERMIT,
                PiiType.VEHICLE_PLATE,
                PiiType.SECRET_TERM)) {
            assertThat(recall(t)).as("recall of " + t).isEqualTo(1.0);
            assertThat(precision(t)).as("precision of " + t).isEqualTo(1.0);
        }
    }

    @Test
    void namesAddressesAndBirthDatesReachTheirFloors() {
        assertThat(recall(PiiType.PERSON_NAME)).as("name recall").isGreaterThanOrEqualTo(0.99);
        assertThat(precision(PiiType.PERSON_NAME)).as("name precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall(PiiType.ADDRESS)).as("address recall").isEqualTo(1.0);
        assertThat(precision(PiiType.ADDRESS)).as("address precision").isEqualTo(1.0);
        assertThat(recall(PiiType.BIRTH_DATE)).as("birth date recall").isEqualTo(1.0);
        assertThat(precision(PiiType.BIRTH_DATE)).as("birth date precision").isEqualTo(1.0);
    }

    private static boolean fullWidth(String s) {
        return s.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E);
    }

    private static long count(java.util.function.Predicate<Label> p) {
        return corpus.stream().flatMap(d -> d.labels().stream()).filter(p).count();
    }

    @Test
    void theCorpusHoldsFullWidthSplitAndEarlyLegacyForms() {
        // the forms the scanner must handle are really there (all of them are recalled: see the floors above)
        assertThat(count(l -> l.type() != null && fullWidth(l.text()))).isGreaterThan(300);
        assertThat(count(l -> l.type() == PiiType.MOBILE && l.text().length() > 11))
                .isGreaterThan(100);
        assertThat(count(l -> l.type() == PiiType.LANDLINE
                        && (l.text().contains(" ") || l.text().contains("\u3000"))))
                .isGreaterThan(30);
        assertThat(count(l -> l.type() == PiiType.RESIDENT_ID_LEGACY
                        && SyntheticCorpus.narrow(l.text()).charAt(6) < '2'))
                .isGreaterThan(10);
        // the separator forms: runs of two or three separators, dots or slashes in mobiles, IDs split after 6, 8 or
        // 10 characters, cards split otherwise than in fours, +86/0086 numbers without the trunk 0, full-width terms
        assertThat(count(l -> l.type() == PiiType.MOBILE
                        && (SyntheticCorpus.narrow(l.text()).contains(" -")
                                || SyntheticCorpus.narrow(l.text()).contains("  "))))
                .isGreaterThan(20);
        assertThat(count(l -> l.type() == PiiType.MOBILE
                        && (SyntheticCorpus.narrow(l.text()).contains(".")
                                || SyntheticCorpus.narrow(l.text()).contains("/"))))
                .isGreaterThan(20);
        assertThat(count(l -> l.type() == PiiType.RESIDENT_ID && l.text().length() > 18))
                .isGreaterThan(40);
        assertThat(count(l -> l.type() == PiiType.BANK_CARD && irregularlySplit(SyntheticCorpus.narrow(l.text()))))
                .isGreaterThan(50);
        assertThat(count(l -> l.type() == PiiType.LANDLINE
                        && SyntheticCorpus.narrow(l.text()).startsWith("86")))
                .isGreaterThan(10);
        assertThat(count(l -> l.type() == PiiType.LANDLINE
                        && SyntheticCorpus.narrow(l.text()).startsWith("0086")))
                .isGreaterThan(10);
        assertThat(count(l -> l.type() == PiiType.SECRET_TERM && fullWidth(l.text())))
                .isGreaterThan(30);
        assertThat(count(l ->
                        l.type() == null && SyntheticCorpus.narrow(l.text()).matches("\\d{4}[./]\\d{2}[./]\\d{2}")))
                .isGreaterThan(30);
        assertThat(count(l -> l.type() == null && l.text().contains("  "))).isGreaterThan(30);
        // public look-alikes: full-width credit codes and amounts, registration numbers that read as 1900–1919
        assertThat(count(l -> l.type() == null && fullWidth(l.text()))).isGreaterThan(100);
        assertThat(count(l -> l.type() == null
                        && l.text().length() == 15
                        && io.github.zhifa.core.id.ResidentIdNumber.isValid(SyntheticCorpus.narrow(l.text()))))
                .isGreaterThan(100);
    }

    /** A digit run split into groups not all of four (6222 0212 … is the old form). */
    private static boolean irregularlySplit(String s) {
        String[] groups = s.split("[ -]");
        return groups.length > 1 && groups[0].length() != 4;
    }

    @Test
    void publicItemsStayVisible() {
        // legal persons, credit codes, registered addresses, document numbers, citations, amounts, decision dates,
        // 18-digit numbers with a wrong check character
        assertThat(publicOverlaps).isZero();
    }
}
