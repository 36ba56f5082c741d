package io.github.zhifa.review.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The course of one legal review, as the seed plan (二（三）11（2）) lays it out: the handling unit submits; the review
 * body gives a written opinion; after 存在问题 the unit either handles the problems and resubmits, or disagrees and
 * consults the review body; if they cannot agree, the agency decides by collective discussion (集体讨论). Under
 * 行政处罚法 art. 58 no decision may be made without a passed review. Immutable; every step returns a new process and
 * refuses a step that is not allowed in the current state.
 *
 * <pre>{@code
 * ReviewProcess p = ReviewProcess.submit(LocalDate.of(2024, 6, 1))
 *         .opinion(problems)                  // 存在问题
 *         .resubmit(LocalDate.of(2024, 6, 5))
 *         .opinion(agree);                    // 同意
 * p.mayDecide();                              // true
 * }</pre>
 */
public final class ReviewProcess {
    /** Where a review stands. */
    public enum State {
        /** Submitted, waiting for the written opinion of the current round. */
        AWAITING_OPINION,
        /** The opinion is 存在问题: the unit resubmits or disputes. */
        PROBLEMS_RAISED,
        /** The unit disputes the opinion and consults the review body. */
        IN_CONSULTATION,
        /** Consultation failed: the agency's collective discussion decides. */
        AWAITING_COLLECTIVE_DISCUSSION,
        /** The review passed (同意, or the review body accepted the unit's position in consultation). */
        PASSED,
        /** The collective discussion decided to proceed with the decision. */
        PROCEED_BY_COLLECTIVE_DISCUSSION,
        /** The collective discussion decided not to make the decision. */
        NOT_TO_DECIDE
    }

    /** The outcome of a consultation between the unit and the review body. */
    public enum Consultation {
        /** The unit accepts the opinion: it handles the problems and resubmits. */
        UNIT_ACCEPTS_OPINION,
        /** The review body accepts the unit's position: the review passes. */
        REVIEW_BODY_ACCEPTS,
        /** No agreement: collective discussion. */
        NO_AGREEMENT
    }

    /** The outcome of a collective discussion. */
    public enum CollectiveDecision {
        /** Proceed with the decision as proposed. */
        PROCEED,
        /** Handle the problems and resubmit for review. */
        REVISE_AND_RESUBMIT,
        /** Do not make the decision. */
        DO_NOT_DECIDE
    }

    /**
     * One step of the record. Immutable.
     *
     * @param date the date
     * @param description what happened, in Chinese
     */
    public record Step(LocalDate date, String description) {
        /**
         * Validates the components.
         *
         * @param date the date
         * @param description the description
         */
        public Step {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(description, "description");
        }
    }

    private final State state;
    private final int round;
    private final List<ReviewOpinion> opinions;
    private final List<Step> steps;

    private ReviewProcess(State state, int round, List<ReviewOpinion> opinions, List<Step> steps) {
        this.state = state;
        this.round = round;
        this.opinions = List.copyOf(opinions);
        this.steps = List.copyOf(steps);
    }

    /**
     * Submits a case for review (round 1).
     *
     * @param date the submission date
     * @return the process
     */
    public static ReviewProcess submit(LocalDate date) {
        return new ReviewProcess(State.AWAITING_OPINION, 1, List.of(), List.of(new Step(date, "报送法制审核（第1轮）")));
    }

    /**
     * Records the written opinion of the current round.
     *
     * @param opinion the opinion; its round must be the current round
     * @return the process
     * @throws IllegalStateException if no opinion is awaited or the round differs
     */
    public ReviewProcess opinion(ReviewOpinion opinion) {
        require(State.AWAITING_OPINION);
        if (opinion.round() != round) {
            throw new IllegalStateException("opinion is for round " + opinion.round() + ", current round is " + round);
        }
        List<ReviewOpinion> o = new ArrayList<>(opinions);
        o.add(opinion);
        State next = opinion.conclusion() == ReviewOpinion.Conclusion.AGREE ? State.PASSED : State.PROBLEMS_RAISED;
        return new ReviewProcess(
                next,
                round,
                o,
                plus(
                        opinion.date(),
                        "审核意见：" + opinion.conclusion().zh()
                                + (opinion.findings().isEmpty()
                                        ? ""
                                        : "（" + opinion.findings().size() + "项问题）")));
    }

    /**
     * After 存在问题 (or a consultation or collective discussion asking for it): the unit has handled the problems and
     * resubmits, opening the next round.
     *
     * @param date the resubmission date
     * @return the process
     * @throws IllegalStateException if there is nothing to resubmit
     */
    public ReviewProcess resubmit(LocalDate date) {
        require(State.PROBLEMS_RAISED);
        return new ReviewProcess(
                State.AWAITING_OPINION, round + 1, opinions, plus(date, "研究处理后再次报送（第" + (round + 1) + "轮）"));
    }

    /**
     * After 存在问题: the unit disagrees with the opinion and consults the review body.
     *
     * @param date the date
     * @return the process
     */
    public ReviewProcess dispute(LocalDate date) {
        require(State.PROBLEMS_RAISED);
        return new ReviewProcess(State.IN_CONSULTATION, round, opinions, plus(date, "对审核意见有异议，协商沟通"));
    }

    /**
     * Records the outcome of the consultation.
     *
     * @param outcome the outcome
     * @param date the date
     * @return the process
     */
    public ReviewProcess consultation(Consultation outcome, LocalDate date) {
        require(State.IN_CONSULTATION);
        return switch (outcome) {
            case UNIT_ACCEPTS_OPINION -> new ReviewProcess(
                    State.PROBLEMS_RAISED, round, opinions, plus(date, "协商一致：承办机构按审核意见处理"));
            case REVIEW_BODY_ACCEPTS -> new ReviewProcess(
                    State.PASSED, round, opinions, plus(date, "协商一致：审核机构同意承办机构意见"));
            case NO_AGREEMENT -> new ReviewProcess(
                    State.AWAITING_COLLECTIVE_DISCUSSION, round, opinions, plus(date, "协商不能达成一致，提交集体讨论"));
        };
    }

    /**
     * Records the outcome of the collective discussion.
     *
     * @param decision the decision
     * @param date the date
     * @return the process
     */
    public ReviewProcess collectiveDiscussion(CollectiveDecision decision, LocalDate date) {
        require(State.AWAITING_COLLECTIVE_DISCUSSION);
        return switch (decision) {
            case PROCEED -> new ReviewProcess(
                    State.PROCEED_BY_COLLECTIVE_DISCUSSION, round, opinions, plus(date, "集体讨论决定：作出决定"));
            case REVISE_AND_RESUBMIT -> new ReviewProcess(
                    State.PROBLEMS_RAISED, round, opinions, plus(date, "集体讨论决定：修改后再次报送"));
            case DO_NOT_DECIDE -> new ReviewProcess(State.NOT_TO_DECIDE, round, opinions, plus(date, "集体讨论决定：不作出决定"));
        };
    }

    /**
     * Whether the head of the agency may now make the decision.
     *
     * @return true once the review passed or the collective discussion decided to proceed
     */
    public boolean mayDecide() {
        return state == State.PASSED || state == State.PROCEED_BY_COLLECTIVE_DISCUSSION;
    }

    /**
     * The current state.
     *
     * @return the state
     */
    public State state() {
        return state;
    }

    /**
     * The current round (1 for the first submission).
     *
     * @return the round
     */
    public int round() {
        return round;
    }

    /**
     * The opinions given, in order.
     *
     * @return the opinions
     */
    public List<ReviewOpinion> opinions() {
        return opinions;
    }

    /**
     * The latest opinion.
     *
     * @return the opinion, or empty before the first
     */
    public Optional<ReviewOpinion> latestOpinion() {
        return opinions.isEmpty() ? Optional.empty() : Optional.of(opinions.get(opinions.size() - 1));
    }

    /**
     * The record of every step, in order.
     *
     * @return the steps
     */
    public List<Step> steps() {
        return steps;
    }

    private void require(State expected) {
        if (state != expected) {
            throw new IllegalStateException("not allowed in state " + state + " (needs " + expected + ")");
        }
    }

    private List<Step> plus(LocalDate date, String text) {
        List<Step> s = new ArrayList<>(steps);
        s.add(new Step(date, text));
        return s;
    }
}
