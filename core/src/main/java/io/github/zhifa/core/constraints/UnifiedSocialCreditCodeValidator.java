package io.github.zhifa.core.constraints;

import io.github.zhifa.core.id.UnifiedSocialCreditCode.Mode;
import io.github.zhifa.core.internal.validation.IdentifierReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link UnifiedSocialCreditCode @UnifiedSocialCreditCode}, strictly or leniently. */
public final class UnifiedSocialCreditCodeValidator
        implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {
    private Mode mode = Mode.STRICT;

    /** Creates the validator (called by the Bean Validation provider). */
    public UnifiedSocialCreditCodeValidator() {}

    @Override
    public void initialize(UnifiedSocialCreditCode annotation) {
        mode = annotation.lenient() ? Mode.LENIENT : Mode.STRICT;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || IdentifierReports.report(
                        io.github.zhifa.core.id.UnifiedSocialCreditCode.check(value, mode), context, "uscc");
    }
}
