package io.github.zhifa.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Cross-field rules of {@code Party}: a party carries the identifiers its kind needs. Internal, not API. */
@Constraint(validatedBy = PartyRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PartyRules {
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
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
