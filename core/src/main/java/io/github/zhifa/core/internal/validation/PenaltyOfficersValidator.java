package io.github.zhifa.core.internal.validation;

import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.domain.EnforcementCategory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;

/** Validates {@link PenaltyOfficers}: a penalty names at least two officers. */
public final class PenaltyOfficersValidator implements ConstraintValidator<PenaltyOfficers, Decision> {
    /** Creates the validator (called by the Bean Validation provider). */
    public PenaltyOfficersValidator() {}

    @Override
    public boolean isValid(Decision d, ConstraintValidatorContext context) {
        if (d == null || d.category() != EnforcementCategory.PENALTY || d.officers() == null) {
            return true;
        }
        if (d.officers().stream().filter(Objects::nonNull).count() >= 2) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-103.penalty}")
                .addPropertyNode("officers")
                .addConstraintViolation();
        return false;
    }
}
