package io.github.zhifa.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewProcessTest {
    private static final LocalDate D = LocalDate.of(2024, 6, 3);

    @Test
    void checklistHasTheTenItemsOfTheSeedPlan() {
        assertThat(ReviewItem.values())
                .extracting(ReviewItem::zh)
                .containsExactly("主体", "资格", "程序", "事实", "证据", "法律适用", "裁量基准", "权限", "文书", "涉嫌犯罪移送");
    }

    @Test
    void anOpinionNeedsEveryItemChecked() {
        Checklist c = Checklist.empty().pass(ReviewItem.SUBJECT);
        assertThat(c.unchecked()).hasSize(9);
        assertThatThrownBy(() -> c.opinion(D, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(c.passAll().opinion(D, 1).conclusion()).isEqualTo(ReviewOpinion.Conclusion.AGREE);
    }

    @Test
    void aFindingMakesTheOpinionProblems() {
        ReviewOpinion o = Checklist.empty()
                .problem(ReviewItem.EVIDENCE, "现场检查笔录缺少当事人签名")
                .passAll()
                .opinion(D, 1);
        assertThat(o.conclusion()).isEqualTo(ReviewOpinion.Conclusion.PROBLEMS);
        assertThat(o.findings()).extracting(Finding::item).containsExactly(ReviewItem.EVIDENCE);
        assertThatThrownBy(() -> new ReviewOpinion(ReviewOpinion.Conclusion.PROBLEMS, List.of(), D, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resubmissionAfterProblemsThenAgree() {
        ReviewOpinion problems = Checklist.empty()
                .problem(ReviewItem.DISCRETION, "裁量基准适用错误")
                .passAll()
                .opinion(D, 1);
        ReviewProcess p = ReviewProcess.submit(D).opinion(problems);
        assertThat(p.mayDecide()).isFalse();
        assertThat(p.state()).isEqualTo(ReviewProcess.State.PROBLEMS_RAISED);
        assertThatThrownBy(() -> p.opinion(problems)).isInstanceOf(IllegalStateException.class);
        ReviewProcess q = p.resubmit(D.plusDays(2));
        assertThat(q.round()).isEqualTo(2);
        assertThatThrownBy(() -> q.opinion(problems)).hasMessageContaining("round 1");
        ReviewProcess done = q.opinion(Checklist.empty().passAll().opinion(D.plusDays(3), 2));
        assertThat(done.mayDecide()).isTrue();
        assertThat(done.opinions()).hasSize(2);
        assertThat(done.steps()).hasSize(4);
    }

    @Test
    void disagreementGoesToCollectiveDiscussion() {
        ReviewOpinion problems = Checklist.empty()
                .problem(ReviewItem.COMPETENCE, "超越法定权限")
                .passAll()
                .opinion(D, 1);
        ReviewProcess p = ReviewProcess.submit(D)
                .opinion(problems)
                .dispute(D)
                .consultation(ReviewProcess.Consultation.NO_AGREEMENT, D);
        assertThat(p.state()).isEqualTo(ReviewProcess.State.AWAITING_COLLECTIVE_DISCUSSION);
        assertThat(p.mayDecide()).isFalse();
        assertThat(p.collectiveDiscussion(ReviewProcess.CollectiveDecision.PROCEED, D)
                        .mayDecide())
                .isTrue();
        assertThat(p.collectiveDiscussion(ReviewProcess.CollectiveDecision.DO_NOT_DECIDE, D)
                        .mayDecide())
                .isFalse();
        assertThat(p.collectiveDiscussion(ReviewProcess.CollectiveDecision.REVISE_AND_RESUBMIT, D)
                        .resubmit(D)
                        .round())
                .isEqualTo(2);
    }

    @Test
    void staffingRatioIsFivePercentRoundedUp() {
        // 100 officers need 5 reviewers; 101 need 6 (5.05 rounded up); 0 officers need none
        assertThat(new Staffing("甲局", 100, 5).meetsRatio()).isTrue();
        assertThat(new Staffing("甲局", 101, 5).meetsRatio()).isFalse();
        assertThat(new Staffing("甲局", 101, 5).requiredReviewers()).isEqualTo(6);
        assertThat(new Staffing("甲局", 101, 5).shortfall()).isEqualTo(1);
        assertThat(new Staffing("乙局", 19, 0).meetsRatio()).isFalse();
        assertThat(new Staffing("乙局", 0, 0).meetsRatio()).isTrue();
    }
}
