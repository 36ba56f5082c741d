package io.github.zhifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables of real identifiers. Valid ones: the examples printed in GB 11643-1999 (11010519491231002X,
 * 440524188001010014) and GB 32100-2015 (91350100M000100Y43), and credit codes of public business registrations
 * (华为技术有限公司 914403001922038216, 深圳市腾讯计算机系统有限公司 9144030071526726XG). Their organisation-code parts
 * are real GB 11714 codes. Residence permits: the specimen numbers the Beijing public security bureau published
 * with the 2018 permits (Hong Kong/Macao 810000199408230021, Taiwan 830000199201300022), and numbers of the same
 * layout whose check character was worked out by hand from the GB 11643 weights.
 */
class IdentifierTableTest {

    @ParameterizedTest(name = "{0} is a valid {1}")
    @CsvSource({
        "11010519491231002X, RESIDENT_ID_18",
        "11010519491231002x, RESIDENT_ID_18",
        "440524188001010014, RESIDENT_ID_18",
        "110105491231002, RESIDENT_ID_15",
        "810000199408230021, RESIDENCE_PERMIT",
        "830000199201300022, RESIDENCE_PERMIT",
        "810000199001010019, RESIDENCE_PERMIT",
        "820000200002290021, RESIDENCE_PERMIT",
        "830000198512310039, RESIDENCE_PERMIT"
    })
    void validResidentIds(String value, IdentifierType type) {
        IdentifierCheck c = ResidentIdNumber.check(value);
        assertThat(c.isStrictlyValid()).as(c.toString()).isTrue();
        assertThat(c.type()).isEqualTo(type);
        assertThat(Identifiers.detect(value)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}: {1} at {2}, expected [{3}] found [{4}]")
    @CsvSource({
        "11010519491231002,   LENGTH,          0, 18 or 15, 17",
        "1101051949123100211, LENGTH,          0, 18 or 15, 19",
        "11010519491231002Y,  ALPHABET,       18, 0-9 or X,   Y",
        "1101051949I231002X,  ALPHABET,       11, 0-9,        I",
        "00010519491231002X,  REGION,          1, '',         00xxxx",
        "811000199001010019,  REGION,          1, 810000,     81xxxx",
        "11010519490231002X,  BIRTH_DATE,      7, '',         ''",
        "11010518000101002X,  BIRTH_DATE,      7, '',         ''",
        "110105190002290027,  BIRTH_DATE,      7, '',         ''",
        "110105194912310021,  CHECK_CHARACTER, 18, X,        1",
        "440524188001010015,  CHECK_CHARACTER, 18, 4,        5",
        "810000199001010010,  CHECK_CHARACTER, 18, 9,        0",
        "810000199408230023,  CHECK_CHARACTER, 18, 1,        3",
        "110105491331002,     BIRTH_DATE,      7, '',         ''",
        "810000900101001,     REGION,          1, '',         81xxxx"
    })
    void invalidResidentIds(String value, IdentifierProblem problem, int position, String expected, String found) {
        IdentifierCheck c = ResidentIdNumber.check(value);
        assertThat(c.problem()).isEqualTo(problem);
        assertThat(c.position()).isEqualTo(position);
        assertThat(c.expected()).isEqualTo(expected);
        assertThat(c.found()).isEqualTo(found);
        assertThat(c.isValid()).isFalse();
        // The explanation never repeats the value.
        assertThat(c.message(Locale.ENGLISH)).doesNotContain(value.substring(0, 10));
        assertThat(c.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(value.substring(0, 10));
    }

    @Test
    void explanationsNameTheRuleInBothLanguages() {
        IdentifierCheck c = ResidentIdNumber.check("110105194912310021");
        assertThat(c.message(Locale.ENGLISH))
                .isEqualTo("resident ID number (18 digits) check character (position 18) is '1', expected 'X'");
        assertThat(c.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("居民身份证号码（18位）校验码（第18位）为“1”，应为“X”");
        assertThat(ResidentIdNumber.check("811000199001010019").message(Locale.ENGLISH))
                .contains("81xxxx")
                .contains("expected 810000");
        assertThat(ResidentIdNumber.check(" ").problem()).isEqualTo(IdentifierProblem.EMPTY);
        // the Chinese text is Chinese throughout
        assertThat(ResidentIdNumber.check("1101051949").message(Locale.SIMPLIFIED_CHINESE))
                .endsWith("长度为10位，应为18或15位");
        assertThat(OrganizationCode.check("12345").message(Locale.SIMPLIFIED_CHINESE))
                .endsWith("长度为5位，应为9或10位")
                .doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void legacyNumberUpgradesToTheStandardsExample() {
        ResidentIdNumber legacy = ResidentIdNumber.parse("110105491231002");
        assertThat(legacy.to18().value()).isEqualTo("11010519491231002X");
        assertThat(legacy.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.parse("440524188001010014").birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(ResidentIdNumber.parse("11010519491231002X").toString())
                .isEqualTo("ResidentIdNumber[1****************X]");
        assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("ZHIFA-ID-006")
                .hasMessageNotContaining("1101051949");
    }

    @ParameterizedTest(name = "{0} is a valid credit code")
    @CsvSource({"91350100M000100Y43", "914403001922038216", "9144030071526726XG", "9144030071526726xg"})
    void validCreditCodes(String value) {
        assertThat(UnifiedSocialCreditCode.check(value).isStrictlyValid()).isTrue();
        assertThat(Identifiers.detect(value)).isEqualTo(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(value);
        assertThat(OrganizationCode.isValid(code.organizationCodePart())).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} at {2}, expected [{3}] found [{4}]")
    @CsvSource({
        "91350100M000100Y4,   LENGTH,          0,  18,                            17",
        "91350100M000100I43,  ALPHABET,       16, 0-9 and A-Y except I O S V Z,  I",
        "91350100M000100Y4O,  ALPHABET,       18, 0-9 and A-Y except I O S V Z,  O",
        "913501A0M000100Y43,  ALPHABET,        7, 0-9 (region code),             A",
        "91350100M000100Y44,  CHECK_CHARACTER, 18, 3,                            4",
        "914403001922038217,  CHECK_CHARACTER, 18, 6,                            7"
    })
    void invalidCreditCodes(String value, IdentifierProblem problem, int position, String expected, String found) {
        IdentifierCheck c = UnifiedSocialCreditCode.check(value);
        assertThat(c.problem()).isEqualTo(problem);
        assertThat(c.position()).isEqualTo(position);
        assertThat(c.expected()).isEqualTo(expected);
        assertThat(c.found()).isEqualTo(found);
        assertThat(c.isValid()).isFalse();
    }

    @Test
    void lenientModeAcceptsOnlyAWrongCheckCharacter() {
        IdentifierCheck lenient =
                UnifiedSocialCreditCode.check("91350100M000100Y44", UnifiedSocialCreditCode.Mode.LENIENT);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.isStrictlyValid()).isFalse();
        assertThat(lenient.problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER);
        assertThat(lenient.message(Locale.ENGLISH)).contains("accepted in lenient mode");
        assertThat(UnifiedSocialCreditCode.check("91350100M000100I43", UnifiedSocialCreditCode.Mode.LENIENT)
                        .isValid())
                .isFalse();
    }

    @ParameterizedTest(name = "{0} is a valid organisation code")
    @CsvSource({"D2143569-X", "D2143569X", "19220382-1", "71526726-X", "M000100Y-4"})
    void validOrganizationCodes(String value) {
        assertThat(OrganizationCode.check(value).isStrictlyValid()).isTrue();
        assertThat(Identifiers.detect(value)).isEqualTo(IdentifierType.ORGANIZATION_CODE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "71526726-3,  CHECK_CHARACTER, 9, X, 3",
        "19220382-2,  CHECK_CHARACTER, 9, 1, 2",
        "1922038-21,  LENGTH,          0, 9 or 10, 10",
        "1922038a1,   CHECK_CHARACTER, 9, 7, 1",
        "19220_821,   ALPHABET,        6, 0-9 A-Z, _",
        "19220382Y,   ALPHABET,        9, 0-9 or X, Y"
    })
    void invalidOrganizationCodes(
            String value, IdentifierProblem problem, int position, String expected, String found) {
        IdentifierCheck c = OrganizationCode.check(value);
        assertThat(c.problem()).isEqualTo(problem);
        assertThat(c.position()).isEqualTo(position);
        assertThat(c.expected()).isEqualTo(expected);
        assertThat(c.found()).isEqualTo(found);
    }
}
