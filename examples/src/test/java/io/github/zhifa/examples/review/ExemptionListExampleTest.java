package io.github.zhifa.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExemptionListExampleTest {
    @Test
    void theSampleListIsMarkedIllustrativeAndUnverified() {
        var list = ExemptionListExample.illustrativeList();
        assertThat(list.verification().verified()).isFalse();
        assertThat(list.name()).contains("illustrative").contains("非真实清单");
        assertThat(list.items()).allMatch(i -> !i.verification().verified());
    }

    @Test
    void showsTheMissingFactsThenFirstViolationNoPenaltyThenReducedBeforeLighter() {
        StringWriter s = new StringWriter();
        ExemptionListExample.run(new PrintWriter(s));
        String out = s.toString();
        assertThat(out).contains("(verified: false)");
        // only firstViolation known: the item also needs minor harm and correction within 15 days
        assertThat(out).contains("first look: UNDETERMINED missing minorHarm,correctedInTime,correctionDays");
        assertThat(out).contains("complete: REQUIRED NO_PENALTY_PERMITTED");
        // 行政处罚法 art. 33 para. 1, second sentence, quoted from shared/law
        assertThat(out).contains("行政处罚法 第33条 第1款“初次违法且危害后果轻微并及时改正的，可以不予行政处罚。”");
        assertThat(out).contains("行政处罚法 第33条 第3款");
        assertThat(out).contains("Applies: item EX-01 (EX-V-001, NO_PENALTY_PERMITTED)");
        assertThat(out).contains("scope case: applied EX-03 减轻处罚, EX-04 从轻处罚; most lenient REDUCED_PENALTY");
        assertThat(out).contains("warning: 清单事项 EX-03 未经核实");
    }
}
