package io.github.zhifa.core.constraints;

import io.github.zhifa.core.internal.validation.IdentifierReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OrganizationCode @OrganizationCode}. */
public final class OrganizationCodeValidator implements ConstraintValidator<OrganizationCode, CharSequence> {
    /** Creates the validator (called by the Bean Validation provider). */
    public OrganizationCodeValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || IdentifierReports.report(io.github.zhifa.core.id.OrganizationCode.check(value), context, "orgcode");
    }
}
