package io.github.zhifa.disclosure;

import io.github.zhifa.core.domain.EnforcementCategory;
import java.util.List;

/**
 * The fields of a general disclosure record (执法机关、执法对象、执法类别、执法结论、决定日期). There is no national
 * code set for these: the {@code ZF_*} codes are zhifa's own, built the 双公示 way (see {@code disclosure/README.md}).
 */
public enum GeneralField implements DisclosureField {
    /** 执法机关. */
    AUTHORITY("ZF_ZFJG", "执法机关", "authority"),
    /** 执法机关统一社会信用代码. */
    AUTHORITY_CODE("ZF_ZFJGDM", "执法机关统一社会信用代码", "authorityCode"),
    /** 执法对象 (name of the party). */
    PARTY_NAME("ZF_DX_MC", "执法对象", "partyName", "执法对象名称"),
    /** 执法对象类别: {@link PartyCategory}. */
    PARTY_CATEGORY("ZF_DX_LB", "执法对象类别", "partyCategory"),
    /** 统一社会信用代码 of the party. */
    CREDIT_CODE("ZF_DX_SHXYM", "统一社会信用代码", "creditCode"),
    /** 执法类别: {@link EnforcementCategory}. */
    CATEGORY("ZF_ZFLB", "执法类别", "category"),
    /** 执法结论. */
    CONCLUSION("ZF_ZFJL", "执法结论", "conclusion"),
    /** 执法决定文书号. */
    DOCUMENT_NUMBER("ZF_WSH", "执法决定文书号", "documentNumber", "文书号"),
    /** 决定日期. */
    DECISION_DATE("ZF_JDRQ", "决定日期", "decisionDate"),
    /** 备注. */
    REMARKS("BZ", "备注", "remarks");

    private final FieldNames names;

    GeneralField(String code, String chineseName, String jsonName, String... aliases) {
        this.names = new FieldNames(code, chineseName, jsonName, List.of(aliases));
    }

    @Override
    public FieldNames names() {
        return names;
    }
}
