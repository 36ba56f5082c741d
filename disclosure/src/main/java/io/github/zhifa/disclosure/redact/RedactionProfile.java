package io.github.zhifa.disclosure.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.core.json.MalformedJsonException;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How each kind of value is redacted: a profile is data (a small JSON file) that callers can copy and change. Three
 * profiles are bundled:
 *
 * <ul>
 *   <li>{@code default} — enforcement decisions: names become 张某 (numbered 张某甲, 张某乙 when two parties share a
 *       surname), identifiers, phones, cards, plates and dates of birth are masked whole, addresses keep only the
 *       district.
 *   <li>{@code court} — the Supreme People's Court rules on publishing judgments (法释〔2016〕19号): surname + 某,
 *       numbered on collision; home addresses, contact details, ID numbers, bank accounts and plates deleted; dates
 *       of birth kept.
 *   <li>{@code strict} — every name becomes 某某, everything else is replaced by a label, and 18-digit numbers shaped
 *       like an ID number are masked even when their check character is wrong.
 * </ul>
 *
 * <p>The file format (see {@code REDACTION.md}): {@code {"name": …, "description": …, "maskUncheckedIdNumbers":
 * false, "personName": {"style": "SURNAME"|"PLACEHOLDER", "numbering": "NONE"|"JIAYI"|"DIGITS"}, "rules": {"MOBILE":
 * {"action": "MASK", "keepPrefix": 0, "keepSuffix": 0, "maskChar": "*"}, …}}}. A kind without a rule is masked
 * whole: keeping a kind visible must be written down ({@code "action": "KEEP"}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RedactionProfile {
    /** What a rule does with a value. */
    public enum Action {
        /** Leave the value as it is. */
        KEEP,
        /** Replace every letter and digit (Han characters included) by the mask character; keep separators. */
        MASK,
        /** Replace the whole value by a fixed text. */
        REPLACE,
        /** Addresses: keep the administrative prefix up to the district (区/县/旗) or city, mask the rest. */
        KEEP_REGION
    }

    /** How a natural person's name is replaced. */
    public enum NameStyle {
        /** Keep the surname (compound surnames too; the first character of transliterated names), then 某: 张某. */
        SURNAME,
        /** Replace the whole name by 某某. */
        PLACEHOLDER
    }

    /** How two different people whose names mask to the same text are told apart. */
    public enum Numbering {
        /** Not at all. */
        NONE,
        /** 张某甲, 张某乙, 张某丙 … (then digits after 癸). */
        JIAYI,
        /** 张某1, 张某2 … */
        DIGITS
    }

    /**
     * One kind's rule.
     *
     * @param action what to do
     * @param keepPrefix for {@link Action#MASK}: how many leading characters stay visible
     * @param keepSuffix for {@link Action#MASK}: how many trailing characters stay visible
     * @param maskChar the mask character
     * @param replacement for {@link Action#REPLACE}: the fixed text
     */
    public record Rule(Action action, int keepPrefix, int keepSuffix, char maskChar, String replacement) {
        /**
         * Checks the parts.
         *
         * @param action what to do
         * @param keepPrefix leading characters kept
         * @param keepSuffix trailing characters kept
         * @param maskChar the mask character
         * @param replacement the fixed text
         */
        public Rule {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(replacement, "replacement");
            if (keepPrefix < 0 || keepSuffix < 0) {
                throw new IllegalArgumentException("keepPrefix and keepSuffix must be >= 0");
            }
            if (Character.isLetterOrDigit(maskChar)) {
                throw new IllegalArgumentException("the mask character must not be a letter or digit");
            }
            if (action == Action.REPLACE && replacement.isEmpty()) {
                throw new IllegalArgumentException("REPLACE needs a replacement text");
            }
        }

        /**
         * A rule masking the whole value with {@code *}.
         *
         * @return the rule
         */
        public static Rule maskAll() {
            return new Rule(Action.MASK, 0, 0, '*', "");
        }
    }

    private static final Set<String> BUILT_IN = Set.of("default", "court", "strict");
    private static final java.util.concurrent.ConcurrentHashMap<String, RedactionProfile> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String name;
    private final String description;
    private final boolean maskUncheckedIdNumbers;
    private final NameStyle nameStyle;
    private final Numbering numbering;
    private final Map<PiiType, Rule> rules;

    private RedactionProfile(
            String name,
            String description,
            boolean maskUncheckedIdNumbers,
            NameStyle nameStyle,
            Numbering numbering,
            Map<PiiType, Rule> rules) {
        this.name = name;
        this.description = description;
        this.maskUncheckedIdNumbers = maskUncheckedIdNumbers;
        this.nameStyle = nameStyle;
        this.numbering = numbering;
        EnumMap<PiiType, Rule> all = new EnumMap<>(PiiType.class);
        for (PiiType t : PiiType.values()) {
            all.put(t, rules.getOrDefault(t, Rule.maskAll()));
        }
        this.rules = Collections.unmodifiableMap(all);
    }

    /**
     * The names of the bundled profiles.
     *
     * @return {@code default}, {@code court}, {@code strict}
     */
    public static List<String> builtInNames() {
        return List.of("default", "court", "strict");
    }

    /**
     * A bundled profile.
     *
     * @param name {@code default}, {@code court} or {@code strict}
     * @return the profile
     * @throws RedactionProfileException ({@code ZHIFA-RED-001}) for another name
     */
    public static RedactionProfile builtIn(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUILT_IN.contains(name)) {
            throw new RedactionProfileException(
                    "ZHIFA-RED-001", "unknown redaction profile '" + name + "' (known: default, court, strict)");
        }
        return CACHE.computeIfAbsent(name, RedactionProfile::load);
    }

    private static RedactionProfile load(String name) {
        String resource = "profile-" + name + ".json";
        try (InputStream in = RedactionProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled profile missing: " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code default} profile.
     *
     * @return the profile
     */
    public static RedactionProfile defaults() {
        return builtIn("default");
    }

    /**
     * Reads a profile file.
     *
     * @param file the JSON file
     * @return the profile
     * @throws RedactionProfileException ({@code ZHIFA-RED-002}) if the file is not a valid profile
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RedactionProfile read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a profile.
     *
     * @param in the JSON document, not closed
     * @param source a name for the input in error messages
     * @return the profile
     * @throws RedactionProfileException ({@code ZHIFA-RED-002}) if the document is not a valid profile
     */
    public static RedactionProfile read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root;
        try {
            root = ZhifaJson.readTree(in, source);
        } catch (MalformedJsonException e) {
            throw new RedactionProfileException("ZHIFA-RED-002", e.getMessage());
        }
        return parse(root, source);
    }

    private static RedactionProfile parse(JsonNode root, String source) {
        if (!root.isObject()) {
            throw bad(source, "", "a profile is a JSON object");
        }
        onlyKeys(root, source, "", Set.of("name", "description", "maskUncheckedIdNumbers", "personName", "rules"));
        String name = text(root, "name", source, "");
        String description = root.has("description") ? text(root, "description", source, "") : "";
        boolean maskUnchecked = false;
        if (root.has("maskUncheckedIdNumbers")) {
            JsonNode b = root.get("maskUncheckedIdNumbers");
            if (!b.isBoolean()) {
                throw bad(source, "/maskUncheckedIdNumbers", "must be true or false");
            }
            maskUnchecked = b.booleanValue();
        }
        NameStyle style = NameStyle.SURNAME;
        Numbering numbering = Numbering.JIAYI;
        if (root.has("personName")) {
            JsonNode pn = root.get("personName");
            onlyKeys(pn, source, "/personName", Set.of("style", "numbering"));
            if (pn.has("style")) {
                style = enumOf(NameStyle.class, text(pn, "style", source, "/personName"), source, "/personName/style");
            }
            if (pn.has("numbering")) {
                numbering = enumOf(
                        Numbering.class, text(pn, "numbering", source, "/personName"), source, "/personName/numbering");
            }
        }
        EnumMap<PiiType, Rule> rules = new EnumMap<>(PiiType.class);
        if (root.has("rules")) {
            JsonNode rs = root.get("rules");
            if (!rs.isObject()) {
                throw bad(source, "/rules", "must be an object keyed by kind (RESIDENT_ID, MOBILE, …)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = rs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = "/rules/" + e.getKey();
                PiiType type = enumOf(PiiType.class, e.getKey(), source, at);
                rules.put(type, rule(e.getValue(), source, at));
            }
        }
        return new RedactionProfile(name, description, maskUnchecked, style, numbering, rules);
    }

    private static Rule rule(JsonNode n, String source, String at) {
        if (!n.isObject()) {
            throw bad(source, at, "a rule is an object with an action");
        }
        onlyKeys(n, source, at, Set.of("action", "keepPrefix", "keepSuffix", "maskChar", "replacement"));
        Action action = enumOf(Action.class, text(n, "action", source, at), source, at + "/action");
        int keepPrefix = integer(n, "keepPrefix", source, at);
        int keepSuffix = integer(n, "keepSuffix", source, at);
        String mask = n.has("maskChar") ? text(n, "maskChar", source, at) : "*";
        if (mask.length() != 1 || Character.isLetterOrDigit(mask.charAt(0))) {
            throw bad(source, at + "/maskChar", "must be one character that is not a letter or digit");
        }
        String replacement = n.has("replacement") ? text(n, "replacement", source, at) : "";
        if (action == Action.REPLACE && replacement.isEmpty()) {
            throw bad(source, at + "/replacement", "REPLACE needs a non-empty replacement");
        }
        return new Rule(action, keepPrefix, keepSuffix, mask.charAt(0), replacement);
    }

    private static int integer(JsonNode n, String key, String source, String at) {
        if (!n.has(key)) {
            return 0;
        }
        JsonNode v = n.get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0 || v.intValue() > 64) {
            throw bad(source, at + "/" + key, "must be an integer from 0 to 64");
        }
        return v.intValue();
    }

    private static String text(JsonNode n, String key, String source, String at) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw bad(source, at + "/" + key, "must be a string");
        }
        return v.textValue();
    }

    private static void onlyKeys(JsonNode n, String source, String at, Set<String> allowed) {
        if (!n.isObject()) {
            throw bad(source, at, "must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw bad(source, at + "/" + k, "unknown key (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String source, String at) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(c.name());
            }
            throw bad(source, at, "unknown value '" + value + "' (known: " + known + ")");
        }
    }

    private static RedactionProfileException bad(String source, String at, String message) {
        return new RedactionProfileException(
                "ZHIFA-RED-002", source + (at.isEmpty() ? "" : " at " + at) + ": " + message);
    }

    /**
     * The same profile with one kind's rule changed.
     *
     * @param type the kind
     * @param rule the new rule
     * @return a new profile
     */
    public RedactionProfile with(PiiType type, Rule rule) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        EnumMap<PiiType, Rule> copy = new EnumMap<>(rules);
        copy.put(type, rule);
        return new RedactionProfile(name, description, maskUncheckedIdNumbers, nameStyle, numbering, copy);
    }

    /**
     * The profile's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the profile is for.
     *
     * @return the description, possibly empty
     */
    public String description() {
        return description;
    }

    /**
     * Whether 18-digit numbers shaped like an ID number (province, date) are masked even with a wrong check
     * character (as {@link PiiType#UNCHECKED_ID}).
     *
     * @return the policy
     */
    public boolean maskUncheckedIdNumbers() {
        return maskUncheckedIdNumbers;
    }

    /**
     * How names are replaced.
     *
     * @return the style
     */
    public NameStyle nameStyle() {
        return nameStyle;
    }

    /**
     * How colliding names are numbered.
     *
     * @return the numbering
     */
    public Numbering numbering() {
        return numbering;
    }

    /**
     * The rule of one kind (a kind the file does not name is masked whole).
     *
     * @param type the kind
     * @return the rule
     */
    public Rule rule(PiiType type) {
        return rules.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * The profile as a JSON document in the file format, to copy and change.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode root = ZhifaJson.mapper().createObjectNode();
        root.put("name", name);
        root.put("description", description);
        root.put("maskUncheckedIdNumbers", maskUncheckedIdNumbers);
        ObjectNode pn = root.putObject("personName");
        pn.put("style", nameStyle.name());
        pn.put("numbering", numbering.name());
        ObjectNode rs = root.putObject("rules");
        for (Map.Entry<PiiType, Rule> e : rules.entrySet()) {
            ObjectNode r = rs.putObject(e.getKey().name());
            Rule rule = e.getValue();
            r.put("action", rule.action().name());
            if (rule.action() == Action.MASK || rule.action() == Action.KEEP_REGION) {
                r.put("keepPrefix", rule.keepPrefix());
                r.put("keepSuffix", rule.keepSuffix());
                r.put("maskChar", String.valueOf(rule.maskChar()));
            }
            if (rule.action() == Action.REPLACE) {
                r.put("replacement", rule.replacement());
            }
        }
        try {
            return ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "RedactionProfile[" + name + "]";
    }
}
