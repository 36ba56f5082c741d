package io.github.zhifa.disclosure;

import java.util.List;

/**
 * The fields of a 行政许可 双公示 record, in the order of the national field set (see {@code disclosure/README.md},
 * "Field mapping", for the table, its sources and the codes marked <b>unverified</b>).
 */
public enum LicensingField implements DisclosureField {
    /** 行政相对人名称: name of the party. */
    PARTY_NAME("XK_XDR_MC", "行政相对人名称", "partyName"),
    /** 行政相对人类别: {@link PartyCategory}. */
    PARTY_CATEGORY("XK_XDR_LB", "行政相对人类别", "partyCategory", "XK_XDR_TYPE"),
    /** 统一社会信用代码 of the party. */
    CREDIT_CODE("XK_XDR_SHXYM", "统一社会信用代码", "creditCode"),
    /** 工商注册号 (legacy business registration number). */
    BUSINESS_REGISTRATION_NUMBER("XK_XDR_GSZC", "工商注册号", "businessRegistrationNumber", "XK_XDR_GSDJ"),
    /** 组织机构代码 (GB 11714). */
    ORGANIZATION_CODE("XK_XDR_ZZJG", "组织机构代码", "organizationCode", "XK_XDR_ZDM"),
    /** 税务登记号. */
    TAX_REGISTRATION_NUMBER("XK_XDR_SWDJ", "税务登记号", "taxRegistrationNumber"),
    /** 事业单位证书号. */
    INSTITUTION_CERTIFICATE_NUMBER("XK_XDR_SYDW", "事业单位证书号", "institutionCertificateNumber"),
    /** 社会组织登记证号. */
    SOCIAL_ORGANIZATION_NUMBER("XK_XDR_SHZZ", "社会组织登记证号", "socialOrganizationNumber"),
    /** 法定代表人 (or the operator of an individual business). */
    LEGAL_REPRESENTATIVE("XK_FRDB", "法定代表人", "legalRepresentative", "XK_FR"),
    /** 法定代表人证件类型: {@link IdDocumentType}. */
    LEGAL_REPRESENTATIVE_ID_TYPE("XK_FR_ZJLX", "法定代表人证件类型", "legalRepresentativeIdType"),
    /** 法定代表人证件号码. */
    LEGAL_REPRESENTATIVE_ID_NUMBER("XK_FR_ZJHM", "法定代表人证件号码", "legalRepresentativeIdNumber", "XK_FR_SFZH"),
    /** 证件类型 of a natural person: {@link IdDocumentType}. */
    PARTY_ID_TYPE("XK_XDR_ZJLX", "证件类型", "partyIdType"),
    /** 证件号码 of a natural person. */
    PARTY_ID_NUMBER("XK_XDR_ZJHM", "证件号码", "partyIdNumber", "XK_XDR_SFZ"),
    /** 行政许可决定文书名称. */
    DOCUMENT_NAME("XK_XKWS", "行政许可决定文书名称", "documentName"),
    /** 行政许可决定文书号. */
    DOCUMENT_NUMBER("XK_WSH", "行政许可决定文书号", "documentNumber"),
    /** 许可类别: {@link LicenceCategory}. */
    LICENCE_CATEGORY("XK_XKLB", "许可类别", "licenceCategory", "XK_SPLB"),
    /** 许可证书名称. */
    CERTIFICATE_NAME("XK_XKZS", "许可证书名称", "certificateName"),
    /** 许可编号. */
    LICENCE_NUMBER("XK_XKBH", "许可编号", "licenceNumber"),
    /** 许可内容. */
    CONTENT("XK_NR", "许可内容", "content"),
    /** 许可决定日期. */
    DECISION_DATE("XK_JDRQ", "许可决定日期", "decisionDate"),
    /** 有效期自. */
    VALID_FROM("XK_YXQZ", "有效期自", "validFrom"),
    /** 有效期至 (2099-12-31 means long-term). */
    VALID_TO("XK_YXQZI", "有效期至", "validTo", "XK_JZQ"),
    /** 许可机关. */
    AUTHORITY("XK_XKJG", "许可机关", "authority", "XK_XZJG", "许可部门"),
    /** 许可机关统一社会信用代码. */
    AUTHORITY_CODE("XK_XKJGDM", "许可机关统一社会信用代码", "authorityCode", "许可部门统一社会信用代码"),
    /** 当前状态: {@link LicenceStatus}. */
    STATUS("XK_ZT", "当前状态", "status"),
    /** 数据来源单位. */
    DATA_SOURCE("XK_LYDW", "数据来源单位", "dataSource", "XK_SJLY"),
    /** 数据来源单位统一社会信用代码. */
    DATA_SOURCE_CODE("XK_LYDWDM", "数据来源单位统一社会信用代码", "dataSourceCode", "XK_SJLYDM"),
    /** 备注. */
    REMARKS("BZ", "备注", "remarks");

    private final FieldNames names;

    LicensingField(String code, String chineseName, String jsonName, String... aliases) {
        this.names = new FieldNames(code, chineseName, jsonName, List.of(aliases));
    }

    @Override
    public FieldNames names() {
        return names;
    }
}
