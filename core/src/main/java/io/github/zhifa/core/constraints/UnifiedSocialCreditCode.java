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
 * The annotated {@link CharSequence} must be a valid 统一社会信用代码 (GB 32100): 18 characters with check character. {@code null} is valid.
 *
 * <p>A violation's message names the rule that failed (code {@code ZHIFA-ID-001} … {@code ZHIFA-ID-006}) without
 * repeating the value.
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface UnifiedSocialCreditCode {
    /**
     * The message template used when the validator cannot name the failed rule (it usually can).
     *
     * @return the message template
     */
    String message() default "{zhifa.ZHIFA-ID-000}";

    /**
     * Whether a wrong check character is accepted, for the known codes issued before 2016 whose check character
     * does not match GB 32100 ({@link io.github.zhifa.core.id.UnifiedSocialCreditCode.Mode#LENIENT}). Length,
     * alphabet and region digits are still checked.
     *
     * @return true to accept a wrong check character
     */
    boolean lenient() default false;

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
