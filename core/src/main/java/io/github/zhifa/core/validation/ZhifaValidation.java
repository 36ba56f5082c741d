package io.github.zhifa.core.validation;

import io.github.zhifa.core.constraints.ZhifaPayload;
import io.github.zhifa.core.internal.validation.BilingualInterpolator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates any zhifa object (or any object carrying Bean Validation constraints) and returns every violation as a
 * {@link Violation}: a stable code, the field path, and the message in Chinese and English.
 *
 * <p>zhifa bootstraps its own Hibernate Validator (8 or 9, whichever the host has) with the
 * {@code ParameterMessageInterpolator}, so no Expression Language jar is needed, and ignores any
 * {@code META-INF/validation.xml} of the host. Messages come from the bundle {@code ContributorValidationMessages}
 * (English default, {@code _zh_CN}); Hibernate Validator merges bundles of that name from every jar, so they never
 * collide with the host's own {@code ValidationMessages}.
 *
 * <p>Codes: {@code ZHIFA-ID-00n} for identifiers (which rule failed), {@code ZHIFA-VAL-001} required,
 * {@code -002} length, {@code -003} format, {@code -004} date in the wrong time, {@code -005} number out of range,
 * {@code -006} empty list, {@code -1nn} cross-field rules of the domain types, {@code -000} any other constraint.
 *
 * <p>Thread-safe; the validator is built once, on first use.
 *
 * <pre>{@code
 * List<Violation> problems = ZhifaValidation.validate(decision);
 * for (Violation v : problems) {
 *     log.warn("{} {}: {} / {}", v.code(), v.path(), v.messageZh(), v.messageEn()); // the host's SLF4J logger
 * }
 * }</pre>
 */
public final class ZhifaValidation {
    private static final java.util.regex.Pattern ZHIFA_TEMPLATE =
            java.util.regex.Pattern.compile("\\{zhifa\\.(ZHIFA-[A-Z]+-\\d{3})[.}]");

    private static final Map<String, String> STANDARD_CODES = Map.ofEntries(
            Map.entry("NotNull", "ZHIFA-VAL-001"),
            Map.entry("NotBlank", "ZHIFA-VAL-001"),
            Map.entry("NotEmpty", "ZHIFA-VAL-001"),
            Map.entry("Size", "ZHIFA-VAL-002"),
            Map.entry("Pattern", "ZHIFA-VAL-003"),
            Map.entry("Email", "ZHIFA-VAL-003"),
            Map.entry("Past", "ZHIFA-VAL-004"),
            Map.entry("PastOrPresent", "ZHIFA-VAL-004"),
            Map.entry("Future", "ZHIFA-VAL-004"),
            Map.entry("FutureOrPresent", "ZHIFA-VAL-004"),
            Map.entry("Min", "ZHIFA-VAL-005"),
            Map.entry("Max", "ZHIFA-VAL-005"),
            Map.entry("DecimalMin", "ZHIFA-VAL-005"),
            Map.entry("DecimalMax", "ZHIFA-VAL-005"),
            Map.entry("Positive", "ZHIFA-VAL-005"),
            Map.entry("PositiveOrZero", "ZHIFA-VAL-005"),
            Map.entry("Negative", "ZHIFA-VAL-005"),
            Map.entry("NegativeOrZero", "ZHIFA-VAL-005"),
            Map.entry("Digits", "ZHIFA-VAL-005"));

    /** The code of a violation of a constraint zhifa does not know. */
    public static final String OTHER_CODE = "ZHIFA-VAL-000";

    private ZhifaValidation() {}

    /** Built on first use: bootstrapping the provider costs tens of milliseconds. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new BilingualInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Validates an object and its {@code @Valid} parts.
     *
     * @param object the object to validate
     * @param groups the validation groups (none: the default group)
     * @return every violation, ordered by path and code; empty when valid
     */
    public static List<Violation> validate(Object object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(object, groups);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            out.add(toViolation(cv));
        }
        out.sort(Comparator.comparing(Violation::path)
                .thenComparing(Violation::code)
                .thenComparing(Violation::messageEn));
        return List.copyOf(out);
    }

    /**
     * Whether an object has no violation of severity {@link Violation.Severity#ERROR} (warnings allowed).
     *
     * @param object the object to validate
     * @return true when valid
     */
    public static boolean isValid(Object object) {
        return validate(object).stream().noneMatch(Violation::isError);
    }

    static Violation toViolation(ConstraintViolation<?> cv) {
        String message = cv.getMessage();
        int sep = message.indexOf(BilingualInterpolator.SEPARATOR);
        String en = sep < 0 ? message : message.substring(0, sep);
        String zh = sep < 0 ? message : message.substring(sep + 1);
        boolean warning = cv.getConstraintDescriptor().getPayload().contains(ZhifaPayload.Warning.class);
        return new Violation(
                codeOf(cv),
                pathOf(cv.getPropertyPath()),
                warning ? Violation.Severity.WARNING : Violation.Severity.ERROR,
                zh,
                en);
    }

    static String codeOf(ConstraintViolation<?> cv) {
        Matcher m = ZHIFA_TEMPLATE.matcher(cv.getMessageTemplate());
        if (m.find()) {
            return m.group(1);
        }
        Class<? extends Annotation> type =
                cv.getConstraintDescriptor().getAnnotation().annotationType();
        return type.getPackageName().equals("jakarta.validation.constraints")
                ? STANDARD_CODES.getOrDefault(type.getSimpleName(), OTHER_CODE)
                : OTHER_CODE;
    }

    /** {@code officers[0].qualifiedUntil}; container-element and bean nodes add only their index. */
    static String pathOf(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object key = n.getIndex() != null ? n.getIndex() : n.getKey();
                b.append('[').append(key == null ? "" : key).append(']');
            }
            boolean named = n.getName() != null
                    && !n.getName().isEmpty()
                    && n.getKind() != ElementKind.CONTAINER_ELEMENT
                    && n.getKind() != ElementKind.BEAN;
            if (named) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(n.getName());
            }
        }
        return b.toString();
    }
}
