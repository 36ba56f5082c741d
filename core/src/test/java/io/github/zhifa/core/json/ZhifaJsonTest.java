package io.github.zhifa.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ZhifaJsonTest {
    record Sample(String name, LocalDate decidedOn, int count) {}

    record Checked(String name) {
        Checked {
            java.util.Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
        }
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsIsoDates() {
        Sample s = ZhifaJson.read(in("{\"name\":\"a\",\"decidedOn\":\"2024-09-27\",\"count\":2}"), "t", Sample.class);
        assertThat(s.decidedOn()).isEqualTo(LocalDate.of(2024, 9, 27));
    }

    @Test
    void writesIsoDates() throws Exception {
        String json = ZhifaJson.mapper().writeValueAsString(new Sample("a", LocalDate.of(2024, 10, 12), 1));
        assertThat(json).contains("\"2024-10-12\"");
    }

    @Test
    void unknownFieldIsAnErrorNamingFieldAndLine() {
        assertThatThrownBy(() -> ZhifaJson.read(
                        in("{\"name\":\"a\",\"count\":1,\n\"nmae\":\"b\"}"), "payload.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("payload.json line 2")
                .hasMessageContaining("unknown field 'nmae'")
                .satisfies(e -> assertThat(((MalformedJsonException) e).line()).isEqualTo(2));
    }

    @Test
    void lenientBuilderIgnoresUnknownFields() throws Exception {
        Sample s = ZhifaJson.builder()
                .allowUnknownFields()
                .build()
                .readValue("{\"name\":\"a\",\"count\":1,\"x\":1}", Sample.class);
        assertThat(s.name()).isEqualTo("a");
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "[".repeat(ZhifaJson.MAX_NESTING_DEPTH + 1) + "]".repeat(ZhifaJson.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> ZhifaJson.readTree(in(deep), "deep.json"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("deep.json");
    }

    @Test
    void errorDoesNotEchoInputText() {
        assertThatThrownBy(() -> ZhifaJson.readTree(in("{\"id\":\"110101199003071234\" oops}"), "p.json"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageNotContaining("110101199003071234");
    }

    @Test
    void missingPrimitiveIsAnErrorWithoutJacksonHints() {
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"name\":\"a\"}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("$.count")
                .hasMessageNotContaining("DeserializationFeature");
    }

    @Test
    void unquotedIdNumberIsNotEchoed() {
        assertThatThrownBy(() -> ZhifaJson.readTree(in("{\"id\": 11010519491231002X}"), "p.json"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("p.json line 1")
                .hasMessageNotContaining("11010519491231002");
        assertThatThrownBy(() -> ZhifaJson.readTree(in("11010519491231002X"), "p.json"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageNotContaining("11010519491231002");
    }

    @Test
    void valueOfTheWrongTypeIsNotEchoed() {
        assertThatThrownBy(() ->
                        ZhifaJson.read(in("{\"name\":\"a\",\"count\":\"11010519491231002X\"}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("$.count")
                .hasMessageNotContaining("11010519491231002");
        assertThatThrownBy(() -> ZhifaJson.read(
                        in("{\"name\":\"a\",\"count\":1,\"decidedOn\":\"1949-12-31X\"}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("$.decidedOn")
                .hasMessageNotContaining("1949-12-31");
    }

    @Test
    void wrongTypesAreExplainedWithoutJavaOrJacksonNames() {
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"name\":{},\"count\":1}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("$.name")
                .hasMessageContaining("expected a string, found an object")
                .hasMessageNotContaining("java.")
                .hasMessageNotContaining("START_OBJECT");
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"count\":[1]}"), "p.json", Sample.class))
                .hasMessageContaining("expected a number, found an array");
        assertThatThrownBy(
                        () -> ZhifaJson.read(in("{\"count\":1,\"decidedOn\":\"27/09/2024\"}"), "p.json", Sample.class))
                .hasMessageContaining("expected a date YYYY-MM-DD")
                .hasMessageNotContaining("27/09/2024");
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"a\":1}"), "p.json", Sample[].class))
                .hasMessageContaining("expected an array, found an object");
    }

    @Test
    void aDateHasAFourDigitYearAndIsReal() {
        for (String d : new String[] {"+999999999-12-31", "-0001-01-01", "2024-02-30", "2024-9-27", "20240927"}) {
            assertThatThrownBy(() ->
                            ZhifaJson.read(in("{\"count\":1,\"decidedOn\":\"" + d + "\"}"), "p.json", Sample.class))
                    .as(d)
                    .hasMessageContaining("expected a date YYYY-MM-DD")
                    .hasMessageContaining("$.decidedOn");
        }
        assertThat(ZhifaJson.read(in("{\"count\":1,\"decidedOn\":\"2024-02-29\"}"), "p.json", Sample.class)
                        .decidedOn())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void fieldPathIsReported() {
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"count\":\"many\"}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .satisfies(e -> assertThat(((MalformedJsonException) e).path()).isEqualTo("$.count"));
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        // 1.5 officers used to be read as 1
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"name\":\"a\",\"count\":1.5}"), "p.json", Sample.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("$.count")
                .hasMessageContaining("expected a whole number, found a fraction");
    }

    @Test
    void errorsCarryNoJacksonInternals() {
        assertThatThrownBy(() -> ZhifaJson.readTree(in("{\"a\": [1, 2\n"), "t.json"))
                .hasMessageContaining("t.json line 2")
                .hasMessageContaining("line 1, column 7")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("StreamReadFeature");
        assertThatThrownBy(() -> ZhifaJson.readTree(in("{\"n\": 1" + "0".repeat(100) + "}"), "n.json"))
                .hasMessageContaining("exceeds the maximum allowed (64)")
                .hasMessageNotContaining("StreamReadConstraints");
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"count\": 13812345678}"), "p.json", Sample.class))
                .hasMessageContaining("$.count")
                .hasMessageContaining("out of range of int")
                .hasMessageNotContaining("13812345678");
    }

    @Test
    void aConstructorsRefusalNamesTheTypeNotItsPackage() {
        assertThatThrownBy(() -> ZhifaJson.read(in("{}"), "c.json", Checked.class))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("invalid Checked: 'name' is missing")
                .hasMessageNotContaining("io.github")
                .hasMessageNotContaining("Cannot construct");
        assertThatThrownBy(() -> ZhifaJson.read(in("{\"name\":\" \"}"), "c.json", Checked.class))
                .hasMessageContaining("invalid Checked: name must not be blank");
    }
}
