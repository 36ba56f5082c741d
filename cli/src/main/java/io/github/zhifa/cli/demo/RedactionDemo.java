package io.github.zhifa.cli.demo;

import io.github.zhifa.disclosure.redact.Finding;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionResult;
import io.github.zhifa.disclosure.redact.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Demo step: a synthetic penalty decision before and after redaction, with the report. */
final class RedactionDemo implements DemoStep {
    /** A synthetic decision: every person, number and address in it is invented (the ID number is GB 11643's example). */
    static final String DECISION = String.join(
            "\n",
            "杭州市西湖区市场监督管理局",
            "行政处罚决定书",
            "杭西市监罚〔2024〕15号",
            "当事人：杭州云帆科技有限公司，统一社会信用代码：91350100M000100Y43，住所：杭州市西湖区文三路90号。",
            "法定代表人：王建华，身份证号码：11010519491231002X，联系电话：13812345678。",
            "现场负责人李秀英，女，1985年6月12日出生，住杭州市西湖区古墩路188号3幢501室。",
            "经查，王建华于2024年3月1日指使员工使用号牌为浙AD12345的货车运输过期食品，货款通过银行卡6222 0212 3456 7890 123收取，" + "所用工艺配方Q-17属商业秘密。",
            "依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项，本局决定：罚款人民币50000元。",
            "2024年4月1日");

    @Override
    public String title() {
        return "disclosure: redacting personal data before publication";
    }

    @Override
    public void run(PrintWriter out, Path workDir) {
        Redactor redactor = Redactor.builder()
                .profile(RedactionProfile.builtIn("court"))
                .secretTerms(List.of("工艺配方Q-17"))
                .build();
        RedactionResult r = redactor.redact(DECISION);
        out.println("before:");
        DECISION.lines().forEach(l -> out.println("  " + l));
        out.println("after (profile 'court', 法释〔2016〕19号 style):");
        r.text().lines().forEach(l -> out.println("  " + l));
        out.println("report (never the raw values):");
        for (Finding f : r.report().findings()) {
            out.println("  " + f.type().chineseName() + " at " + f.start() + "+" + f.length() + " -> " + f.masked());
        }
        out.println("kept: the legal person's name, credit code and registered address, the document number,"
                + " the citation, the amount and the dates");
        out.println("idempotent: " + redactor.redact(r.text()).text().equals(r.text()));
    }
}
