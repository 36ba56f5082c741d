package io.github.zhifa.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhifa.core.json.MalformedJsonException;
import io.github.zhifa.core.json.ZhifaJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainTest {

    @Test
    void partyToStringHidesPersonalData() {
        Party person = Party.naturalPerson("张三丰", "11010519491231002X");
        assertThat(person.toString())
                .doesNotContain("11010519491231002X")
                .doesNotContain("三丰")
                .contains("张**")
                .contains("1****************X");
        Party company = Party.legalPerson("厦门示例贸易有限公司", "91350100M000100Y43");
        assertThat(company.toString()).contains("厦门示例贸易有限公司").contains("91350100M000100Y43");
        assertThat(Samples.invalid().toString())
                .doesNotContain("110105194912310021")
                .doesNotContain("张三");
    }

    @Test
    void citationsAreWrittenTheChineseWay() {
        assertThat(new LegalBasisCitation("中华人民共和国行政处罚法", 58, 1, 3).toChinese())
                .isEqualTo("《中华人民共和国行政处罚法》第五十八条第一款第（三）项");
        assertThat(LegalBasisCitation.of("中华人民共和国行政处罚法", 10).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第十条");
        assertThat(LegalBasisCitation.of("中华人民共和国行政处罚法", 15).toChinese()).endsWith("第十五条");
        assertThat(LegalBasisCitation.of("中华人民共和国民法典", 105).toChinese()).endsWith("第一百零五条");
        assertThat(LegalBasisCitation.of("中华人民共和国民法典", 110).toChinese()).endsWith("第一百一十条");
        assertThat(LegalBasisCitation.of("中华人民共和国民法典", 1260).toChinese()).endsWith("第一千二百六十条");
        assertThat(LegalBasisCitation.of("中华人民共和国民法典", 1001).toChinese()).endsWith("第一千零一条");
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<Officer> officers = new ArrayList<>(Samples.officers());
        Decision d = new Decision(
                "x〔2024〕1号", EnforcementCategory.OTHER, null, officers, null, null, null, null, "c", List.of());
        officers.clear();
        assertThat(d.officers()).hasSize(2);
        assertThatThrownBy(() -> d.officers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void officerQualification() {
        Officer o = Samples.officers().get(0);
        assertThat(o.isQualifiedOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(o.isQualifiedOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(o.isQualifiedOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(o.isQualifiedOn(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(Samples.officers().get(1).isQualifiedOn(LocalDate.of(2099, 1, 1)))
                .isTrue();
    }

    @Test
    void unknownFieldsAreRejectedWithoutEchoingValues() {
        String json = "{\"documentNumber\":\"x\",\"idNumberTypo\":\"11010519491231002X\"}";
        assertThatThrownBy(() -> ZhifaJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test", Decision.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("idNumberTypo")
                .hasMessageNotContaining("11010519491231002X");
    }
}
