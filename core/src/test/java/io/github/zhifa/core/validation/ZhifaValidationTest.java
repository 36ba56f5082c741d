package io.github.zhifa.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.domain.LegalBasisCitation;
import io.github.zhifa.core.domain.Officer;
import io.github.zhifa.core.domain.Party;
import io.github.zhifa.core.domain.PartyKind;
import io.github.zhifa.core.domain.Samples;
import io.github.zhifa.core.validation.Violation.Severity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class ZhifaValidationTest {

    @Test
    void runsOnTheExpectedHibernateValidator() {
        String version = HibernateValidator.class.getPackage().getImplementationVersion();
        String expectedMajor = System.getProperty("zhifa.expectedHibernateValidatorMajor");
        assertThat(version).isNotNull();
        if (expectedMajor != null) {
            assertThat(version).startsWith(expectedMajor + ".");
        }
        // No Expression Language implementation is needed (or present in core's tests).
        assertThat(isPresent("org.glassfish.expressly.ExpressionFactoryImpl")).isFalse();
        assertThat(isPresent("com.sun.el.ExpressionFactoryImpl")).isFalse();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void theValidSampleHasNoViolation() {
        assertThat(ZhifaValidation.validate(Samples.valid())).isEmpty();
        assertThat(ZhifaValidation.isValid(Samples.valid())).isTrue();
    }

    @Test
    void theInvalidSampleReportsEveryProblemWithCodeAndPath() {
        List<Violation> v = ZhifaValidation.validate(Samples.invalid());
        assertThat(v)
                .extracting(Violation::path, Violation::code, Violation::severity)
                .containsExactly(
                        tuple("body.creditCode", "ZHIFA-ID-006", Severity.ERROR),
                        tuple("body.regionCode", "ZHIFA-VAL-003", Severity.ERROR),
                        tuple("documentNumber", "ZHIFA-VAL-003", Severity.ERROR),
                        tuple("legalBasis", "ZHIFA-VAL-006", Severity.ERROR),
                        tuple("officers", "ZHIFA-VAL-103", Severity.WARNING),
                        tuple("officers[0].qualifiedUntil", "ZHIFA-VAL-104", Severity.ERROR),
                        tuple("party.idNumber", "ZHIFA-ID-006", Severity.ERROR),
                        tuple("servedDate", "ZHIFA-VAL-102", Severity.ERROR));
        assertThat(ZhifaValidation.isValid(Samples.invalid())).isFalse();
    }

    @Test
    void messagesAreInBothLanguagesAndNeverCarryTheValue() {
        List<Violation> v = ZhifaValidation.validate(Samples.invalid());
        Violation id = v.stream()
                .filter(x -> x.path().equals("party.idNumber"))
                .findFirst()
                .orElseThrow();
        assertThat(id.messageEn()).isEqualTo("check character (position 18) is '1', expected 'X'");
        assertThat(id.messageZh()).isEqualTo("校验码（第18位）为“1”，应为“X”");
        Violation law =
                v.stream().filter(x -> x.path().equals("officers")).findFirst().orElseThrow();
        assertThat(law.messageZh()).contains("执法人员不得少于两人").contains("第四十二条");
        assertThat(law.messageEn()).contains("art. 42");
        for (Violation x : v) {
            assertThat(x.messageEn() + x.messageZh())
                    .doesNotContain("1101051949")
                    .doesNotContain("张三");
            assertThat(x.messageEn()).matches("[\\x20-\\x7e\\u3000-\\u303f\\u4e00-\\u9fff\\uff08\\uff09]+");
            assertThat(x.messageZh()).isNotEqualTo(x.messageEn());
        }
    }

    @Test
    void englishStaysEnglishWhenTheDefaultLocaleIsChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Party p = new Party(PartyKind.LEGAL_PERSON, "", null, null);
            List<Violation> v = ZhifaValidation.validate(p);
            assertThat(v)
                    .extracting(Violation::path, Violation::code, Violation::messageEn, Violation::messageZh)
                    .containsExactly(
                            tuple(
                                    "creditCode",
                                    "ZHIFA-VAL-101",
                                    "a legal person must carry its unified social credit code",
                                    "法人应当有统一社会信用代码"),
                            tuple("name", "ZHIFA-VAL-001", "is required", "必须填写"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void crossFieldRules() {
        Decision d = Samples.valid();
        Decision coercion = new Decision(
                d.documentNumber(),
                EnforcementCategory.COERCION,
                d.body(),
                d.officers().subList(0, 1),
                Party.naturalPerson("李四", null),
                LocalDate.of(2024, 5, 1),
                d.decisionDate(),
                null,
                d.conclusion(),
                d.legalBasis());
        assertThat(ZhifaValidation.validate(coercion))
                .extracting(Violation::path, Violation::code, Violation::severity)
                .containsExactly(
                        tuple("filedDate", "ZHIFA-VAL-102", Severity.ERROR),
                        tuple("officers", "ZHIFA-VAL-103", Severity.ERROR));
        Officer backwards = new Officer("王五", "AB-12", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1));
        assertThat(ZhifaValidation.validate(backwards))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("qualifiedUntil", "ZHIFA-VAL-105"));
        Party person = new Party(PartyKind.NATURAL_PERSON, "李四", "91350100M000100Y43", "11010519491231002X");
        assertThat(ZhifaValidation.validate(person))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("creditCode", "ZHIFA-VAL-101"));
    }

    @Test
    void nullElementsAndBadCitationsArePathedByIndex() {
        Decision d = Samples.valid();
        Decision broken = new Decision(
                d.documentNumber(),
                d.category(),
                d.body(),
                Arrays.asList(d.officers().get(0), null),
                d.party(),
                d.filedDate(),
                d.decisionDate(),
                d.servedDate(),
                d.conclusion(),
                List.of(new LegalBasisCitation("", 0, -1, null)));
        assertThat(ZhifaValidation.validate(broken))
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        tuple("legalBasis[0].article", "ZHIFA-VAL-005"),
                        tuple("legalBasis[0].law", "ZHIFA-VAL-001"),
                        tuple("legalBasis[0].paragraph", "ZHIFA-VAL-005"),
                        tuple("officers", "ZHIFA-VAL-103"), // a null officer does not count
                        tuple("officers[1]", "ZHIFA-VAL-001"));
    }

    @Test
    void identifierProblemsOfEachKindAreCoded() {
        Party p = new Party(PartyKind.INDIVIDUAL_BUSINESS, "示例小吃店", "91350100M000100Y4", "11010519490231002X");
        assertThat(ZhifaValidation.validate(p))
                .extracting(Violation::path, Violation::code, Violation::messageEn)
                .containsExactly(
                        tuple("creditCode", "ZHIFA-ID-002", "has 17 characters, expected 18"),
                        tuple("idNumber", "ZHIFA-ID-005", "birth date (from position 7) is not a real date"));
    }
}
