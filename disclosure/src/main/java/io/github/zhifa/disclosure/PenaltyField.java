package io.github.zhifa.disclosure;

import java.util.List;

/**
 * The fields of a 行政处罚 双公示 record, in the order of the national field set. Codes, names and order follow the
 * field set as vendors exchange it (see {@code disclosure/README.md}, "Field mapping", for the table and its
 * sources); where a code is not confirmed by a published text it is marked <b>unverified</b> there. Aliases are
 * older codes and names seen in exchanges.
 */
public enum PenaltyField implements DisclosureField {
    /** 行政相对人名称: name of the party. */
    PARTY_NAME("CF_XDR_MC", "行政相对人名称", "partyName"),
    /** 行政相对人类别: {@link PartyCategory}. */
    PARTY_CATEGORY("CF_XDR_LB", "行政相对人类别", "partyCategory", "CF_XDR_TYPE"),
    /** 统一社会信用代码 of the party. */
    CREDIT_CODE("CF_XDR_SHXYM", "统一社会信用代码", "creditCode"),
    /** 工商注册号 (legacy business registration number). */
    BUSINESS_REGISTRATION_NUMBER("CF_XDR_GSZC", "工商注册号", "businessRegistrationNumber", "CF_XDR_GSDJ"),
    /** 组织机构代码 (GB 11714). */
    ORGANIZATION_CODE("CF_XDR_ZZJG", "组织机构代码", "organizationCode", "CF_XDR_ZDM"),
    /** 税务登记号. */
    TAX_REGISTRATION_NUMBER("CF_XDR_SWDJ", "税务登记号", "taxRegistrationNumber"),
    /** 事业单位证书号. */
    INSTITUTION_CERTIFICATE_NUMBER("CF_XDR_SYDW", "事业单位证书号", "institutionCertificateNumber"),
    /** 社会组织登记证号. */
    SOCIAL_ORGANIZATION_NUMBER("CF_XDR_SHZZ", "社会组织登记证号", "socialOrganizationNumber"),
    /** 法定代表人 (or the operator of an individual business). */
    LEGAL_REPRESENTATIVE("CF_FRDB", "法定代表人", "legalRepresentative", "CF_FR"),
    /** 法定代表人证件类型: {@link IdDocumentType}. */
    LEGAL_REPRESENTATIVE_ID_TYPE("CF_FR_ZJLX", "法定代表人证件类型", "legalRepresentativeIdType"),
    /** 法定代表人证件号码. */
    LEGAL_REPRESENTATIVE_ID_NUMBER("CF_FR_ZJHM", "法定代表人证件号码", "legalRepresentativeIdNumber", "CF_FR_SFZH"),
    /** 证件类型 of a natural person: {@link IdDocumentType}. */
    PARTY_ID_TYPE("CF_XDR_ZJLX", "证件类型", "partyIdType"),
    /** 证件号码 of a natural person. */
    PARTY_ID_NUMBER("CF_XDR_ZJHM", "证件号码", "partyIdNumber", "CF_XDR_SFZ"),
    /** 行政处罚决定书文号. */
    DOCUMENT_NUMBER("CF_WSH", "行政处罚决定书文号", "documentNumber"),
    /** 违法行为类型. */
    VIOLATION_TYPE("CF_WFXW", "违法行为类型", "violationType"),
    /** 违法事实. */
    VIOLATION_FACTS("CF_SY", "违法事实", "violationFacts"),
    /** 处罚依据. */
    LEGAL_BASIS("CF_YJ", "处罚依据", "legalBasis"),
    /** 处罚类别: {@link PenaltyKinds}. */
    PENALTY_KINDS("CF_CFLB", "处罚类别", "penaltyKinds", "CF_CFLB1"),
    /** 处罚内容. */
    PENALTY_CONTENT("CF_NR", "处罚内容", "penaltyContent", "CF_JG"),
    /** 罚款金额 in 万元. */
    FINE_AMOUNT("CF_NR_FK", "罚款金额（万元）", "fineAmount", "罚款金额(万元)", "罚款金额"),
    /** 没收违法所得、没收非法财物的金额 in 万元. */
    CONFISCATED_AMOUNT(
            "CF_NR_WFFF", "没收违法所得、没收非法财物的金额（万元）", "confiscatedAmount", "没收违法所得、没收非法财物的金额(万元)", "没收金额（万元）", "没收违法所得"),
    /** 暂扣或吊销证照名称及编号. */
    SUSPENDED_OR_REVOKED_LICENCE("CF_NR_ZKDX", "暂扣或吊销证照名称及编号", "suspendedOrRevokedLicence"),
    /** 处罚决定日期. */
    DECISION_DATE("CF_JDRQ", "处罚决定日期", "decisionDate"),
    /** 处罚有效期. */
    VALID_UNTIL("CF_YXQ", "处罚有效期", "validUntil"),
    /** 公示截止期. */
    PUBLICITY_END("CF_GSJZQ", "公示截止期", "publicityEnd"),
    /** 处罚机关. */
    AUTHORITY("CF_CFJG", "处罚机关", "authority", "CF_XZJG"),
    /** 处罚机关统一社会信用代码. */
    AUTHORITY_CODE("CF_CFJGDM", "处罚机关统一社会信用代码", "authorityCode"),
    /** 数据来源单位. */
    DATA_SOURCE("CF_SJLY", "数据来源单位", "dataSource"),
    /** 数据来源单位统一社会信用代码. */
    DATA_SOURCE_CODE("CF_SJLYDM", "数据来源单位统一社会信用代码", "dataSourceCode"),
    /** 备注. */
    REMARKS("BZ", "备注", "remarks");

    private final FieldNames names;

    PenaltyField(String code, String chineseName, String jsonName, String... aliases) {
        this.names = new FieldNames(code, chineseName, jsonName, List.of(aliases));
    }

    @Override
    public FieldNames names() {
        return names;
    }
}
