package io.github.zhifa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.disclosure.internal.Csv;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader and writer against the examples of RFC 4180 section 2. */
class CsvTest {
    private static List<List<String>> cells(String text) throws Exception {
        return Csv.read(new StringReader(text)).stream().map(Csv.Row::cells).toList();
    }

    @Test
    void rfc4180Examples() throws Exception {
        // 2.1-2.2: CRLF line ends, last line with or without one
        assertThat(cells("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"))
                .containsExactly(List.of("aaa", "bbb", "ccc"), List.of("zzz", "yyy", "xxx"));
        assertThat(cells("aaa,bbb,ccc\r\nzzz,yyy,xxx")).hasSize(2);
        // 2.5: optional quotes
        assertThat(cells("\"aaa\",\"bbb\",\"ccc\"\r\n")).containsExactly(List.of("aaa", "bbb", "ccc"));
        // 2.6: line breaks and commas inside quotes
        assertThat(cells("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx"))
                .containsExactly(List.of("aaa", "b\r\nbb", "ccc"), List.of("zzz", "yyy", "xxx"));
        // 2.7: a doubled quote inside quotes
        assertThat(cells("\"aaa\",\"b\"\"bb\",\"ccc\"")).containsExactly(List.of("aaa", "b\"bb", "ccc"));
    }

    @Test
    void rowsKnowTheirLineEvenAfterAMultiLineCell() throws Exception {
        List<Csv.Row> rows = Csv.read(new StringReader("h1,h2\n\"a\nb\",c\nd,e\n"));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void brokenQuotesSayWhere() {
        assertThatThrownBy(() -> cells("a,b\nc,d\"e\n")).isInstanceOfSatisfying(Csv.CsvSyntaxException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(4);
        });
        assertThatThrownBy(() -> cells("a,b\n\"c,d\n")).isInstanceOfSatisfying(Csv.CsvSyntaxException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.getMessage()).contains("never closed");
        });
        assertThatThrownBy(() -> cells("\"a\"b,c\n"))
                .isInstanceOfSatisfying(Csv.CsvSyntaxException.class, e -> assertThat(e.column())
                        .isEqualTo(4));
    }

    @Test
    void writerQuotesOnlyWhatNeedsIt() throws Exception {
        StringWriter w = new StringWriter();
        Csv.writeRow(w, List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""));
        assertThat(w.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
    }
}
