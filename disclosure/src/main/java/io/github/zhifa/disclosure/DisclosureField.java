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
     * The three names of a field and its aliases.
     *
     * @param code the national field code, e.g. {@code CF_WSH}
     * @param chineseName the readable Chinese name, e.g. 行政处罚决定书文号
     * @param jsonName the English JSON name, e.g. {@code documentNumber}
     * @param aliases other names seen in vendor exchanges that are read as this field (never written)
     */
    record FieldNames(String code, String chineseName, String jsonName, List<String> aliases) {
        /**
         * Copies the aliases.
         *
         * @param code the national field code
         * @param chineseName the Chinese name
         * @param jsonName the JSON name
         * @param aliases the aliases
         */
        public FieldNames {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * The names of this field.
     *
     * @return the names
     */
    FieldNames names();

    /**
     * The national field code, also the path in violations.
     *
     * @return e.g. {@code CF_WSH}
     */
    default String code() {
        return names().code();
    }

    /**
     * The readable Chinese name.
     *
     * @return e.g. 行政处罚决定书文号
     */
    default String chineseName() {
        return names().chineseName();
    }

    /**
     * The English JSON name.
     *
     * @return e.g. {@code documentNumber}
     */
    default String jsonName() {
        return names().jsonName();
    }

    /**
     * Other names seen in vendor exchanges that are read as this field (never written).
     *
     * @return the aliases, possibly empty
     */
    default List<String> aliases() {
        return names().aliases();
    }

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
