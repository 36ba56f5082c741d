package io.github.zhifa.core.id;

/** The kinds of identifier zhifa validates, with their Chinese names and the standard that defines them. */
public enum IdentifierType {
    /** 18-digit resident identity card number of the mainland (GB 11643-1999). */
    RESIDENT_ID_18("居民身份证号码（18位）", "resident ID number (18 digits)", "GB 11643-1999"),
    /** Legacy 15-digit resident identity card number (first generation, no check character). */
    RESIDENT_ID_15("居民身份证号码（15位）", "resident ID number (legacy 15 digits)", "GB 11643-1989"),
    /** Residence permit of Hong Kong, Macao or Taiwan residents (area 810000/820000/830000, GB 11643 check). */
    RESIDENCE_PERMIT("港澳台居民居住证号码", "HK/Macao/Taiwan residence permit number", "GB 11643-1999"),
    /** Unified social credit code of legal persons and other organisations (GB 32100-2015). */
    UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码", "unified social credit code", "GB 32100-2015"),
    /** National organisation code (GB 11714-1997). */
    ORGANIZATION_CODE("组织机构代码", "organisation code", "GB 11714-1997");

    private final String chineseName;
    private final String englishName;
    private final String standard;

    IdentifierType(String chineseName, String englishName, String standard) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.standard = standard;
    }

    /**
     * The Chinese name, e.g. 统一社会信用代码.
     *
     * @return the Chinese name
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String englishName() {
        return englishName;
    }

    /**
     * The national standard that defines the identifier.
     *
     * @return e.g. {@code GB 32100-2015}
     */
    public String standard() {
        return standard;
    }
}
