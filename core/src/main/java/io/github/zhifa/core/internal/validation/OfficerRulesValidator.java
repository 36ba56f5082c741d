package io.github.zhifa.core.internal.validation;

import io.github.zhifa.core.domain.Officer;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OfficerRules}: the qualification does not end before it starts. */
public final class OfficerRulesValidator implements ConstraintValidator<OfficerRules, Officer> {
    /** Creates the validator (called by the Bean Validation provider). */
    public OfficerRulesValidator() {}

    @Override
    public boolean isValid(Officer o, ConstraintValidatorContext context) {
        if (o == null || o.qualifiedFrom() == null || o.qualifiedUntil() == null) {
            return true;
        }
        if (o.qualifiedUntil().isBefore(o.qualifiedFrom())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-105}")
                    .addPropertyNode("qualifiedUntil")
                    .addConstraintViolation();
            return false;
        }
        return true;
    }
}
