package io.github.zhifa.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LegalReviewExampleTest {
    @Test
    void showsTheQuestionsThenTheAnswersAndTheReview() {
        StringWriter s = new StringWriter();
        LegalReviewExample.run(new PrintWriter(s));
        String out = s.toString();
        // 重庆: 60 000 yuan to a legal person is at least 50 000, so the hearing right must be notified
        assertThat(out).contains("first look: 告知听证权利 REQUIRED by 重庆市人民政府令第354号");
        assertThat(out)
                .contains("first look: 法制审核 UNDETERMINED missing hearingHeld,majorPublicInterest,"
                        + "majorSocialImpact,majorRights,complex,reviewRequiredByLaw");
        assertThat(out).contains("complete: 法制审核 REQUIRED by 行政处罚法 第58条 第1款 第3项");
        // told on Fri 2024-09-27: 09-29 (make-up), 09-30, 10-08, 10-09, 10-10
        assertThat(out).contains("request by 2024-10-10");
        assertThat(out).contains("review round 1: 存在问题 — 裁量基准").contains("review round 2: 同意; may decide: true");
    }
}
