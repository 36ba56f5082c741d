package io.github.zhifa.core.constraints;

import io.github.zhifa.core.internal.validation.IdentifierReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;

/** Validates {@link ResidentIdNumber @ResidentIdNumber}. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {
    /** Creates the validator (called by the Bean Validation provider). */
    public ResidentIdNumberValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        // the provider's clock (ClockProvider, as @Past uses) says which day it is, for the rule "not born after today"
        Clock clock = context.getClockProvider().getClock();
        return IdentifierReports.report(
                io.github.zhifa.core.id.ResidentIdNumber.check(value, clock), context, "resident");
    }
}
