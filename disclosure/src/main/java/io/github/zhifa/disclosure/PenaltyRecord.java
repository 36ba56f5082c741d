package io.github.zhifa.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 行政处罚 双公示 record: the national field set (see {@link PenaltyField}) as one typed value. Amounts are in
 * 万元 (ten thousand yuan), as the field set has them. Any component may be {@code null} (absent); the list of
 * kinds is never null (empty when absent). Immutable.
 *
 * @param party 行政相对人
 * @param documentNumber 行政处罚决定书文号
 * @param violationType 违法行为类型
 * @param violationFacts 违法事实
 * @param legalBasis 处罚依据
 * @param penaltyKinds 处罚类别, in the 2021 vocabulary
 * @param penaltyContent 处罚内容
 * @param fineAmount 罚款金额 (万元)
 * @param confiscatedAmount 没收违法所得、没收非法财物的金额 (万元)
 * @param suspendedOrRevokedLicence 暂扣或吊销证照名称及编号
 * @param decisionDate 处罚决定日期
 * @param validUntil 处罚有效期
 * @param publicityEnd 公示截止期
 * @param authority 处罚机关
 * @param authorityCode 处罚机关统一社会信用代码
 * @param dataSource 数据来源单位
 * @param dataSourceCode 数据来源单位统一社会信用代码
 * @param remarks 备注
 */
public record PenaltyRecord(
        Party party,
        String documentNumber,
        String violationType,
        String violationFacts,
        String legalBasis,
        List<PenaltyKind> penaltyKinds,
        String penaltyContent,
        BigDecimal fineAmount,
        BigDecimal confiscatedAmount,
        String suspendedOrRevokedLicence,
        LocalDate decisionDate,
        LocalDate validUntil,
        LocalDate publicityEnd,
        String authority,
        String authorityCode,
        String dataSource,
        String dataSourceCode,
        String remarks)
        implements DisclosureRecord {

    /**
     * Copies the list of kinds (null becomes empty).
     *
     * @param party the party
     * @param documentNumber the document number
     * @param violationType the violation type
     * @param violationFacts the facts
     * @param legalBasis the legal basis
     * @param penaltyKinds the kinds
     * @param penaltyContent the content
     * @param fineAmount the fine in 万元
     * @param confiscatedAmount the confiscated amount in 万元
     * @param suspendedOrRevokedLicence the licence suspended or revoked
     * @param decisionDate the decision date
     * @param validUntil the end of the penalty's validity
     * @param publicityEnd the end of publication
     * @param authority the deciding authority
     * @param authorityCode its credit code
     * @param dataSource the data source
     * @param dataSourceCode its credit code
     * @param remarks remarks
     */
    public PenaltyRecord {
        penaltyKinds = penaltyKinds == null ? List.of() : List.copyOf(penaltyKinds);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PENALTY;
    }

    /**
     * A copy with other values for some fields, for tests and for fixing a record.
     *
     * @param party the party
     * @return the copy
     */
    public PenaltyRecord withParty(Party party) {
        return new PenaltyRecord(
                party,
                documentNumber,
                violationType,
                violationFacts,
                legalBasis,
                penaltyKinds,
                penaltyContent,
                fineAmount,
                confiscatedAmount,
                suspendedOrRevokedLicence,
                decisionDate,
                validUntil,
                publicityEnd,
                authority,
                authorityCode,
                dataSource,
                dataSourceCode,
                remarks);
    }

    @Override
    public String toString() {
        return "PenaltyRecord[documentNumber=" + documentNumber + ", party=" + party + ", penaltyKinds=" + penaltyKinds
                + ", fineAmount=" + fineAmount + ", decisionDate=" + decisionDate + ", authority=" + authority + "]";
    }
}
