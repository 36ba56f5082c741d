package io.github.zhifa.core.internal.validation;

import io.github.zhifa.core.domain.Party;
import io.github.zhifa.core.domain.PartyKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PartyRules}: a legal person has a credit code, a natural person has none. */
public final class PartyRulesValidator implements ConstraintValidator<PartyRules, Party> {
    /** Creates the validator (called by the Bean Validation provider). */
    public PartyRulesValidator() {}

    @Override
    public boolean isValid(Party p, ConstraintValidatorContext context) {
        if (p == null || p.kind() == null) {
            return true;
        }
        boolean ok = true;
        context.disableDefaultConstraintViolation();
        if (p.kind() == PartyKind.LEGAL_PERSON
                && (p.creditCode() == null || p.creditCode().isBlank())) {
            context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-101.legalPerson}")
                    .addPropertyNode("creditCode")
                    .addConstraintViolation();
            ok = false;
        }
        if (p.kind() == PartyKind.NATURAL_PERSON && p.creditCode() != null) {
            context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-101.naturalPerson}")
                    .addPropertyNode("creditCode")
                    .addConstraintViolation();
            ok = false;
        }
        return ok;
    }
}
