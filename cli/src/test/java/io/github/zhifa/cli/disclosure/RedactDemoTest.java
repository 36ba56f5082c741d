package io.github.zhifa.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhifa.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The redaction part of {@code zhifa demo}: a decision before and after. */
class RedactDemoTest {
    @Test
    void demoShowsTheDecisionBeforeAndAfter() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("demo");
        String all = out.toString();
        int start = all.indexOf("disclosure: redacting personal data before publication ==");
        assertThat(start).isNotNegative();
        int end = all.indexOf("\n== ", start);
        String section = end < 0 ? all.substring(start) : all.substring(start, end);
        String before = section.substring(section.indexOf("before:"), section.indexOf("after ("));
        String after = section.substring(section.indexOf("after ("), section.indexOf("report ("));
        assertThat(before).contains("王建华", "11010519491231002X", "13812345678", "浙AD12345", "工艺配方Q-17");
        assertThat(after)
                .doesNotContain("王建华", "李秀英", "11010519491231002X", "13812345678", "浙AD12345", "古墩路", "工艺配方Q-17")
                .contains("法定代表人：王某", "现场负责人李某", "杭州云帆科技有限公司", "91350100M000100Y43", "杭西市监罚〔2024〕15号", "罚款人民币50000元");
        assertThat(section.substring(section.indexOf("report (")))
                .doesNotContain("王建华", "11010519491231002X")
                .contains("idempotent: true");
    }
}
