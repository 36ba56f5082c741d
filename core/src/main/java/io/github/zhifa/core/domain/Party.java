package io.github.zhifa.core.domain;

import io.github.zhifa.core.constraints.ResidentIdNumber;
import io.github.zhifa.core.constraints.UnifiedSocialCreditCode;
import io.github.zhifa.core.internal.validation.PartyRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The party (当事人) an enforcement action is addressed to. Immutable.
 *
 * <p>Rules checked by validation besides each field's own: a legal person carries a credit code; a natural person
 * carries none (a natural person has no unified social credit code; an individual business may have one).
 * {@link #toString()} masks a natural person's name and ID number.
 *
 * @param kind natural person, legal person, other organisation or individual business
 * @param name the person's or organisation's name (for an individual business, its registered name)
 * @param creditCode the unified social credit code, or {@code null}
 * @param idNumber the resident ID / residence permit number of a natural person or of an individual business's
 *     operator, or {@code null}
 */
@PartyRules
public record Party(
        @NotNull(message = "{zhifa.ZHIFA-VAL-001}") PartyKind kind,
        @NotBlank(message = "{zhifa.ZHIFA-VAL-001}") @Size(max = 200, message = "{zhifa.ZHIFA-VAL-002}") String name,
        @UnifiedSocialCreditCode String creditCode,
        @ResidentIdNumber String idNumber) {

    /**
     * A natural person.
     *
     * @param name the name
     * @param idNumber the resident ID number
     * @return the party
     */
    public static Party naturalPerson(String name, String idNumber) {
        return new Party(PartyKind.NATURAL_PERSON, name, null, idNumber);
    }

    /**
     * A legal person.
     *
     * @param name the name
     * @param creditCode the unified social credit code
     * @return the party
     */
    public static Party legalPerson(String name, String creditCode) {
        return new Party(PartyKind.LEGAL_PERSON, name, creditCode, null);
    }

    /** Masks a natural person's name and every ID number: safe to log. */
    @Override
    public String toString() {
        boolean personal = kind == null || kind.isNaturalPerson();
        return "Party[kind=" + kind + ", name=" + (personal ? Masks.name(name) : name) + ", creditCode=" + creditCode
                + ", idNumber=" + Masks.id(idNumber) + "]";
    }
}
