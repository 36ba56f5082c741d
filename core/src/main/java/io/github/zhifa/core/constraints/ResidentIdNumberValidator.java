package io.github.zhifa.core.constraints;

import io.github.zhifa.core.internal.validation.IdentifierReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResidentIdNumber @ResidentIdNumber}. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {
    /** Creates the validator (called by the Bean Validation provider). */
    public ResidentIdNumberValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || IdentifierReports.report(io.github.zhifa.core.id.ResidentIdNumber.check(value), context, "resident");
    }
}
