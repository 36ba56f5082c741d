package io.github.zhifa.disclosure;

import java.util.List;

/**
 * One field of a disclosure payload, known by three names that all map onto the same model component: the national
 * field code (e.g. {@code CF_WSH}), the readable Chinese name (e.g. 行政处罚决定书文号) and an English JSON name
 * (e.g. {@code documentNumber}). Violations name the field by its code.
 *
 * @see PenaltyField
 * @see LicensingField
 * @see GeneralField
 */
public interface DisclosureField {
    /**
     * The national field code, also the path in violations.
     *
     * @return e.g. {@code CF_WSH}
     */
    String code();

    /**
     * The readable Chinese name.
     *
     * @return e.g. 行政处罚决定书文号
     */
    String chineseName();

    /**
     * The English JSON name.
     *
     * @return e.g. {@code documentNumber}
     */
    String jsonName();

    /**
     * Other names seen in vendor exchanges that are read as this field (never written).
     *
     * @return the aliases, possibly empty
     */
    List<String> aliases();

    /**
     * The name under a naming scheme.
     *
     * @param naming the naming scheme
     * @return the name
     */
    default String name(FieldNaming naming) {
        return switch (naming) {
            case CODE -> code();
            case CHINESE -> chineseName();
            case JSON -> jsonName();
        };
    }
}
