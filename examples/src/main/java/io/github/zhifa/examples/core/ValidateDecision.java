package io.github.zhifa.examples.core;

import io.github.zhifa.core.domain.Decision;
import io.github.zhifa.core.domain.EnforcementBody;
import io.github.zhifa.core.domain.EnforcementCategory;
import io.github.zhifa.core.domain.LegalBasisCitation;
import io.github.zhifa.core.domain.Officer;
import io.github.zhifa.core.domain.Party;
import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.core.validation.ZhifaValidation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * A department system validates an enforcement decision before it is signed and published: plain Java, no
 * framework. The host builds zhifa's {@link Decision} from its own records, asks {@link ZhifaValidation} for every
 * violation, and shows them to the case handler in Chinese (and logs the code and path).
 */
public final class ValidateDecision {
    private ValidateDecision() {}

    /**
     * Builds a decision the way a host maps its own case record; this one has two mistakes a case handler makes:
     * the party's ID number is mistyped, and the decision was "served" before it was made.
     *
     * @return the decision
     */
    public static Decision fromCaseRecord() {
        return new Decision(
                "厦思市监罚〔2024〕12号",
                EnforcementCategory.PENALTY,
                new EnforcementBody("厦门市思明区市场监督管理局", "11350203MB0123456M", "350203"),
                List.of(
                        new Officer("陈明", "35020319001", LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)),
                        new Officer("林华", "35020319002", LocalDate.of(2022, 1, 1), null)),
                Party.naturalPerson("张三", "110105194912310021"),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 15),
                LocalDate.of(2024, 4, 10),
                "警告，并处罚款人民币五百元",
                List.of(new LegalBasisCitation("中华人民共和国行政处罚法", 9, null, 2)));
    }

    /**
     * Validates the decision and prints what the case handler would see.
     *
     * @param out where to print
     * @return the violations found
     */
    public static List<Violation> run(PrintStream out) {
        Decision decision = fromCaseRecord();
        List<Violation> violations = ZhifaValidation.validate(decision);
        if (violations.isEmpty()) {
            out.println("可以签发: " + decision.documentNumber());
        } else {
            out.println("退回修改: " + decision.documentNumber() + " (" + violations.size() + " problems)");
            for (Violation v : violations) {
                out.println(
                        v.severity() + " " + v.code() + " " + v.path() + ": " + v.messageZh() + " | " + v.messageEn());
            }
        }
        out.println("legal basis: " + decision.legalBasis().get(0).toChinese());
        return violations;
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
