package io.github.zhifa.core.internal.validation;

import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.domain.Officer;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * Validates {@link DecisionRules}: filed ≤ decided ≤ served; at least two officers for penalties (行政处罚法 art. 42)
 * and coercive measures (行政强制法 art. 18(2)); every officer qualified on the decision date.
 */
public final class DecisionRulesValidator implements ConstraintValidator<DecisionRules, Decision> {
    /** Creates the validator (called by the Bean Validation provider). */
    public DecisionRulesValidator() {}

    @Override
    public boolean isValid(Decision d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean ok = true;
        LocalDate decided = d.decisionDate();
        if (decided != null && d.filedDate() != null && d.filedDate().isAfter(decided)) {
            context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-102.filed}")
                    .addPropertyNode("filedDate")
                    .addConstraintViolation();
            ok = false;
        }
        if (decided != null && d.servedDate() != null && d.servedDate().isBefore(decided)) {
            context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-102.served}")
                    .addPropertyNode("servedDate")
                    .addConstraintViolation();
            ok = false;
        }
        if (d.officers() != null) {
            long named = d.officers().stream().filter(o -> o != null).count();
            if (d.category() == EnforcementCategory.COERCION && named < 2) {
                context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-103.coercion}")
                        .addPropertyNode("officers")
                        .addConstraintViolation();
                ok = false;
            }
            if (decided != null) {
                for (int i = 0; i < d.officers().size(); i++) {
                    Officer o = d.officers().get(i);
                    if (o != null && o.qualifiedFrom() != null && !o.isQualifiedOn(decided)) {
                        context.buildConstraintViolationWithTemplate("{zhifa.ZHIFA-VAL-104}")
                                .addPropertyNode("officers")
                                .addPropertyNode("qualifiedUntil")
                                .inIterable()
                                .atIndex(i)
                                .addConstraintViolation();
                        ok = false;
                    }
                }
            }
        }
        return ok;
    }
}
