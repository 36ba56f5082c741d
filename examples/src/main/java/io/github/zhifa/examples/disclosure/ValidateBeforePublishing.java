package io.github.zhifa.examples.disclosure;

import io.github.zhifa.calendar.Deadline;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.disclosure.DisclosureDeadlines;
import io.github.zhifa.disclosure.DisclosureFormat;
import io.github.zhifa.disclosure.DisclosureValidator;
import io.github.zhifa.disclosure.FieldNaming;
import io.github.zhifa.disclosure.Party;
import io.github.zhifa.disclosure.PenaltyKind;
import io.github.zhifa.disclosure.PenaltyRecord;
import io.github.zhifa.disclosure.RecordKind;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor's case-handling system checks a 行政处罚 record before pushing it to the credit platform: it validates
 * the record, learns the publication deadline on the official calendar, fixes what is wrong, exports the batch
 * as CSV with the national field codes, and learns the withdrawal deadline should the decision be revoked.
 */
public final class ValidateBeforePublishing {
    private ValidateBeforePublishing() {}

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where the report goes
     */
    static void run(PrintStream out) {
        DisclosureDeadlines deadlines = DisclosureDeadlines.standard();
        DisclosureValidator validator =
                DisclosureValidator.builder().deadlines(deadlines).build();

        // the record as the case system has it: the credit code mistyped, the fine amount left empty, and the
        // upload queued for Monday 14 October
        PenaltyRecord draft = new PenaltyRecord(
                Party.legalPerson("北京示例餐饮管理有限公司", "91110105MA00FJ2K7A", "王五"),
                "京朝市监处罚〔2024〕1234号",
                "经营超过保质期的食品",
                "当事人在其经营场所销售超过保质期的预包装食品。",
                "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                List.of(PenaltyKind.FINE),
                "罚款人民币5万元",
                null,
                null,
                null,
                LocalDate.of(2024, 9, 27),
                null,
                null,
                "北京市朝阳区市场监督管理局",
                "11110105000013411C",
                "北京市朝阳区市场监督管理局",
                "11110105000013411C",
                null);

        out.println("publish by: " + deadlines.publicationDeadline(draft));
        List<Violation> problems = validator.validate(draft, LocalDate.of(2024, 10, 14));
        for (Violation v : problems) {
            out.println((v.isError() ? "ERROR " : "WARN  ") + v.code() + " " + v.path() + ": " + v.messageEn());
        }

        PenaltyRecord fixed = new PenaltyRecord(
                Party.legalPerson("北京示例餐饮管理有限公司", "91110105MA00FJ2K7R", "王五"),
                draft.documentNumber(),
                draft.violationType(),
                draft.violationFacts(),
                draft.legalBasis(),
                draft.penaltyKinds(),
                draft.penaltyContent(),
                new BigDecimal("5"),
                null,
                null,
                draft.decisionDate(),
                null,
                null,
                draft.authority(),
                draft.authorityCode(),
                draft.dataSource(),
                draft.dataSourceCode(),
                null);
        out.println("fixed: "
                + (validator.validate(fixed, LocalDate.of(2024, 10, 10)).stream()
                                .noneMatch(Violation::isError)
                        ? "valid"
                        : "still invalid"));
        out.print(DisclosureFormat.toCsv(List.of(fixed), RecordKind.PENALTY, FieldNaming.CODE));

        // should the decision be revoked (e.g. on 复议) with effect from 30 September, the published record must be
        // withdrawn within 3 working days (行政处罚法 art. 48, 85): the calendar says which days count
        Deadline withdraw = deadlines.withdrawal(LocalDate.of(2024, 9, 30));
        out.println("withdraw by: " + withdraw.end());
        out.println(withdraw.explanationZh());
    }
}
