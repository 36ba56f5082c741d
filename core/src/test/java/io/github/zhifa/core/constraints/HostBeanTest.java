package io.github.zhifa.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constraints on a host application's own class, validated by the host's own validator (not
 * ZhifaValidation). The test class path carries a host {@code ValidationMessages.properties}: both bundles resolve.
 */
class HostBeanTest {
    /** A host's class. */
    static final class Supplier {
        @NotNull(message = "{host.required}")
        @UnifiedSocialCreditCode
        String creditCode;

        @UnifiedSocialCreditCode(lenient = true)
        String legacyCreditCode;

        @OrganizationCode
        String organizationCode;

        @ResidentIdNumber
        String contactId;

        List<@ResidentIdNumber String> otherIds = List.of();
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ROOT, false))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static List<String> problems(Supplier s) {
        return validator.validate(s).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(HostBeanTest::line)
                .toList();
    }

    private static String line(ConstraintViolation<Supplier> v) {
        return v.getPropertyPath() + ": " + v.getMessage();
    }

    @Test
    void validValuesPass() {
        Supplier s = new Supplier();
        s.creditCode = "914403001922038216";
        s.legacyCreditCode = "91350100M000100Y44"; // wrong check character, accepted leniently
        s.organizationCode = "19220382-1";
        s.contactId = "11010519491231002X";
        s.otherIds = List.of("440524188001010014", "810000199001010019");
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void eachFieldSaysWhichRuleFailed() {
        Supplier s = new Supplier();
        s.creditCode = null;
        s.legacyCreditCode = "91350100M000100I44";
        s.organizationCode = "19220382-2";
        s.contactId = "811000199001010019";
        s.otherIds = List.of("440524188001010014", "44052418800101001");
        assertThat(problems(s))
                .containsExactly(
                        "contactId: region code 81xxxx is not a valid administrative division",
                        "creditCode: the host's own message",
                        "legacyCreditCode: character 16 ('I') is not allowed at that position",
                        "organizationCode: check character (position 9) is '2', expected '1'",
                        "otherIds[1].<list element>: has 17 characters, expected 18 (or 15 for a legacy number)");
    }

    @Test
    void oddCharactersAreShownSafely() {
        Supplier s = new Supplier();
        s.creditCode = "91350100M000100{43";
        assertThat(problems(s)).containsExactly("creditCode: character 16 ('U+007B') is not allowed at that position");
    }

    @Test
    void theProvidersClockSaysWhetherABirthDateIsInTheFuture() {
        // 11010519491231002X is GB 11643's own example, born 1949-12-31; Bean Validation's ClockProvider fixes "today"
        Supplier s = new Supplier();
        s.creditCode = "914403001922038216";
        s.contactId = "11010519491231002X";
        for (String[] c : new String[][] {
            {"1949-12-30T12:00:00Z", "contactId: birth date (from position 7) is after today"},
            {"1949-12-31T12:00:00Z", null}
        }) {
            java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse(c[0]), java.time.ZoneOffset.UTC);
            try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ROOT, false))
                    .clockProvider(() -> clock)
                    .buildValidatorFactory()) {
                List<String> found = f.getValidator().validate(s).stream()
                        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                        .toList();
                assertThat(found).as(c[0]).isEqualTo(c[1] == null ? List.of() : List.of(c[1]));
            }
        }
    }
}
