package io.github.zhifa.core.internal.validation;

import io.github.zhifa.core.id.IdentifierCheck;
import io.github.zhifa.core.id.IdentifierProblem;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Turns a failed {@link IdentifierCheck} into a constraint violation naming the rule, never the value. */
public final class IdentifierReports {
    private IdentifierReports() {}

    /**
     * Reports the check's problem on the context, when it has one.
     *
     * @param check the check result
     * @param context the validator context
     * @param kind {@code resident}, {@code uscc} or {@code orgcode} (selects the length message)
     * @return whether the value is acceptable
     */
    public static boolean report(IdentifierCheck check, ConstraintValidatorContext context, String kind) {
        if (check.isValid()) {
            return true;
        }
        IdentifierProblem p = check.problemOpt().orElseThrow();
        String key = "zhifa." + p.code() + (p == IdentifierProblem.LENGTH ? "." + kind : "");
        if (p == IdentifierProblem.BIRTH_DATE && IdentifierCheck.NOT_AFTER_TODAY.equals(check.expected())) {
            key += ".future";
        }
        try {
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            hv.addMessageParameter("position", check.position())
                    .addMessageParameter("expected", safe(check.expected()))
                    .addMessageParameter("found", safe(check.found()));
        } catch (ValidationException notHibernate) {
            // Another provider: the message is still right, only without the position and characters.
            key = "zhifa." + p.code() + ".plain";
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        return false;
    }

    /** Shows printable ASCII as is and anything else as U+XXXX, so a message never carries control characters. */
    public static String safe(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp > 0x20 && cp < 0x7f && cp != '{' && cp != '}' && cp != '$' && cp != '\\') {
                b.appendCodePoint(cp);
            } else {
                b.append(String.format(java.util.Locale.ROOT, "U+%04X", cp));
            }
        });
        return b.toString();
    }
}
