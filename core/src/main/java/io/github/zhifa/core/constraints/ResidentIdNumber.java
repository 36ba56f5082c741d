package io.github.zhifa.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link CharSequence} must be a valid 居民身份证号码 or Hong Kong / Macao / Taiwan residence permit number (GB 11643): 18 characters with check character, or the legacy 15 digits. {@code null} is valid.
 *
 * <p>A violation's message names the rule that failed (code {@code ZHIFA-ID-001} … {@code ZHIFA-ID-006}) without
 * repeating the value.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentIdNumber {
    /**
     * The message template used when the validator cannot name the failed rule (it usually can).
     *
     * @return the message template
     */
    String message() default "{zhifa.ZHIFA-ID-000}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
