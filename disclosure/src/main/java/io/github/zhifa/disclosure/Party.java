package io.github.zhifa.disclosure;

/**
 * 行政相对人: the party of a 双公示 record, with its codes and, for a natural person, its identity document. Any
 * component may be {@code null} (absent). {@link #toString()} shows the category and the (public) credit code only:
 * names and ID numbers of natural persons are personal data.
 *
 * @param name 行政相对人名称
 * @param category 行政相对人类别
 * @param creditCode 统一社会信用代码
 * @param businessRegistrationNumber 工商注册号
 * @param organizationCode 组织机构代码
 * @param taxRegistrationNumber 税务登记号
 * @param institutionCertificateNumber 事业单位证书号
 * @param socialOrganizationNumber 社会组织登记证号
 * @param legalRepresentative 法定代表人
 * @param legalRepresentativeIdType 法定代表人证件类型
 * @param legalRepresentativeIdNumber 法定代表人证件号码
 * @param idType 证件类型 (natural person)
 * @param idNumber 证件号码 (natural person)
 */
public record Party(
        String name,
        PartyCategory category,
        String creditCode,
        String businessRegistrationNumber,
        String organizationCode,
        String taxRegistrationNumber,
        String institutionCertificateNumber,
        String socialOrganizationNumber,
        String legalRepresentative,
        IdDocumentType legalRepresentativeIdType,
        String legalRepresentativeIdNumber,
        IdDocumentType idType,
        String idNumber) {

    /**
     * A legal person or other organisation with a credit code and a legal representative.
     *
     * @param name the name
     * @param creditCode the unified social credit code
     * @param legalRepresentative the legal representative
     * @return the party
     */
    public static Party legalPerson(String name, String creditCode, String legalRepresentative) {
        return new Party(
                name,
                PartyCategory.LEGAL_PERSON,
                creditCode,
                null,
                null,
                null,
                null,
                null,
                legalRepresentative,
                null,
                null,
                null,
                null);
    }

    /**
     * A natural person with an identity document.
     *
     * @param name the name
     * @param idType the document type
     * @param idNumber the document number
     * @return the party
     */
    public static Party naturalPerson(String name, IdDocumentType idType, String idNumber) {
        return new Party(
                name,
                PartyCategory.NATURAL_PERSON,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                idType,
                idNumber);
    }

    @Override
    public String toString() {
        return "Party[category=" + category + (creditCode == null ? "" : ", creditCode=" + creditCode) + "]";
    }
}
