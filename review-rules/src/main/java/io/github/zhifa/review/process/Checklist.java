package io.github.zhifa.review.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's checklist over the ten {@link ReviewItem}s: each item is unchecked, passed, or has findings. The
 * written opinion follows from it: every item passed gives 同意, any finding gives 存在问题. Immutable; each change
 * returns a new checklist.
 *
 * <pre>{@code
 * ReviewOpinion o = Checklist.empty().passAll()
 *         .problem(ReviewItem.EVIDENCE, "现场检查笔录缺少当事人签名")
 *         .opinion(LocalDate.of(2024, 6, 3), 1);     // 存在问题, one finding
 * }</pre>
 */
public final class Checklist {
    private final Map<ReviewItem, List<Finding>> checked;

    private Checklist(Map<ReviewItem, List<Finding>> checked) {
        this.checked = checked;
    }

    /**
     * A checklist with nothing checked.
     *
     * @return the checklist
     */
    public static Checklist empty() {
        return new Checklist(Collections.unmodifiableMap(new EnumMap<>(ReviewItem.class)));
    }

    /**
     * Marks an item as checked without problems (findings already recorded for it stay).
     *
     * @param item the item
     * @return the new checklist
     */
    public Checklist pass(ReviewItem item) {
        Map<ReviewItem, List<Finding>> m = copy();
        m.putIfAbsent(Objects.requireNonNull(item, "item"), List.of());
        return new Checklist(Collections.unmodifiableMap(m));
    }

    /**
     * Marks every unchecked item as passed.
     *
     * @return the new checklist
     */
    public Checklist passAll() {
        Checklist c = this;
        for (ReviewItem i : ReviewItem.values()) {
            c = c.pass(i);
        }
        return c;
    }

    /**
     * Records a problem under an item.
     *
     * @param item the item
     * @param text the finding
     * @return the new checklist
     */
    public Checklist problem(ReviewItem item, String text) {
        Map<ReviewItem, List<Finding>> m = copy();
        List<Finding> list = new ArrayList<>(m.getOrDefault(item, List.of()));
        list.add(new Finding(item, text));
        m.put(item, List.copyOf(list));
        return new Checklist(Collections.unmodifiableMap(m));
    }

    /**
     * The items not yet checked.
     *
     * @return the items, in checklist order
     */
    public List<ReviewItem> unchecked() {
        List<ReviewItem> out = new ArrayList<>();
        for (ReviewItem i : ReviewItem.values()) {
            if (!checked.containsKey(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The findings, in checklist order.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (ReviewItem i : ReviewItem.values()) {
            out.addAll(checked.getOrDefault(i, List.of()));
        }
        return out;
    }

    /**
     * The findings under one item.
     *
     * @param item the item
     * @return the findings, or empty if the item is unchecked
     */
    public Optional<List<Finding>> findings(ReviewItem item) {
        return Optional.ofNullable(checked.get(item));
    }

    /**
     * The written opinion this checklist supports.
     *
     * @param date the date of the opinion
     * @param round the review round
     * @return 同意 if every item passed, 存在问题 with the findings otherwise
     * @throws IllegalStateException if an item is unchecked (an opinion covers every item)
     */
    public ReviewOpinion opinion(LocalDate date, int round) {
        List<ReviewItem> open = unchecked();
        if (!open.isEmpty()) {
            throw new IllegalStateException("items not checked yet: " + open);
        }
        List<Finding> f = findings();
        return new ReviewOpinion(
                f.isEmpty() ? ReviewOpinion.Conclusion.AGREE : ReviewOpinion.Conclusion.PROBLEMS, f, date, round);
    }

    private Map<ReviewItem, List<Finding>> copy() {
        Map<ReviewItem, List<Finding>> m = new EnumMap<>(ReviewItem.class);
        m.putAll(checked);
        return m;
    }
}
