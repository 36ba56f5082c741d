package io.github.zhifa.disclosure.internal;

import java.io.IOException;
import java.io.Reader;
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
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(sb);
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
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int line = 1;
        int lineStart = i; // index of the first character of the current line
        int rowLine = 1;
        boolean wasQuoted = false;
        boolean rowHasContent = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new CsvSyntaxException(
                            line,
                            i - lineStart + 1,
                            wasQuoted
                                    ? "text after a closing quote (a quote inside a quoted field must be doubled)"
                                    : "quote inside an unquoted field (quote the whole field and double the quote)");
                }
                int quoteLine = line;
                int quoteCol = i - lineStart + 1;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CsvSyntaxException(quoteLine, quoteCol, "quote opened here is never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    cell.append(q);
                    i++;
                }
                wasQuoted = true;
                rowHasContent = true;
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                rowHasContent = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        throw new CsvSyntaxException(line, i - lineStart + 1, "carriage return without line feed");
                    }
                    i++;
                }
                i++;
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                rowHasContent = false;
                line++;
                lineStart = i;
                rowLine = line;
            } else {
                if (wasQuoted) {
                    throw new CsvSyntaxException(
                            line,
                            i - lineStart + 1,
                            "text after a closing quote (a quote inside a quoted field must be doubled)");
                }
                int end = i + 1;
                while (end < n) {
                    char d = text.charAt(end);
                    if (d == ',' || d == '"' || d == '\r' || d == '\n') {
                        break;
                    }
                    end++;
                }
                cell.append(text, i, end);
                rowHasContent = true;
                i = end;
            }
        }
        if (rowHasContent || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
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
