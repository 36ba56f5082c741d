package io.github.zhifa.review.internal;

import io.github.zhifa.core.validation.Violation;
import io.github.zhifa.review.ReviewDataException;
import java.util.ArrayList;
import java.util.List;

/** Collects violations while reading one input, then throws them all at once. */
final class Problems {
    private final String code;
    private final String source;
    private final List<Violation> list = new ArrayList<>();

    Problems(String code, String source) {
        this.code = code;
        this.source = source;
    }

    void add(String path, String zh, String en) {
        list.add(Violation.error(code, path, zh, en));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ReviewDataException(code, source, list);
        }
    }
}
