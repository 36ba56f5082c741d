package io.github.zhifa.disclosure.redact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhifa.core.json.ZhifaJson;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one redaction did: each finding (kind, position, masked form, optional salted fingerprint) and the count per
 * kind. Never the raw values. When a stream was redacted with a listener, {@link #findings()} is empty and the
 * findings went to the listener; the counts are always there.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedactionReport {
    private final String profile;
    private final long inputLength;
    private final List<Finding> findings;
    private final Map<PiiType, Long> counts;

    /**
     * Creates a report.
     *
     * @param profile the profile's name
     * @param inputLength how many characters were read
     * @param findings the findings in input order (may be empty when they went to a listener)
     * @param counts the number of findings per kind
     */
    public RedactionReport(String profile, long inputLength, List<Finding> findings, Map<PiiType, Long> counts) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.inputLength = inputLength;
        this.findings = List.copyOf(findings);
        EnumMap<PiiType, Long> c = new EnumMap<>(PiiType.class);
        c.putAll(counts);
        this.counts = Collections.unmodifiableMap(c);
    }

    /**
     * The profile used.
     *
     * @return its name
     */
    public String profile() {
        return profile;
    }

    /**
     * How many characters (UTF-16 code units) were read.
     *
     * @return the input length
     */
    public long inputLength() {
        return inputLength;
    }

    /**
     * The findings in input order.
     *
     * @return the findings, unmodifiable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The number of findings per kind (kinds not found are absent).
     *
     * @return the counts, unmodifiable
     */
    public Map<PiiType, Long> counts() {
        return counts;
    }

    /**
     * The total number of findings.
     *
     * @return the total
     */
    public long total() {
        long t = 0;
        for (long v : counts.values()) {
            t += v;
        }
        return t;
    }

    /**
     * The report as JSON: {@code {"profile", "inputLength", "total", "counts": {KIND: n}, "findings": [{"type",
     * "path", "start", "length", "masked", "fingerprint"}]}}.
     *
     * @return the JSON text
     */
    public String toJson() {
        ObjectNode root = ZhifaJson.mapper().createObjectNode();
        root.put("profile", profile);
        root.put("inputLength", inputLength);
        root.put("total", total());
        ObjectNode c = root.putObject("counts");
        counts.forEach((k, v) -> c.put(k.name(), v));
        ArrayNode a = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = a.addObject();
            o.put("type", f.type().name());
            if (!f.path().isEmpty()) {
                o.put("path", f.path());
            }
            o.put("start", f.start());
            o.put("length", f.length());
            o.put("masked", f.masked());
            if (!f.fingerprint().isEmpty()) {
                o.put("fingerprint", f.fingerprint());
            }
        }
        try {
            return ZhifaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report as readable text: a summary line, then one line per finding
     * ({@code TYPE path start+length -> masked}).
     *
     * @return the text
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("profile ")
                .append(profile)
                .append(": ")
                .append(total())
                .append(" redactions in ")
                .append(inputLength)
                .append(" characters");
        counts.forEach((k, v) -> sb.append(", ").append(k.name()).append('=').append(v));
        sb.append('\n');
        for (Finding f : findings) {
            sb.append(f.type().name()).append(' ');
            if (!f.path().isEmpty()) {
                sb.append(f.path()).append(' ');
            }
            sb.append(f.start()).append('+').append(f.length()).append(" -> ").append(f.masked());
            if (!f.fingerprint().isEmpty()) {
                sb.append(" #").append(f.fingerprint());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "RedactionReport[" + profile + ", " + total() + " findings]";
    }
}
