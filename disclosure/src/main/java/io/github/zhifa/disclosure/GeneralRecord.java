package io.github.zhifa.disclosure;

import io.github.zhifa.core.domain.EnforcementCategory;
import java.time.LocalDate;

/**
 * A general disclosure record for enforcement decisions other than 双公示 ones: 执法机关、执法对象、执法类别、
 * 执法结论 and the decision date (see {@link GeneralField}). Any component may be {@code null} (absent).
 * {@link #toString()} omits the party's name. Immutable.
 *
 * @param authority 执法机关
 * @param authorityCode 执法机关统一社会信用代码
 * @param partyName 执法对象
 * @param partyCategory 执法对象类别
 * @param creditCode the party's 统一社会信用代码 (legal persons and individual businesses)
 * @param category 执法类别
 * @param conclusion 执法结论
 * @param documentNumber 执法决定文书号
 * @param decisionDate 决定日期
 * @param remarks 备注
 */
public record GeneralRecord(
        String authority,
        String authorityCode,
        String partyName,
        PartyCategory partyCategory,
        String creditCode,
        EnforcementCategory category,
        String conclusion,
        String documentNumber,
        LocalDate decisionDate,
        String remarks)
        implements DisclosureRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.GENERAL;
    }

    @Override
    public String toString() {
        return "GeneralRecord[authority=" + authority + ", partyCategory=" + partyCategory + ", category=" + category
                + ", documentNumber=" + documentNumber + ", decisionDate=" + decisionDate + "]";
    }
}
