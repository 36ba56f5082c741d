package io.github.zhifa.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A penalty decision names at least two officers (行政处罚法 art. 42); a warning, since the law allows exceptions.
 * Internal, not API.
 */
@Constraint(validatedBy = PenaltyOfficersValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PenaltyOfficers {
    /**
     * Unused: each rule reports its own message.
     *
     * @return the message template
     */
    String message() default "{zhifa.ZHIFA-VAL-100}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload ({@code Decision} puts {@code ZhifaPayload.Warning} here).
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
