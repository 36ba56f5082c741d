package io.github.zhifa.disclosure.redact;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhifa.core.json.MalformedJsonException;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields of a structured record hold what, by the names vendors exchange (双公示 codes such as
 * {@code CF_XDR_MC}, {@code CF_FRDB}, {@code CF_XDR_ZJHM}, and Chinese names such as 法定代表人, 身份证号). Data, not
 * code: the bundled map ({@link #defaults()}) can be copied and changed (see {@code REDACTION.md}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PayloadFields {
    /** What a field holds. */
    public enum Kind {
        /** Public by law or harmless (document number, credit code, agency, amounts, dates): never touched. */
        KEEP,
        /** Free text (违法事实, 处罚内容, 备注): redacted like any text, names of the record's persons included. */
        TEXT,
        /** Always a natural person's name (法定代表人, 经营者). */
        PERSON_NAME,
        /**
         * The party's name: a natural person's name when the record's party kind field says so (or, without one,
         * when it looks like a person's name); an organisation's or an individual business's name is kept.
         */
        PARTY_NAME,
        /** An identity document number: masked whole (a valid credit code is kept). */
        ID_NUMBER,
        /** A phone number: masked whole. */
        PHONE,
        /** A natural person's address. */
        ADDRESS,
        /** A date of birth. */
        BIRTH_DATE,
        /** An e-mail address. */
        EMAIL,
        /** A bank card or account number. */
        BANK_CARD
    }

    private final Map<String, Kind> fields;
    private final Set<String> partyKindFields;
    private final Set<String> naturalPersonKinds;
    private final Kind otherFields;

    private PayloadFields(
            Map<String, Kind> fields, Set<String> partyKindFields, Set<String> naturalPersonKinds, Kind otherFields) {
        this.fields = Collections.unmodifiableMap(new HashMap<>(fields));
        this.partyKindFields = Collections.unmodifiableSet(new LinkedHashSet<>(partyKindFields));
        this.naturalPersonKinds = Collections.unmodifiableSet(new LinkedHashSet<>(naturalPersonKinds));
        this.otherFields = otherFields;
    }

    /**
     * The bundled map (双公示 2021 field codes for penalties and licences, and common Chinese field names).
     *
     * @return the map
     */
    public static PayloadFields defaults() {
        return Bundled.FIELDS;
    }

    private static final class Bundled {
        static final PayloadFields FIELDS = load();
    }

    private static PayloadFields load() {
        try (InputStream in = PayloadFields.class.getResourceAsStream("payload-fields.json")) {
            if (in == null) {
                throw new IllegalStateException("bundled payload-fields.json missing");
            }
            return read(in, "payload-fields.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a field map file.
     *
     * @param file the JSON file
     * @return the map
     * @throws RedactionProfileException ({@code ZHIFA-RED-002}) if malformed
     */
    public static PayloadFields read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a field map: {@code {"partyKindFields": [...], "naturalPersonKinds": [...], "otherFields": "TEXT",
     * "fields": {"CF_FRDB": "PERSON_NAME", …}}}.
     *
     * @param in the JSON document, not closed
     * @param source a name for the input in error messages
     * @return the map
     * @throws RedactionProfileException ({@code ZHIFA-RED-002}) if malformed
     */
    public static PayloadFields read(InputStream in, String source) {
        JsonNode root;
        try {
            root = ZhifaJson.readTree(in, source);
        } catch (MalformedJsonException e) {
            throw new RedactionProfileException("ZHIFA-RED-002", e.getMessage());
        }
        if (!root.isObject() || !root.path("fields").isObject()) {
            throw bad(source, "a field map is an object with a \"fields\" object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("partyKindFields", "naturalPersonKinds", "otherFields", "fields", "comment")
                    .contains(k)) {
                throw bad(source, "unknown key '" + k + "'");
            }
        }
        Map<String, Kind> fields = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), kind(e.getValue(), source, "/fields/" + e.getKey()));
        }
        Kind other = root.has("otherFields") ? kind(root.get("otherFields"), source, "/otherFields") : Kind.TEXT;
        return new PayloadFields(
                fields, strings(root, "partyKindFields", source), strings(root, "naturalPersonKinds", source), other);
    }

    private static Kind kind(JsonNode n, String source, String at) {
        if (!n.isTextual()) {
            throw bad(source, at + ": must be a kind name");
        }
        try {
            return Kind.valueOf(n.textValue().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(source, at + ": unknown kind '" + n.textValue() + "'");
        }
    }

    private static Set<String> strings(JsonNode root, String key, String source) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode a = root.path(key);
        if (a.isMissingNode()) {
            return out;
        }
        if (!a.isArray()) {
            throw bad(source, "/" + key + ": must be an array of strings");
        }
        for (JsonNode s : a) {
            if (!s.isTextual()) {
                throw bad(source, "/" + key + ": must be an array of strings");
            }
            out.add(s.textValue());
        }
        return out;
    }

    private static RedactionProfileException bad(String source, String message) {
        return new RedactionProfileException("ZHIFA-RED-002", source + ": " + message);
    }

    /**
     * The same map with one field's kind set.
     *
     * @param field the field name
     * @param kind what it holds
     * @return a new map
     */
    public PayloadFields with(String field, Kind kind) {
        Map<String, Kind> copy = new HashMap<>(fields);
        copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(kind, "kind"));
        return new PayloadFields(copy, partyKindFields, naturalPersonKinds, otherFields);
    }

    /**
     * What a field holds (fields not listed get the {@code otherFields} kind, {@code TEXT} by default).
     *
     * @param field the field name
     * @return its kind
     */
    public Kind kindOf(String field) {
        return fields.getOrDefault(field, otherFields);
    }

    /**
     * The fields that say whether the party is a natural person (e.g. {@code CF_XDR_LB}).
     *
     * @return the field names
     */
    public Set<String> partyKindFields() {
        return partyKindFields;
    }

    /**
     * The values of a party kind field that mean a natural person (e.g. 自然人).
     *
     * @return the values
     */
    public Set<String> naturalPersonKinds() {
        return naturalPersonKinds;
    }

    /**
     * The fields listed, for documentation.
     *
     * @return field name to kind
     */
    public Map<String, Kind> fields() {
        return fields;
    }
}
