package io.github.zhifa.disclosure;

import io.github.zhifa.core.ZhifaException;

/**
 * A disclosure file that cannot be read: not JSON or CSV, a broken quote, an unknown or duplicated field, a row of
 * the wrong width. The message names the source, the line and column (when known) and the record index; it never
 * quotes the input's values. Code {@code ZHIFA-DIS-001}.
 */
public final class MalformedPayloadException extends ZhifaException {
    private static final long serialVersionUID = 1L;

    /** The input's name. */
    private final String source;

    /** The 1-based line, or -1. */
    private final int line;

    /** The 1-based column, or -1. */
    private final int column;

    /** The 0-based record index, or -1. */
    private final int recordIndex;

    /**
     * Creates an exception.
     *
     * @param source the input's name
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param recordIndex the 0-based index of the record at fault, or -1
     * @param problem what is wrong (no input values)
     */
    public MalformedPayloadException(String source, int line, int column, int recordIndex, String problem) {
        this(source, line, column, recordIndex, problem, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param source the input's name
     * @param line the 1-based line, or -1 if unknown
     * @param column the 1-based column, or -1 if unknown
     * @param recordIndex the 0-based index of the record at fault, or -1
     * @param problem what is wrong (no input values)
     * @param cause the cause
     */
    public MalformedPayloadException(
            String source, int line, int column, int recordIndex, String problem, Throwable cause) {
        super(DisclosureProblem.MALFORMED.code(), source + where(line, column, recordIndex) + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.recordIndex = recordIndex;
    }

    private static String where(int line, int column, int recordIndex) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (recordIndex >= 0) {
            sb.append(line > 0 ? " (record " : " record ")
                    .append(recordIndex + 1)
                    .append(line > 0 ? ")" : "");
        }
        return sb.toString();
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
     * The 1-based line.
     *
     * @return the line, or -1 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column.
     *
     * @return the column, or -1 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * The 0-based index of the record at fault.
     *
     * @return the index, or -1 if not about one record
     */
    public int recordIndex() {
        return recordIndex;
    }
}
