package io.github.zhifa.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.zhifa.core.ZhifaException;

/**
 * A JSON document that is not valid JSON, breaks an input limit, or does not fit the expected type. The message
 * names the source, the line and column, and the field path; it never quotes the input text.
 */
public final class MalformedJsonException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /** Stable code of this error. */
    public static final String CODE = "ZHIFA-CORE-JSON-001";

    /** The input's name. */
    private final String source;

    /** The 1-based line, or -1. */
    private final int line;

    /** The 1-based column, or -1. */
    private final int column;

    /** The JSON path of the field at fault, or empty. */
    private final String path;

    /**
     * Creates an exception.
     *
     * @param source the input's name
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param problem what is wrong
     */
    public MalformedJsonException(String source, int line, int column, String problem) {
        this(source, line, column, "", problem, null);
    }

    private MalformedJsonException(String source, int line, int column, String path, String problem, Throwable cause) {
        super(CODE, source + at(line, column) + (path.isEmpty() ? "" : " at " + path) + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    static MalformedJsonException of(String source, JsonProcessingException e) {
        JsonLocation loc = ZhifaJson.location(e);
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        String path = "";
        if (e instanceof JsonMappingException m) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append('.').append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            path = sb.length() > 1 ? sb.toString() : "";
        }
        return new MalformedJsonException(source, line, column, path, ZhifaJson.describe(e), e);
    }

    private static String at(int line, int column) {
        return line > 0 ? " line " + line + (column > 0 ? ", column " + column : "") : "";
    }

    /**
     * The input's name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or -1 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column of the problem.
     *
     * @return the column, or -1 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * The JSON path of the field at fault, e.g. {@code $.party.idNumber} or {@code $[3].amount}.
     *
     * @return the path, empty if not known
     */
    public String path() {
        return path;
    }
}
