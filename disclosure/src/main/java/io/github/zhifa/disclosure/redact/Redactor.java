package io.github.zhifa.disclosure.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.disclosure.redact.internal.AhoCorasick;
import io.github.zhifa.disclosure.redact.internal.Engine;
import io.github.zhifa.disclosure.redact.internal.Masker;
import io.github.zhifa.disclosure.redact.internal.NameBook;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds and redacts personal data and secret terms in free text and structured records before publication.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.builder()
 *         .profile(RedactionProfile.builtIn("court"))
 *         .secretTerms(List.of("配方A-17"))
 *         .build();
 * RedactionResult r = redactor.redact(decisionText);
 * r.text();      // 当事人：张某，男，身份证号码：******************，…
 * r.report();    // kinds, positions and masked forms, never the raw values
 * }</pre>
 *
 * <p>One forward pass of hand-written recognisers (no backtracking regular expressions), linear in the input; secret
 * terms are matched by an Aho–Corasick automaton in the same pass whatever the length of the list. The streaming
 * form {@link #redact(Reader, Writer)} holds a bounded window (64 Ki characters plus the longest term) whatever the
 * input size. Redaction is idempotent: redacting the output again changes nothing.
 *
 * <p>Legal persons' names, unified social credit codes, registered addresses (住所), document numbers, law citations,
 * amounts and decision dates are not personal data and stay visible. An 18-digit number whose check character is
 * wrong is not an ID number (the {@code strict} profile masks it anyway).
 *
 * <p>Immutable and thread-safe; each call keeps its own state.
 */
public final class Redactor {
    private final RedactionProfile profile;
    private final AhoCorasick terms;
    private final List<String> personNames;
    private final byte[] salt;
    private final PayloadFields fields;

    private Redactor(Builder b) {
        this.profile = b.profile;
        // terms are folded like the text they are matched on: a full-width or half-width variant matches too
        List<String> folded = new ArrayList<>(b.terms.size());
        for (String t : b.terms) {
            folded.add(Engine.fold(t));
        }
        this.terms = AhoCorasick.of(folded);
        this.personNames = List.copyOf(b.names);
        this.salt = b.salt == null ? null : b.salt.clone();
        this.fields = b.fields;
    }

    /**
     * A redactor with a profile and nothing else.
     *
     * @param profile the profile
     * @return the redactor
     */
    public static Redactor of(RedactionProfile profile) {
        return builder().profile(profile).build();
    }

    /**
     * A builder, starting from the {@code default} profile.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The profile.
     *
     * @return the profile
     */
    public RedactionProfile profile() {
        return profile;
    }

    /**
     * Redacts a whole text. Names after the cues 当事人, 法定代表人, 经营者, 负责人 … are learned first, so that every
     * mention is redacted, before the cue too.
     *
     * @param text the text
     * @return the redacted text and the report
     */
    public RedactionResult redact(String text) {
        return redact(text, List.of());
    }

    /**
     * Redacts a whole text, also redacting the given natural persons' names (from the structured record) wherever
     * they appear.
     *
     * @param text the text
     * @param naturalPersonNames names of the natural-person parties (and legal representatives)
     * @return the redacted text and the report
     */
    public RedactionResult redact(String text, Collection<String> naturalPersonNames) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(naturalPersonNames, "naturalPersonNames");
        NameBook probe = new NameBook(profile);
        Engine.learnNames(text, probe);
        List<String> all = new ArrayList<>(personNames);
        all.addAll(naturalPersonNames);
        all.addAll(probe.learned());
        NameBook book = new NameBook(profile);
        book.addAll(all);
        TextBuffer out = new TextBuffer(text.length());
        Collector c = new Collector("");
        try {
            long n = new Engine(profile, book, terms).run(new StringReader(text), out, c);
            return new RedactionResult(out.toString(), c.report(n, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Redacts a stream with bounded memory and returns the report with every finding. Names after cues are
     * redacted from the cue on (a stream is not read twice); give names known in advance with
     * {@link #redact(Reader, Writer, Collection, Consumer)}.
     *
     * @param in the input, read to its end, not closed
     * @param out where the redacted text goes, not closed (flushed)
     * @return the report
     * @throws IOException if reading or writing fails
     */
    public RedactionReport redact(Reader in, Writer out) throws IOException {
        Collector c = new Collector("");
        long n = new Engine(profile, book(List.of()), terms).run(in, out, c);
        out.flush();
        return c.report(n, true);
    }

    /**
     * Redacts a stream with bounded memory whatever its size: each finding goes to the listener as soon as it is
     * made, and the report returned holds only the counts.
     *
     * @param in the input, read to its end, not closed
     * @param out where the redacted text goes, not closed (flushed)
     * @param naturalPersonNames names known in advance
     * @param listener receives each finding
     * @return the report with counts (its findings list is empty)
     * @throws IOException if reading or writing fails
     */
    public RedactionReport redact(
            Reader in, Writer out, Collection<String> naturalPersonNames, Consumer<Finding> listener)
            throws IOException {
        Objects.requireNonNull(listener, "listener");
        Collector c = new Collector("");
        c.listener = listener;
        long n = new Engine(profile, book(naturalPersonNames), terms).run(in, out, c);
        out.flush();
        return c.report(n, false);
    }

    private NameBook book(Collection<String> extra) {
        NameBook book = new NameBook(profile);
        List<String> all = new ArrayList<>(personNames);
        all.addAll(extra);
        book.addAll(all);
        return book;
    }

    /**
     * Redacts a structured record (a JSON tree) by its field names (see {@link PayloadFields}): natural persons'
     * names, ID numbers, phones and addresses in their own fields are masked whole; free-text fields are redacted
     * like any text, with the record's persons' names; public fields (credit code, document number, agency, dates,
     * amounts) are kept. The input tree is not changed.
     *
     * @param payload the record, an object or an array of objects
     * @return the redacted copy and the report, whose findings carry JSON Pointer paths
     */
    public PayloadRedaction redactPayload(JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        JsonNode copy = payload.deepCopy();
        List<String> names = new ArrayList<>(personNames);
        collectNames(copy, names);
        NameBook probe = new NameBook(profile);
        List<String> texts = new ArrayList<>();
        collectTexts(copy, texts);
        for (String t : texts) {
            Engine.learnNames(t, probe);
        }
        for (String n : probe.learned()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        NameBook book = new NameBook(profile);
        book.addAll(names);
        Collector c = new Collector("");
        long[] length = {0};
        walk(copy, "", book, c, length);
        return new PayloadRedaction(copy, c.report(length[0], true));
    }

    private void collectNames(JsonNode node, List<String> names) {
        if (node.isArray()) {
            node.forEach(n -> collectNames(n, names));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Boolean natural = naturalPerson(node);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                PayloadFields.Kind k = fields.kindOf(e.getKey());
                String s = v.textValue().strip();
                if (k == PayloadFields.Kind.PERSON_NAME
                        || (k == PayloadFields.Kind.PARTY_NAME && isPersonParty(natural, s))) {
                    if (NameBook.acceptable(s)) {
                        names.add(s);
                    }
                }
            } else {
                collectNames(v, names);
            }
        }
    }

    private void collectTexts(JsonNode node, List<String> texts) {
        if (node.isArray()) {
            node.forEach(n -> collectTexts(n, texts));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    if (fields.kindOf(e.getKey()) == PayloadFields.Kind.TEXT) {
                        texts.add(e.getValue().textValue());
                    }
                } else {
                    collectTexts(e.getValue(), texts);
                }
            });
        }
    }

    /** TRUE natural person, FALSE organisation or individual business, null unknown. */
    private Boolean naturalPerson(JsonNode object) {
        for (String f : fields.partyKindFields()) {
            JsonNode v = object.get(f);
            if (v != null && v.isTextual()) {
                return fields.naturalPersonKinds().contains(v.textValue().strip());
            }
        }
        return null;
    }

    private static boolean isPersonParty(Boolean natural, String name) {
        if (natural != null) {
            return natural;
        }
        // no party kind: a short run of Han characters with no organisation word looks like a person
        if (name.length() < 2 || name.length() > 4) {
            return name.contains("·") && name.length() <= 16;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '\u4e00' || c > '\u9fff') {
                return false;
            }
        }
        return !name.endsWith("店") && !name.endsWith("厂") && !name.endsWith("部") && !name.endsWith("社");
    }

    private void walk(JsonNode node, String path, NameBook book, Collector c, long[] length) {
        if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    String s = v.textValue();
                    length[0] += s.length();
                    a.set(i, TextNode.valueOf(text(s, path + "/" + i, book, c)));
                } else {
                    walk(v, path + "/" + i, book, c, length);
                }
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode o = (ObjectNode) node;
        Boolean natural = naturalPerson(o);
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode v = o.get(key);
            String at = path + "/" + key.replace("~", "~0").replace("/", "~1");
            if (!v.isTextual()) {
                walk(v, at, book, c, length);
                continue;
            }
            String s = v.textValue();
            length[0] += s.length();
            String r = field(fields.kindOf(key), natural, s, at, book, c);
            if (!r.equals(s)) {
                o.put(key, r);
            }
        }
    }

    private String field(PayloadFields.Kind kind, Boolean natural, String s, String at, NameBook book, Collector c) {
        String v = Engine.fold(s).strip();
        if (v.isEmpty()) {
            return s;
        }
        switch (kind) {
            case KEEP:
                return s;
            case PERSON_NAME:
            case PARTY_NAME:
                String p = book.pseudonymOf(v);
                if (p == null || (kind == PayloadFields.Kind.PARTY_NAME && !isPersonParty(natural, v))) {
                    return kind == PayloadFields.Kind.PARTY_NAME ? s : text(s, at, book, c);
                }
                return whole(PiiType.PERSON_NAME, s, p, at, c);
            case ID_NUMBER:
                if (v.length() == 18 && UnifiedSocialCreditCode.isValid(v, 0)) {
                    return s;
                }
                return whole(PiiType.RESIDENT_ID, s, null, at, c);
            case PHONE:
                return whole(v.startsWith("0") ? PiiType.LANDLINE : PiiType.MOBILE, s, null, at, c);
            case ADDRESS:
                return whole(PiiType.ADDRESS, s, null, at, c);
            case BIRTH_DATE:
                return whole(PiiType.BIRTH_DATE, s, null, at, c);
            case EMAIL:
                return whole(PiiType.EMAIL, s, null, at, c);
            case BANK_CARD:
                return whole(PiiType.BANK_CARD, s, null, at, c);
            case TEXT:
            default:
                return text(s, at, book, c);
        }
    }

    private String whole(PiiType type, String s, String pseudonym, String at, Collector c) {
        Masker m = new Masker(profile);
        if (!m.redacts(type)) {
            return s;
        }
        char[] b = s.toCharArray();
        String masked = pseudonym != null ? pseudonym : m.mask(type, b, 0, b.length);
        if (masked.equals(s)) {
            return s;
        }
        c.path = at;
        c.accept(type, 0, s.length(), masked, s);
        return masked;
    }

    private String text(String s, String at, NameBook book, Collector c) {
        TextBuffer out = new TextBuffer(s.length());
        c.path = at;
        try {
            new Engine(profile, book, terms).run(new StringReader(s), out, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** An unsynchronised writer into a StringBuilder (StringWriter locks on every write). */
    private static final class TextBuffer extends Writer {
        private final StringBuilder sb;

        TextBuffer(int capacity) {
            this.sb = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    private final class Collector implements Engine.Sink {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
        private String path;
        private Consumer<Finding> listener;

        Collector(String path) {
            this.path = path;
        }

        @Override
        public void accept(PiiType type, long start, int length, String masked, String raw) {
            Finding f = new Finding(type, path, start, length, masked, fingerprint(type, raw));
            counts.merge(type, 1L, Long::sum);
            if (listener != null) {
                listener.accept(f);
            } else {
                findings.add(f);
            }
        }

        RedactionReport report(long inputLength, boolean withFindings) {
            return new RedactionReport(profile.name(), inputLength, withFindings ? findings : List.of(), counts);
        }
    }

    private String fingerprint(PiiType type, String raw) {
        if (salt == null) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] h = mac.doFinal((type.name() + ':' + raw).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Builds a {@link Redactor}. Not thread-safe; the redactor it builds is. */
    public static final class Builder {
        private RedactionProfile profile = RedactionProfile.defaults();
        private final List<String> terms = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private byte[] salt;
        private PayloadFields fields = PayloadFields.defaults();

        private Builder() {}

        /**
         * The profile (default: {@code default}).
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(RedactionProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Adds secret terms (trade secrets, state secrets), matched in one pass however many there are: exactly
         * and case-sensitively, but width-folded like every recogniser, so that {@code ＡＢ－１} (full-width) and
         * {@code AB-1} match each other and an ideographic space matches a space. Blank terms are ignored.
         *
         * @param secretTerms the terms
         * @return this builder
         */
        public Builder secretTerms(Collection<String> secretTerms) {
            for (String t : Objects.requireNonNull(secretTerms, "secretTerms")) {
                if (t != null && !t.isBlank()) {
                    terms.add(t.strip());
                }
            }
            return this;
        }

        /**
         * Adds names of natural persons redacted in every text this redactor handles.
         *
         * @param naturalPersonNames the names
         * @return this builder
         */
        public Builder personNames(Collection<String> naturalPersonNames) {
            for (String n : Objects.requireNonNull(naturalPersonNames, "naturalPersonNames")) {
                if (n != null) {
                    names.add(n.strip());
                }
            }
            return this;
        }

        /**
         * A secret salt: each finding then carries HMAC-SHA256(salt, value) (16 hex digits), so that the same value
         * can be recognised across reports without revealing it. Without a salt findings carry no fingerprint.
         *
         * @param salt at least 16 bytes, kept secret by the caller
         * @return this builder
         */
        public Builder fingerprintSalt(byte[] salt) {
            Objects.requireNonNull(salt, "salt");
            if (salt.length < 16) {
                throw new IllegalArgumentException("the salt must have at least 16 bytes");
            }
            this.salt = salt.clone();
            return this;
        }

        /**
         * The field map for structured records (default: {@link PayloadFields#defaults()}).
         *
         * @param payloadFields the map
         * @return this builder
         */
        public Builder payloadFields(PayloadFields payloadFields) {
            this.fields = Objects.requireNonNull(payloadFields, "payloadFields");
            return this;
        }

        /**
         * Builds the redactor.
         *
         * @return the redactor
         */
        public Redactor build() {
            return new Redactor(this);
        }
    }
}
