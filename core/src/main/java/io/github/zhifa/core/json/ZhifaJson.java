package io.github.zhifa.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The one configured Jackson {@link ObjectMapper} of zhifa.
 *
 * <p>The mapper is strict: an unknown field is an error (a typo in a vendor payload must not be silently dropped),
 * {@code null} for a primitive is an error, trailing tokens after the document are an error. {@code java.time}
 * types are read and written as ISO-8601 strings ({@code 2024-09-27}). Input is bounded: at most
 * {@value #MAX_NESTING_DEPTH} levels of nesting, strings of at most {@value #MAX_STRING_LENGTH} characters, numbers
 * of at most {@value #MAX_NUMBER_LENGTH} digits, documents of at most {@value #MAX_DOCUMENT_LENGTH} bytes.
 *
 * <pre>{@code
 * ObjectMapper mapper = ZhifaJson.mapper();               // strict
 * ObjectMapper lenient = ZhifaJson.builder().allowUnknownFields().build();
 * Decision d = ZhifaJson.read(path, Decision.class);      // errors say where: line and column
 * }</pre>
 *
 * <p>Instances are thread-safe once built; {@link #mapper()} returns a shared instance that callers must not
 * reconfigure (use {@link #builder()} for a variant).
 */
public final class ZhifaJson {
    /** A date as zhifa reads it from JSON: exactly YYYY-MM-DD, a real date, a four-digit year without sign. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** Maximum nesting depth of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Maximum length of one string value, in characters. */
    public static final int MAX_STRING_LENGTH = 1 << 20;

    /** Maximum length of one number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /** Maximum length of a whole document, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L << 20;

    private static final ObjectMapper SHARED = builder().build();

    private ZhifaJson() {}

    /**
     * The shared strict mapper.
     *
     * @return the mapper; do not reconfigure it
     */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /**
     * A builder for a variant of the configured mapper.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a JSON document into a type, with errors that say where.
     *
     * @param <T> the type
     * @param file the file
     * @param type the type
     * @return the value
     * @throws MalformedJsonException if the document is not valid JSON or does not fit the type
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a JSON document into a type, with errors that say where.
     *
     * @param <T> the type
     * @param in the input, not closed
     * @param source a name for the input in error messages, e.g. a file name
     * @param type the type
     * @return the value
     * @throws MalformedJsonException if the document is not valid JSON or does not fit the type
     */
    public static <T> T read(InputStream in, String source, Class<T> type) {
        try {
            return SHARED.readValue(in, type);
        } catch (JsonProcessingException e) {
            throw MalformedJsonException.of(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a JSON document as a tree, with errors that say where.
     *
     * @param in the input, not closed
     * @param source a name for the input in error messages
     * @return the tree
     * @throws MalformedJsonException if the document is not valid JSON
     */
    public static JsonNode readTree(InputStream in, String source) {
        try {
            JsonNode node = SHARED.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException(source, 1, 1, "empty document");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw MalformedJsonException.of(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a configured mapper. */
    public static final class Builder {
        private boolean allowUnknownFields;
        private boolean indent;
        private long maxDocumentLength = MAX_DOCUMENT_LENGTH;

        private Builder() {}

        /**
         * Ignore unknown fields instead of failing.
         *
         * @return this builder
         */
        public Builder allowUnknownFields() {
            this.allowUnknownFields = true;
            return this;
        }

        /**
         * Sets the maximum length of a whole document, for inputs that are legitimately larger than
         * {@value ZhifaJson#MAX_DOCUMENT_LENGTH} bytes (a batch file of many records read as a stream). The nesting,
         * string and number limits stay.
         *
         * @param bytes the maximum, in bytes or characters; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is not positive
         */
        public Builder maxDocumentLength(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxDocumentLength must be positive, was " + bytes);
            }
            this.maxDocumentLength = bytes;
            return this;
        }

        /**
         * Indent output.
         *
         * @return this builder
         */
        public Builder indent() {
            this.indent = true;
            return this;
        }

        /**
         * Builds the mapper.
         *
         * @return a new mapper
         */
        public ObjectMapper build() {
            JsonFactory factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxDocumentLength(maxDocumentLength)
                            .build())
                    // never echo the source text (it may hold personal data) in error messages
                    .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build();
            return JsonMapper.builder(factory)
                    .addModule(new JavaTimeModule()
                            // YYYY-MM-DD with a four-digit year: ISO alone also takes +999999999-12-31
                            .addDeserializer(LocalDate.class, new LocalDateDeserializer(DATE)))
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !allowUnknownFields)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    // 1.5 officers is an error, not 1
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .configure(SerializationFeature.INDENT_OUTPUT, indent)
                    .build();
        }
    }

    /**
     * A one-line description of a Jackson error that never quotes input values (they may be personal data) and
     * carries no Jackson configuration hints. For callers that drive a Jackson parser themselves.
     *
     * @param e the error
     * @return the description, without location (see {@link JsonProcessingException#getLocation()})
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return e.getClass().getSimpleName();
        }
        if (msg.startsWith("Cannot map `null` into type")) {
            return "missing or null value for a field that needs one";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return wrongType(m.getTargetType(), msg);
        }
        if (e instanceof ValueInstantiationException v) {
            // a constructor refused the values: say which type and why, not Jackson's "Cannot construct instance of
            // `io.github...`"; requireNonNull's message is the missing field's name
            Throwable c = v.getCause();
            String type =
                    v.getType() == null ? "value" : v.getType().getRawClass().getSimpleName();
            if (c instanceof NullPointerException
                    && c.getMessage() != null
                    && c.getMessage().matches("\\w+")) {
                return "invalid " + type + ": '" + c.getMessage() + "' is missing";
            }
            if (c != null && c.getMessage() != null) {
                return "invalid " + type + ": " + c.getMessage().replaceAll("\\s*\\R\\s*", " ");
            }
        }
        if (msg.startsWith("Unrecognized token")) {
            return "unrecognized token: expected a JSON value (string, number, object, array, true, false or null)";
        }
        // drop Jackson's configuration hints, they mean nothing to a caller; never echo input values, which may be
        // personal data: quoted values become "…"
        return msg.replaceAll("\\s*\\R\\s*", " ")
                .replaceAll(" \\(set [A-Za-z.]+Feature\\.[^)]*\\)", "")
                // "(64, from `StreamReadConstraints.getMaxNumberLength()`)": the limit, not where Jackson keeps it
                .replaceAll(", from `[^`]*`\\)", ")")
                // "[Source: REDACTED (`StreamReadFeature...` disabled); line: 1, column: 7]"
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
                // a number given may be personal data (an unquoted ID or phone number)
                .replaceAll("Numeric value \\([^)]*\\)", "Number")
                .replaceAll("`(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)`", "$1")
                .replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("'[^']{2,}'", "'…'");
    }

    /** "expected a date YYYY-MM-DD, found a number": no Jackson or Java type names, no input value. */
    private static String wrongType(Class<?> target, String msg) {
        if (msg.startsWith("Cannot coerce Floating-point")) {
            return "wrong value: expected a whole number, found a fraction";
        }
        String expected;
        if (target.isEnum()) {
            expected = "one of " + java.util.Arrays.toString(target.getEnumConstants());
        } else if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            expected = "an array";
        } else if (target == boolean.class || target == Boolean.class) {
            expected = "true or false";
        } else if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            expected = "a number";
        } else if (target == String.class || target == Character.class) {
            expected = "a string";
        } else if (target == java.time.LocalDate.class) {
            expected = "a date YYYY-MM-DD";
        } else if (target.getPackageName().startsWith("java.time")) {
            expected = "an ISO-8601 " + target.getSimpleName();
        } else {
            expected = "an object (" + target.getSimpleName() + ")";
        }
        String found = null;
        java.util.regex.Matcher f = FOUND.matcher(msg);
        if (f.find()) {
            found = switch (f.group(1)) {
                case "Object" -> "an object";
                case "Array" -> "an array";
                case "String" -> "a string";
                case "Integer", "Floating-point" -> "a number";
                case "Boolean" -> "true or false";
                default -> null;
            };
        }
        if (found == null && msg.contains("not a valid")) {
            found = "a value that is not one";
        }
        return "wrong value: expected " + expected + (found == null ? "" : ", found " + found);
    }

    private static final java.util.regex.Pattern FOUND =
            java.util.regex.Pattern.compile(" from (Object|Array|String|Integer|Floating-point|Boolean)\\b");

    static JsonLocation location(JsonProcessingException e) {
        return e.getLocation();
    }
}
