package io.github.zhifa.cli.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhifa.core.json.ZhifaJson;

/** JSON output of the record commands, through zhifa's one mapper. */
final class Json {
    private Json() {}

    static String pretty(Object value) {
        try {
            return ZhifaJson.builder().indent().build().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output always serialises", e);
        }
    }
}
