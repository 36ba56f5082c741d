package io.github.zhifa.disclosure.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader and writer: comma separated, fields optionally in double quotes, a double quote inside
 * a quoted field doubled, CRLF or LF line ends, line breaks allowed inside quoted fields, a leading UTF-8 BOM
 * ignored. Errors say the line and column.
 */
public final class Csv {
    private Csv() {}

    /** One row: its cells and the 1-based line on which it starts. */
    public record Row(int line, List<String> cells) {}

    /** A syntax error at a line and column. */
    public static final class CsvSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        /** The 1-based line. */
        private final int line;

        /** The 1-based column. */
        private final int column;

        CsvSyntaxException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /**
         * The line.
         *
         * @return the 1-based line
         */
        public int line() {
            return line;
        }

        /**
         * The column.
         *
         * @return the 1-based column
         */
        public int column() {
            return column;
        }
    }

    /**
     * Reads every row. A last empty line is not a row; an empty line elsewhere is a row of one empty cell.
     *
     * @param in the input, not closed
     * @return the rows
     * @throws CsvSyntaxException on a broken quote
     */
    public static List<Row> read(Reader in) throws CsvSyntaxException {
        RowReader r = new RowReader(in, Long.MAX_VALUE, 1);
        List<Row> rows = new ArrayList<>();
        for (Row row; (row = r.next()) != null; ) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * Reads every row of a text. A last empty line is not a row; an empty line elsewhere is a row of one empty
     * cell.
     *
     * @param text the CSV text
     * @return the rows
     * @throws CsvSyntaxException on a broken quote
     */
    public static List<Row> read(CharSequence text) throws CsvSyntaxException {
        return read(new StringReader(text.toString()));
    }

    /**
     * Reads rows one at a time from a reader (buffered internally), so that memory holds one row. The one parser
     * behind {@link Csv#read(Reader)} too.
     */
    public static final class RowReader {
        private final Reader in;
        private final long maxRowChars;
        private final char[] buf = new char[8192];
        private int pos;
        private int len;
        private boolean started;

        /** 1-based line of the next character. */
        private int line;

        /** 1-based column of the last character consumed. */
        private int column;

        /**
         * A reader of rows.
         *
         * @param in the input, not closed
         * @param maxRowChars the most characters of cell content one row may have; more is a syntax error
         * @param firstLine the line number of the input's first line (when lines before it were skipped)
         */
        public RowReader(Reader in, long maxRowChars, int firstLine) {
            this.in = in;
            this.maxRowChars = maxRowChars;
            this.line = firstLine;
        }

        /**
         * The 1-based line of the next character to be parsed.
         *
         * @return the line
         */
        public int nextLine() {
            return line;
        }

        private int peek() {
            if (pos == len) {
                try {
                    int n;
                    do {
                        n = in.read(buf, 0, buf.length);
                    } while (n == 0);
                    if (n < 0) {
                        return -1;
                    }
                    pos = 0;
                    len = n;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return buf[pos];
        }

        private int read() {
            int c = peek();
            if (c >= 0) {
                pos++;
                column++;
            }
            return c;
        }

        private void newLine() {
            line++;
            column = 0;
        }

        /**
         * The next row.
         *
         * @return the row, or null at the end of the input
         * @throws CsvSyntaxException on a broken quote or a row longer than allowed
         */
        public Row next() throws CsvSyntaxException {
            if (!started) {
                started = true;
                if (peek() == '\uFEFF') {
                    pos++; // the BOM is not a column
                }
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int rowLine = line;
            long chars = 0;
            boolean wasQuoted = false;
            boolean rowHasContent = false;
            while (true) {
                int c = read();
                if (c < 0) {
                    if (rowHasContent || !cells.isEmpty()) {
                        cells.add(cell.toString());
                        return new Row(rowLine, List.copyOf(cells));
                    }
                    return null;
                }
                if (c == '"') {
                    if (cell.length() > 0 || wasQuoted) {
                        throw new CsvSyntaxException(
                                line,
                                column,
                                wasQuoted
                                        ? "text after a closing quote (a quote inside a quoted field must be doubled)"
                                        : "quote inside an unquoted field (quote the whole field and double the"
                                                + " quote)");
                    }
                    int quoteLine = line;
                    int quoteCol = column;
                    while (true) {
                        int q = read();
                        if (q < 0) {
                            throw new CsvSyntaxException(quoteLine, quoteCol, "quote opened here is never closed");
                        }
                        if (q == '"') {
                            if (peek() == '"') {
                                read();
                                cell.append('"');
                                chars = count(chars, rowLine);
                                continue;
                            }
                            break;
                        }
                        if (q == '\n') {
                            newLine();
                        }
                        cell.append((char) q);
                        chars = count(chars, rowLine);
                    }
                    wasQuoted = true;
                    rowHasContent = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    rowHasContent = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        if (peek() != '\n') {
                            throw new CsvSyntaxException(line, column, "carriage return without line feed");
                        }
                        read();
                    }
                    newLine();
                    cells.add(cell.toString());
                    return new Row(rowLine, List.copyOf(cells));
                } else {
                    if (wasQuoted) {
                        throw new CsvSyntaxException(
                                line,
                                column,
                                "text after a closing quote (a quote inside a quoted field must be doubled)");
                    }
                    cell.append((char) c);
                    chars = count(chars, rowLine);
                    rowHasContent = true;
                }
            }
        }

        private long count(long chars, int rowLine) throws CsvSyntaxException {
            if (chars >= maxRowChars) {
                throw new CsvSyntaxException(
                        rowLine, 1, "the row starting here is longer than " + maxRowChars + " characters");
            }
            return chars + 1;
        }
    }

    /**
     * Writes one row, CRLF-terminated, quoting the cells that need it.
     *
     * @param out the output
     * @param cells the cells
     * @throws IOException if writing fails
     */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Quotes a cell if it holds a comma, a quote, a line break, or leading or trailing blanks.
     *
     * @param cell the cell
     * @return the cell as written
     */
    public static String quote(String cell) {
        boolean needs = !cell.isEmpty()
                && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1)));
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
