package io.github.zhifa.review;

import io.github.zhifa.core.ZhifaException;
import io.github.zhifa.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A rule file, a case file or an inspection file is invalid. Carries every problem found (not only the first), each
 * a {@link Violation} whose path names the rule and the field, e.g. {@code rules[2](hearing.art63.1).when.any[0]}.
 * Codes: {@code ZHIFA-REV-001} rule file, {@code ZHIFA-REV-002} case facts, {@code ZHIFA-REV-003} inspection,
 * {@code ZHIFA-REV-004} exemption list.
 */
public class ReviewDataException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /** Code of an invalid rule file. */
    public static final String RULES = "ZHIFA-REV-001";

    /** Code of invalid case facts. */
    public static final String FACTS = "ZHIFA-REV-002";

    /** Code of an invalid inspection. */
    public static final String INSPECTION = "ZHIFA-REV-003";

    /** Code of an invalid exemption list ({@code io.github.zhifa.review.exemption.ExemptionList}). */
    public static final String EXEMPTIONS = "ZHIFA-REV-004";

    /** The problems found, never empty. */
    @SuppressWarnings("serial") // an immutable List.copyOf list, serializable in practice
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param code one of the codes of this class
     * @param source the name of the input (a file name or a resource)
     * @param violations the problems, not empty
     */
    public ReviewDataException(String code, String source, List<Violation> violations) {
        super(code, message(source, violations));
        this.violations = List.copyOf(violations);
        if (this.violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
    }

    private static String message(String source, List<Violation> violations) {
        Objects.requireNonNull(source, "source");
        StringBuilder sb = new StringBuilder(source).append(": ");
        int n = Math.min(violations.size(), 3);
        for (int i = 0; i < n; i++) {
            Violation v = violations.get(i);
            sb.append(i == 0 ? "" : "; ");
            if (!v.path().isEmpty()) { // a problem with the whole document has no path
                sb.append(v.path()).append(": ");
            }
            sb.append(v.messageEn());
        }
        if (violations.size() > n) {
            sb.append("; and ").append(violations.size() - n).append(" more");
        }
        return sb.toString();
    }

    /**
     * The problems found.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
