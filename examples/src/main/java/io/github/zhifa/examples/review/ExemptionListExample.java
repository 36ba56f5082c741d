package io.github.zhifa.examples.review;

import io.github.zhifa.review.CaseFacts;
import io.github.zhifa.review.Fact;
import io.github.zhifa.review.Jurisdiction;
import io.github.zhifa.review.exemption.ExemptionList;
import io.github.zhifa.review.exemption.ExemptionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A case-handling system checks a department's exemption list before proposing a penalty. The list here is the
 * ILLUSTRATIVE sample {@code illustrative-exemption-list.json} (marked {@code verified: false}; not any real
 * department's list): a first violation is checked with part of the facts, then with all of them (首违不罚, 行政处罚法
 * art. 33 para. 1), and a second violation where the party eliminated the harm (减轻) and confessed (从轻).
 */
public final class ExemptionListExample {
    /** The classpath resource of the illustrative list. */
    public static final String LIST_RESOURCE = "illustrative-exemption-list.json";

    private ExemptionListExample() {}

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        run(out);
        out.flush();
    }

    /**
     * Loads the illustrative list.
     *
     * @return the list
     */
    public static ExemptionList illustrativeList() {
        try (InputStream in = ExemptionListExample.class.getResourceAsStream(LIST_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST_RESOURCE);
            }
            return ExemptionList.read(in, LIST_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print
     */
    public static void run(PrintWriter out) {
        ExemptionList list = illustrativeList();
        out.println(
                "list: " + list.name() + " (verified: " + list.verification().verified() + ")");
        Jurisdiction place = Jurisdiction.of("110105", "示例部门");
        LocalDate day = LocalDate.of(2024, 7, 1);

        // 1. The shop had not shown its licence; the officer knows only that it is a first violation.
        CaseFacts first =
                CaseFacts.builder(day, place).flag(Fact.FIRST_VIOLATION, true).build();
        ExemptionResult r1 = list.evaluate(first, "EX-V-001");
        out.println("first look: " + r1.outcome() + " missing "
                + r1.missing().stream().sorted().map(Fact::jsonName).collect(Collectors.joining(",")));

        // 2. The officer answers: the harm was minor, the shop corrected within 9 days of the order.
        CaseFacts complete = first.with(Fact.MINOR_HARM, true)
                .with(Fact.CORRECTED_IN_TIME, true)
                .with(Fact.CORRECTION_DAYS, 9);
        ExemptionResult r2 = list.evaluate(complete, "EX-V-001");
        out.println("complete: " + r2.outcome() + " " + r2.mostLenient().orElseThrow());
        r2.explanationZh().forEach(l -> out.println("  " + l));
        r2.explanationEn().forEach(l -> out.println("  " + l));

        // 3. Another case: the party eliminated the harm, has no prior violation, and confessed another one.
        CaseFacts other = CaseFacts.builder(day, place)
                .flag(Fact.HARM_ELIMINATED, true)
                .count(Fact.PRIOR_VIOLATIONS, 0)
                .flag(Fact.CONFESSED_UNKNOWN_VIOLATION, true)
                .build();
        ExemptionResult r3 = list.evaluate(other, "EX-V-003");
        out.println("scope case: applied "
                + r3.applied().stream().map(i -> i.id() + " " + i.kind().zh()).collect(Collectors.joining(", "))
                + "; most lenient " + r3.mostLenient().orElseThrow());
        r3.warnings().stream().limit(1).forEach(w -> out.println("warning: " + w));
    }
}
