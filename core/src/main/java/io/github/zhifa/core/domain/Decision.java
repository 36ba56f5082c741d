package io.github.zhifa.core.domain;

import io.github.zhifa.core.constraints.ZhifaPayload;
import io.github.zhifa.core.internal.validation.DecisionRules;
import io.github.zhifa.core.internal.validation.PenaltyOfficers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An enforcement decision (执法决定): document number, category, the body and officers, the party, the dates, the
 * conclusion and its legal basis. Immutable (the lists are unmodifiable copies).
 *
 * <p>Rules checked by validation besides each field's own: the dates are in order (filed ≤ decided ≤ served); a
 * penalty or coercive measure names at least two officers (行政处罚法 art. 42, 行政强制法 art. 18(2); a warning for
 * penalties, since art. 42 allows exceptions by law); every officer is qualified on the decision date.
 *
 * @param documentNumber the document number (文号), e.g. 厦市监罚〔2024〕12号
 * @param category the enforcement category
 * @param body the enforcement body in whose name the decision is made
 * @param officers the officers who handled the case
 * @param party the party the decision is addressed to
 * @param filedDate the day the case was filed (立案), or {@code null}
 * @param decisionDate the day of the decision
 * @param servedDate the day the decision was served (送达), or {@code null}
 * @param conclusion the conclusion (执法结论), e.g. the penalty imposed
 * @param legalBasis the provisions the decision rests on, at least one
 */
@DecisionRules
@PenaltyOfficers(payload = ZhifaPayload.Warning.class)
public record Decision(
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}")
                @Size(max = 100, message = "{zhifa.ZHIFA-VAL-002}")
                @Pattern(
                        regexp = "\\S.*[〔\\[（(](19|20)\\d{2}[〕\\]）)]\\s*第?\\s*\\d+\\s*号",
                        message = "{zhifa.ZHIFA-VAL-003.documentNumber}")
                String documentNumber,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") EnforcementCategory category,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") @Valid EnforcementBody body,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}")
                List<@NotNull(message = "{zhifa.ZHIFA-VAL-001}") @Valid Officer> officers,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") @Valid Party party,
        LocalDate filedDate,
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") LocalDate decisionDate,
        LocalDate servedDate,
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}") @Size(max = 4000, message = "{zhifa.ZHIFA-VAL-002}")
                String conclusion,
        @NotEmpty(message = "{zhifa.ZHIFA-VAL-006}")
                List<@NotNull(message = "{zhifa.ZHIFA-VAL-001}") @Valid LegalBasisCitation> legalBasis) {

    /**
     * Copies the lists ({@code null} stays {@code null} so that validation can report it; {@code null} elements are
     * kept for the same reason).
     *
     * @param documentNumber the document number
     * @param category the category
     * @param body the body
     * @param officers the officers
     * @param party the party
     * @param filedDate the filing day
     * @param decisionDate the decision day
     * @param servedDate the service day
     * @param conclusion the conclusion
     * @param legalBasis the legal basis
     */
    public Decision {
        officers = copy(officers);
        legalBasis = copy(legalBasis);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
