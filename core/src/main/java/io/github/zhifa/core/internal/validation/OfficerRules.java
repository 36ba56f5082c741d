package io.github.zhifa.core.internal.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Cross-field rules of {@code Officer}: an officer's qualification dates are in order. Internal, not API. */
@Constraint(validatedBy = OfficerRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OfficerRules {
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
