package io.github.zhifa.disclosure;

import static io.github.zhifa.disclosure.PenaltyKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2009 and 2021 vocabularies of 行政处罚法 (art. 8 of 2009, art. 9 of 2021), the old mapped onto the new. */
class PenaltyKindsTest {
    @Test
    void everyKindOfArticle9In2021Wording() {
        // 行政处罚法 (2021) art. 9, items (1) to (5), as listed in the law text
        String art9 = "警告、通报批评；罚款、没收违法所得、没收非法财物；暂扣许可证件、降低资质等级、吊销许可证件；" + "限制开展生产经营活动、责令停产停业、责令关闭、限制从业；行政拘留";
        PenaltyKinds.Result r = PenaltyKinds.parse(art9);
        assertThat(r.kinds())
                .containsExactly(
                        WARNING,
                        PUBLIC_CRITICISM,
                        FINE,
                        CONFISCATION_OF_ILLEGAL_GAINS,
                        CONFISCATION_OF_ILLEGAL_PROPERTY,
                        SUSPENSION_OF_LICENCE,
                        DOWNGRADING_OF_QUALIFICATION,
                        REVOCATION_OF_LICENCE,
                        RESTRICTION_OF_BUSINESS,
                        ORDER_TO_SUSPEND_BUSINESS,
                        ORDER_TO_CLOSE,
                        RESTRICTION_OF_PRACTICE,
                        DETENTION);
        assertThat(r.unknown()).isEmpty();
        assertThat(r.legacy()).isFalse();
    }

    @Test
    void the2009ListMapsOntoThe2021One() {
        // 行政处罚法 (2009) art. 8: 警告；罚款；没收违法所得、没收非法财物；责令停产停业；暂扣或者吊销许可证、暂扣或者吊销执照；
        // 行政拘留；法律、行政法规规定的其他行政处罚
        PenaltyKinds.Result r =
                PenaltyKinds.parse("警告；罚款；没收违法所得、没收非法财物；责令停产停业；" + "暂扣或者吊销许可证、暂扣或者吊销执照；行政拘留；法律、行政法规规定的其他行政处罚");
        assertThat(r.kinds())
                .containsExactly(
                        WARNING,
                        FINE,
                        CONFISCATION_OF_ILLEGAL_GAINS,
                        CONFISCATION_OF_ILLEGAL_PROPERTY,
                        ORDER_TO_SUSPEND_BUSINESS,
                        SUSPENSION_OF_LICENCE,
                        REVOCATION_OF_LICENCE,
                        DETENTION,
                        OTHER); // in order of mention
        assertThat(r.legacy()).isTrue();
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void unambiguousOldTermsMapToOneKind() {
        assertThat(PenaltyKinds.parse("吊销营业执照").kinds()).containsExactly(REVOCATION_OF_LICENCE);
        assertThat(PenaltyKinds.parse("暂扣许可证").kinds()).containsExactly(SUSPENSION_OF_LICENCE);
        assertThat(PenaltyKinds.parse("吊销营业执照").ambiguous()).isFalse();
    }

    @Test
    void unknownTermsAreReportedNotDropped() {
        PenaltyKinds.Result r = PenaltyKinds.parse("罚款;罚金;责令改正");
        assertThat(r.kinds()).containsExactly(FINE);
        assertThat(r.unknown()).containsExactly("罚金", "责令改正");
    }

    @Test
    void aPrefixOfAnotherTermIsNotMistakenForIt() {
        // 警告 is not read out of 警告书; the whole token is unknown
        assertThat(PenaltyKinds.parse("警告书").unknown()).containsExactly("警告书");
        assertThat(PenaltyKinds.format(List.of(WARNING, FINE))).isEqualTo("警告;罚款");
    }
}
