package io.github.zhifa.core.domain;

/** Masking of personal data in {@code toString()}. */
final class Masks {
    private Masks() {}

    /** Keeps the first character (the surname, as court style 张某 does) and masks the rest. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return String.valueOf(name);
        }
        int first = Character.charCount(name.codePointAt(0));
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** Keeps the first and last character of an identifier, masks the rest. */
    static String id(String id) {
        if (id == null) {
            return "null";
        }
        if (id.length() <= 2) {
            return "*".repeat(id.length());
        }
        return id.charAt(0) + "*".repeat(id.length() - 2) + id.charAt(id.length() - 1);
    }
}
