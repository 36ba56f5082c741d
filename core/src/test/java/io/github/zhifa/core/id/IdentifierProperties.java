package io.github.zhifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated identifiers. Valid ones are built with check characters computed by an independent implementation
 * here (the weights copied from the standards); every single-character substitution of a valid value must be
 * rejected.
 *
 * <p>Why a substitution is always detectable: GB 11643 works modulo the prime 11 and every weight is non-zero mod
 * 11, so changing one digit by d ≠ 0 (|d| ≤ 9) changes the sum by w·d ≢ 0; changing the check character changes
 * the expected-vs-found pair. GB 32100 works modulo the prime 31 with weights 3^i mod 31 (never 0) and 31 symbols,
 * so a change by d (0 &lt; |d| &lt; 31) changes the sum by w·d ≢ 0 (mod 31). GB 11714 works modulo 11 with weights
 * 3,7,9,10,5,8,4,2 over symbols of value 0–35: there a substitution by a difference of 11 or 22 (e.g. 0 → B) is
 * NOT detectable, so its property is restricted to digits, and {@link #organizationCodeLetterBlindSpot} shows the
 * blind spot.
 */
class IdentifierProperties {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] PROVINCES = {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
        "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"
    };

    static char idCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static char usccCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC.charAt((31 - sum % 31) % 31);
    }

    static char orgCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int r = 11 - sum % 11;
        return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
    }

    @Provide
    Arbitrary<String> residentIds() {
        Arbitrary<String> area = Combinators.combine(
                        Arbitraries.of(PROVINCES),
                        Arbitraries.strings().numeric().ofLength(4))
                .as((p, rest) -> p + rest);
        Arbitrary<String> permitArea = Arbitraries.of("810000", "820000", "830000");
        Arbitrary<LocalDate> birth = Arbitraries.integers()
                .between(0, 365 * 170)
                .map(d -> LocalDate.of(1855, 1, 1).plusDays(d));
        return Combinators.combine(
                        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, area), net.jqwik.api.Tuple.of(1, permitArea)),
                        birth,
                        Arbitraries.strings().numeric().ofLength(3))
                .as((a, b, seq) -> {
                    String first17 =
                            a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + seq;
                    return first17 + idCheck(first17);
                });
    }

    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<Character> any =
                Arbitraries.of(USCC.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
        Arbitrary<String> head = any.list().ofSize(2).map(IdentifierProperties::join);
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> org = any.list().ofSize(9).map(IdentifierProperties::join);
        return Combinators.combine(head, region, org).as((h, r, o) -> {
            String first17 = h + r + o;
            return first17 + usccCheck(first17);
        });
    }

    @Provide
    Arbitrary<String> organizationCodes() {
        return Arbitraries.strings()
                .withCharRange('0', '9')
                .withCharRange('A', 'Z')
                .ofLength(8)
                .map(body -> body + orgCheck(body));
    }

    private static String join(java.util.List<Character> cs) {
        StringBuilder b = new StringBuilder();
        cs.forEach(b::append);
        return b.toString();
    }

    @Property
    void everyGeneratedResidentIdIsAccepted(@ForAll("residentIds") String id) {
        assertThat(ResidentIdNumber.check(id).isStrictlyValid()).isTrue();
        assertThat(ResidentIdNumber.isValid18(id, 0)).isTrue();
        assertThat(Identifiers.check(id).isStrictlyValid()).isTrue();
    }

    @Property
    void everySubstitutionInAResidentIdIsRejected(
            @ForAll("residentIds") String id, @ForAll("positions18") int pos, @ForAll("idSymbols") char replacement) {
        if (id.charAt(pos) == replacement) {
            return;
        }
        String changed = id.substring(0, pos) + replacement + id.substring(pos + 1);
        assertThat(ResidentIdNumber.check(changed).isValid()).as(changed).isFalse();
        assertThat(ResidentIdNumber.isValid18(changed, 0)).isFalse();
    }

    @Provide
    Arbitrary<Integer> positions18() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> positions9() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<Character> idSymbols() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }

    @Provide
    Arbitrary<Character> usccSymbols() {
        return Arbitraries.of(USCC.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    }

    @Property
    void everyGeneratedCreditCodeIsAccepted(@ForAll("creditCodes") String code) {
        assertThat(UnifiedSocialCreditCode.check(code).isStrictlyValid()).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid(code, 0)).isTrue();
    }

    /** Every single substitution, by any symbol of the alphabet, at any position: the mod-31 scheme catches all. */
    @Property
    void everySubstitutionInACreditCodeIsRejected(
            @ForAll("creditCodes") String code, @ForAll("positions18") int pos, @ForAll("usccSymbols") char c) {
        if (code.charAt(pos) == c) {
            return;
        }
        String changed = code.substring(0, pos) + c + code.substring(pos + 1);
        IdentifierCheck check = UnifiedSocialCreditCode.check(changed);
        assertThat(check.isStrictlyValid()).as(changed).isFalse();
    }

    /** Exhaustive for one code: all 18 × 30 substitutions are caught. */
    @Property(tries = 20)
    void allSubstitutionsOfACreditCodeAreRejected(@ForAll("creditCodes") String code) {
        for (int pos = 0; pos < 18; pos++) {
            for (char c : USCC.toCharArray()) {
                if (code.charAt(pos) != c) {
                    String changed = code.substring(0, pos) + c + code.substring(pos + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(changed))
                            .as(changed)
                            .isFalse();
                }
            }
        }
    }

    @Property
    void everyGeneratedOrganizationCodeIsAccepted(@ForAll("organizationCodes") String code) {
        assertThat(OrganizationCode.check(code).isStrictlyValid()).isTrue();
        assertThat(OrganizationCode.check(code.substring(0, 8) + "-" + code.charAt(8))
                        .isStrictlyValid())
                .isTrue();
    }

    @Property
    void everyDigitSubstitutionInAnOrganizationCodeIsRejected(
            @ForAll("organizationCodes") String code, @ForAll("positions9") int pos, @ForAll("idSymbols") char c) {
        // X in the body has value 33 = 3 × 11: 0 → X would go unseen, like 0 → B (see the blind spot below)
        if (code.charAt(pos) == c || (pos < 8 && c == 'X')) {
            return;
        }
        char original = code.charAt(pos);
        if (pos < 8 && !Character.isDigit(original)) {
            return; // letter → digit differences can be multiples of 11: see the blind spot below
        }
        String changed = code.substring(0, pos) + c + code.substring(pos + 1);
        assertThat(OrganizationCode.isValid(changed)).as(changed).isFalse();
    }

    /** GB 11714's known blind spot: A (10) … differs from a digit by 11 at best; 0 ↔ B (11) is not detected. */
    @Property(tries = 10)
    void organizationCodeLetterBlindSpot(@ForAll("organizationCodes") String code) {
        String body = "0" + code.substring(1, 8);
        String valid = body + orgCheck(body);
        String swapped = "B" + valid.substring(1);
        assertThat(OrganizationCode.isValid(valid)).isTrue();
        assertThat(OrganizationCode.isValid(swapped)).isTrue();
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static String residentId(String area, LocalDate birth, String sequence) {
        String first17 = area
                + String.format(
                        Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + sequence;
        return first17 + idCheck(first17);
    }

    @Provide
    Arbitrary<LocalDate> futureBirthDates() {
        // from the day after tomorrow (no race with midnight) to the last date a 4-digit year can hold
        LocalDate first = LocalDate.now(CHINA).plusDays(2);
        long days = ChronoUnit.DAYS.between(first, LocalDate.of(9999, 12, 31));
        return Arbitraries.longs().between(0, days).map(first::plusDays).edgeCases(e -> e.add(first));
    }

    @Property
    void aBirthDateAfterTodayIsRejectedAndValidFromThatDay(@ForAll("futureBirthDates") LocalDate birth) {
        String id = residentId("110105", birth, "001");
        IdentifierCheck c = ResidentIdNumber.check(id);
        assertThat(c.problem()).isEqualTo(IdentifierProblem.BIRTH_DATE);
        assertThat(c.expected()).isEqualTo(IdentifierCheck.NOT_AFTER_TODAY);
        assertThat(ResidentIdNumber.isValid18(id, 0)).isFalse();
        IdentifierCheck detected = Identifiers.check(id);
        if (detected.isValid()) { // about 1 in 31 all-digit numbers is also a valid credit code: then it is read as one
            assertThat(detected.type()).isEqualTo(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE);
        }
        Clock onBirthDay = Clock.fixed(birth.atStartOfDay(CHINA).toInstant(), ZoneOffset.UTC);
        assertThat(ResidentIdNumber.check(id, onBirthDay).isStrictlyValid()).isTrue();
    }

    @Example
    void aNewbornsNumberIsValidFromMidnightChinaTime() {
        String id = residentId("110105", LocalDate.of(2026, 12, 1), "002");
        // 2026-11-30 23:59:59 in China is still 15:59:59 UTC on the 30th; one second later it is 1 December there
        IdentifierCheck before =
                ResidentIdNumber.check(id, Clock.fixed(Instant.parse("2026-11-30T15:59:59Z"), ZoneOffset.UTC));
        assertThat(before.problem()).isEqualTo(IdentifierProblem.BIRTH_DATE);
        assertThat(before.message(Locale.ENGLISH))
                .isEqualTo("resident ID number (18 digits) birth date (from position 7) is after today");
        assertThat(before.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("居民身份证号码（18位）出生日期（第7位起）晚于今天");
        assertThat(ResidentIdNumber.check(id, Clock.fixed(Instant.parse("2026-11-30T16:00:00Z"), ZoneOffset.UTC))
                        .isStrictlyValid())
                .isTrue();
        // a year no one alive can have been born in, found in generated redaction data
        assertThat(ResidentIdNumber.isValid18(residentId("110105", LocalDate.of(8539, 3, 1), "001"), 0))
                .isFalse();
    }
}
