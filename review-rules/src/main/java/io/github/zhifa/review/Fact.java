package io.github.zhifa.review;

import java.util.Optional;

/**
 * The facts of a case that rules may test. Each fact has a type and a JSON field name (the constant's name in lower
 * camel case, e.g. {@code fineAmount}). A fact absent from a case is unknown, never false.
 */
public enum Fact {
    /** The category of the decision ({@link DecisionCategory}). */
    DECISION_CATEGORY("decisionCategory", Type.CATEGORY, "执法类别"),
    /** The category of the party ({@link PartyCategory}). */
    PARTY_CATEGORY("partyCategory", Type.CATEGORY, "当事人类别"),
    /** The kinds of penalty the agency intends to impose ({@link PenaltyKind}); an empty set means none. */
    PENALTY_KINDS("penaltyKinds", Type.KINDS, "拟作出的处罚种类"),
    /** The fine, in yuan. */
    FINE_AMOUNT("fineAmount", Type.AMOUNT, "罚款数额（元）"),
    /** The illegal income to be confiscated, in yuan. */
    CONFISCATED_INCOME("confiscatedIncome", Type.AMOUNT, "没收违法所得数额（元）"),
    /** The value of the illegal property to be confiscated, in yuan. */
    CONFISCATED_PROPERTY_VALUE("confiscatedPropertyValue", Type.AMOUNT, "没收非法财物价值（元）"),
    /** The fine is a large amount (较大数额) under the standard the caller applies (where no rule sets one). */
    LARGE_FINE("largeFine", Type.FLAG, "属于较大数额罚款"),
    /** The confiscation is of a large amount or value (较大数额/较大价值). */
    LARGE_CONFISCATION("largeConfiscation", Type.FLAG, "没收较大数额违法所得或较大价值非法财物"),
    /** The penalty is otherwise serious (其他较重的行政处罚). */
    OTHER_SERIOUS_PENALTY("otherSeriousPenalty", Type.FLAG, "其他较重的行政处罚"),
    /** A law, regulation or rule gives a hearing right in this case. */
    HEARING_REQUIRED_BY_LAW("hearingRequiredByLaw", Type.FLAG, "法律法规规章规定的其他听证情形"),
    /** The case went through a hearing. */
    HEARING_HELD("hearingHeld", Type.FLAG, "经过听证程序"),
    /** The case involves major public interest. */
    MAJOR_PUBLIC_INTEREST("majorPublicInterest", Type.FLAG, "涉及重大公共利益"),
    /** The decision may have major social impact or cause social risk. */
    MAJOR_SOCIAL_IMPACT("majorSocialImpact", Type.FLAG, "可能造成重大社会影响或引发社会风险"),
    /** The decision directly concerns major rights of the party or a third party. */
    MAJOR_RIGHTS("majorRights", Type.FLAG, "直接关系当事人或第三人重大权益"),
    /** The case is difficult and complex and involves several legal relationships. */
    COMPLEX("complex", Type.FLAG, "案件情况疑难复杂、涉及多个法律关系"),
    /** A law or regulation names this case for legal review. */
    REVIEW_REQUIRED_BY_LAW("reviewRequiredByLaw", Type.FLAG, "法律法规规定应当法制审核"),
    /** The violation is minor (违法行为轻微). */
    MINOR_VIOLATION("minorViolation", Type.FLAG, "违法行为轻微"),
    /** The violation had a harmful result (危害后果). */
    HARMFUL_RESULT("harmfulResult", Type.FLAG, "造成危害后果"),
    /** The harmful result is minor (危害后果轻微). */
    MINOR_HARM("minorHarm", Type.FLAG, "危害后果轻微"),
    /** The party corrected the violation in time (及时改正). */
    CORRECTED_IN_TIME("correctedInTime", Type.FLAG, "及时改正"),
    /** This is the party's first violation (初次违法). */
    FIRST_VIOLATION("firstViolation", Type.FLAG, "初次违法"),
    /** The party has evidence sufficient to prove it had no fault (没有主观过错). */
    NO_FAULT("noFault", Type.FLAG, "有证据足以证明没有主观过错"),
    /** Another law or administrative regulation provides otherwise on fault (art. 33 para. 2). */
    FAULT_RULE_OTHERWISE("faultRuleOtherwise", Type.FLAG, "法律、行政法规对主观过错另有规定"),
    /** The party took the initiative to eliminate or lessen the harmful result (art. 32 (1)). */
    HARM_ELIMINATED("harmEliminated", Type.FLAG, "主动消除或者减轻违法行为危害后果"),
    /** The party was coerced or deceived into the violation (art. 32 (2)). */
    COERCED_OR_DECEIVED("coercedOrDeceived", Type.FLAG, "受他人胁迫或者诱骗实施违法行为"),
    /** The party confessed a violation the agency did not yet know of (art. 32 (3)). */
    CONFESSED_UNKNOWN_VIOLATION("confessedUnknownViolation", Type.FLAG, "主动供述行政机关尚未掌握的违法行为"),
    /** The party cooperated with the investigation with meritorious conduct (art. 32 (4)). */
    MERITORIOUS_COOPERATION("meritoriousCooperation", Type.FLAG, "配合行政机关查处违法行为有立功表现"),
    /** A law, regulation or rule requires a lighter or reduced penalty (art. 32 (5)). */
    MITIGATION_REQUIRED_BY_LAW("mitigationRequiredByLaw", Type.FLAG, "法律、法规、规章规定其他应当从轻或者减轻行政处罚"),
    /** The violation is against exit-entry (边防出境入境) administration (公安 thresholds differ). */
    EXIT_ENTRY_VIOLATION("exitEntryViolation", Type.FLAG, "违反边防出境入境管理"),
    /** The number of earlier violations of the same kind by the party. */
    PRIOR_VIOLATIONS("priorViolations", Type.COUNT, "此前同类违法次数"),
    /**
     * The number of days the party took to correct the violation, counted from the day it was ordered to correct (or,
     * without an order, found out); for exemption-list items that say "corrected within N days".
     */
    CORRECTION_DAYS("correctionDays", Type.COUNT, "改正用时（日）");

    /** The value type of a fact. */
    public enum Type {
        /** A boolean flag. */
        FLAG,
        /** A non-negative amount of money in yuan ({@link java.math.BigDecimal}). */
        AMOUNT,
        /** A non-negative count ({@link Integer}). */
        COUNT,
        /** One constant of an enum. */
        CATEGORY,
        /** A set of {@link PenaltyKind}s. */
        KINDS
    }

    private final String jsonName;
    private final Type type;
    private final String zh;

    Fact(String jsonName, Type type, String zh) {
        this.jsonName = jsonName;
        this.type = type;
        this.zh = zh;
    }

    /**
     * The JSON field name.
     *
     * @return e.g. {@code fineAmount}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The value type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * The Chinese description.
     *
     * @return e.g. 罚款数额（元）
     */
    public String zh() {
        return zh;
    }

    /**
     * The enum a {@link Type#CATEGORY} or {@link Type#KINDS} fact takes its values from.
     *
     * @return the enum class, or empty for other types
     */
    public Optional<Class<? extends Enum<?>>> valueEnum() {
        return switch (this) {
            case DECISION_CATEGORY -> Optional.of(DecisionCategory.class);
            case PARTY_CATEGORY -> Optional.of(PartyCategory.class);
            case PENALTY_KINDS -> Optional.of(PenaltyKind.class);
            default -> Optional.empty();
        };
    }

    /**
     * Finds a fact by its JSON name.
     *
     * @param jsonName the name, e.g. {@code fineAmount}
     * @return the fact, or empty
     */
    public static Optional<Fact> byJsonName(String jsonName) {
        for (Fact f : values()) {
            if (f.jsonName.equals(jsonName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
