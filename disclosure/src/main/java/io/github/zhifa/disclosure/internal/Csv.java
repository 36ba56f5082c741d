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
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int col = 0;
        int rowLine = 1;
        boolean quoted = false; // inside quotes
        boolean wasQuoted = false; // the current cell was quoted and the quote closed
        int quoteLine = 0;
        int quoteCol = 0;
        boolean atCellStart = true;
        boolean rowHasContent = false;
        try {
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            while (c != -1) {
                col++;
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                            col++;
                            c = in.read();
                            continue;
                        }
                        quoted = false;
                        wasQuoted = true;
                        c = next;
                        continue;
                    }
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                    cell.append((char) c);
                    c = in.read();
                    continue;
                }
                if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    atCellStart = true;
                    rowHasContent = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = in.read();
                        if (next != '\n') {
                            throw new CsvSyntaxException(line, col, "carriage return without line feed");
                        }
                    }
                    cells.add(cell.toString());
                    rows.add(new Row(rowLine, List.copyOf(cells)));
                    cells.clear();
                    cell.setLength(0);
                    wasQuoted = false;
                    atCellStart = true;
                    rowHasContent = false;
                    line++;
                    col = 0;
                    rowLine = line;
                } else if (c == '"') {
                    if (!atCellStart) {
                        throw new CsvSyntaxException(
                                line,
                                col,
                                wasQuoted
                                        ? "text after a closing quote (a quote inside a quoted field must be doubled)"
                                        : "quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    quoted = true;
                    quoteLine = line;
                    quoteCol = col;
                    atCellStart = false;
                    rowHasContent = true;
                } else {
                    if (wasQuoted) {
                        throw new CsvSyntaxException(
                                line,
                                col,
                                "text after a closing quote (a quote inside a quoted field must be doubled)");
                    }
                    cell.append((char) c);
                    atCellStart = false;
                    rowHasContent = true;
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (quoted) {
            throw new CsvSyntaxException(quoteLine, quoteCol, "quote opened here is never closed");
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
