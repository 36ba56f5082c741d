package io.github.zhifa.disclosure;

import java.time.LocalDate;

/**
 * A 行政许可 双公示 record: the national field set (see {@link LicensingField}) as one typed value. A validity end of
 * {@link #LONG_TERM} (2099-12-31) means long-term. Any component may be {@code null} (absent). Immutable.
 *
 * @param party 行政相对人
 * @param documentName 行政许可决定文书名称
 * @param documentNumber 行政许可决定文书号
 * @param licenceCategory 许可类别
 * @param certificateName 许可证书名称
 * @param licenceNumber 许可编号
 * @param content 许可内容
 * @param decisionDate 许可决定日期
 * @param validFrom 有效期自
 * @param validTo 有效期至
 * @param authority 许可机关
 * @param authorityCode 许可机关统一社会信用代码
 * @param status 当前状态
 * @param dataSource 数据来源单位
 * @param dataSourceCode 数据来源单位统一社会信用代码
 * @param remarks 备注
 */
public record LicensingRecord(
        Party party,
        String documentName,
        String documentNumber,
        LicenceCategory licenceCategory,
        String certificateName,
        String licenceNumber,
        String content,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validTo,
        String authority,
        String authorityCode,
        LicenceStatus status,
        String dataSource,
        String dataSourceCode,
        String remarks)
        implements DisclosureRecord {

    /** The validity end that the field set uses for "long-term" (长期). */
    public static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

    @Override
    public RecordKind kind() {
        return RecordKind.LICENSING;
    }

    /**
     * Whether the licence is long-term (valid to {@link #LONG_TERM}).
     *
     * @return true when long-term
     */
    public boolean isLongTerm() {
        return LONG_TERM.equals(validTo);
    }

    @Override
    public String toString() {
        return "LicensingRecord[documentNumber=" + documentNumber + ", party=" + party + ", licenceCategory="
                + licenceCategory + ", decisionDate=" + decisionDate + ", validFrom=" + validFrom + ", validTo="
                + validTo + ", status=" + status + "]";
    }
}
