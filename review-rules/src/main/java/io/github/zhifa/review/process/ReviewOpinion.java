package io.github.zhifa.review.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The written opinion of a legal review (书面审核意见): agree, or has problems with at least one finding. Immutable.
 *
 * @param conclusion agree or has problems
 * @param findings the problems; empty for {@link Conclusion#AGREE}, not empty for {@link Conclusion#PROBLEMS}
 * @param date the date of the opinion
 * @param round the review round, 1 for the first submission, +1 for each resubmission
 */
public record ReviewOpinion(Conclusion conclusion, List<Finding> findings, LocalDate date, int round) {
    /** The conclusion of an opinion. */
    public enum Conclusion {
        /** 同意. */
        AGREE("同意"),
        /** 存在问题. */
        PROBLEMS("存在问题");

        private final String zh;

        Conclusion(String zh) {
            this.zh = zh;
        }

        /**
         * The Chinese word.
         *
         * @return 同意 or 存在问题
         */
        public String zh() {
            return zh;
        }
    }

    /**
     * Validates the components.
     *
     * @param conclusion the conclusion
     * @param findings the findings
     * @param date the date
     * @param round the round
     * @throws IllegalArgumentException if findings do not match the conclusion or the round is not positive
     */
    public ReviewOpinion {
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(date, "date");
        findings = List.copyOf(findings);
        if (conclusion == Conclusion.AGREE && !findings.isEmpty()) {
            throw new IllegalArgumentException("an opinion that agrees has no findings");
        }
        if (conclusion == Conclusion.PROBLEMS && findings.isEmpty()) {
            throw new IllegalArgumentException("an opinion with problems needs at least one finding");
        }
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1");
        }
    }
}
