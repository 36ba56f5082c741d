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
 * The annotated {@link CharSequence} must be a valid 组织机构代码 (GB 11714): 8 characters and a check character, with or without the hyphen. {@code null} is valid.
 *
 * <p>A violation's message names the rule that failed (code {@code ZHIFA-ID-001} … {@code ZHIFA-ID-006}) without
 * repeating the value.
 */
@Documented
@Constraint(validatedBy = OrganizationCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface OrganizationCode {
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
