package io.github.zhifa.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads 处罚类别 text in the 2021 vocabulary (行政处罚法 art. 9) or the 2009 one (art. 8 of the 2009 text), several
 * kinds separated by {@code ;}, {@code ；}, {@code 、}, {@code ,} or {@code ，}, and maps the old terms onto the new.
 *
 * <p>Mapping of the 2009 terms: 没收违法所得、没收非法财物 → both confiscation kinds; 暂扣或者吊销许可证 and
 * 暂扣或者吊销执照 → {@link PenaltyKind#SUSPENSION_OF_LICENCE} and {@link PenaltyKind#REVOCATION_OF_LICENCE}
 * (the old term does not say which: the result is flagged {@linkplain Result#ambiguous() ambiguous});
 * 法律、行政法规规定的其他行政处罚 → {@link PenaltyKind#OTHER}; 警告, 罚款, 责令停产停业 and 行政拘留 are unchanged.
 *
 * @see PenaltyKind
 */
public final class PenaltyKinds {
    /** Every known term, longest first so that a longer term wins over its prefix. */
    private static final Map<String, Term> TERMS;

    private record Term(Set<PenaltyKind> kinds, boolean legacy, boolean ambiguous) {}

    static {
        Map<String, Term> m = new LinkedHashMap<>();
        for (PenaltyKind k : PenaltyKind.values()) {
            m.put(k.chineseName(), new Term(EnumSet.of(k), false, false));
        }
        m.put("法律、行政法规规定的其他行政处罚", new Term(EnumSet.of(PenaltyKind.OTHER), false, false));
        m.put(
                "没收违法所得、没收非法财物",
                new Term(
                        EnumSet.of(
                                PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS,
                                PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY),
                        false,
                        false));
        Set<PenaltyKind> suspendOrRevoke =
                EnumSet.of(PenaltyKind.SUSPENSION_OF_LICENCE, PenaltyKind.REVOCATION_OF_LICENCE);
        m.put("暂扣或者吊销许可证、暂扣或者吊销执照", new Term(suspendOrRevoke, true, true));
        m.put("暂扣或者吊销许可证", new Term(suspendOrRevoke, true, true));
        m.put("暂扣或者吊销执照", new Term(suspendOrRevoke, true, true));
        m.put("暂扣或吊销许可证", new Term(suspendOrRevoke, true, true));
        m.put("暂扣或吊销执照", new Term(suspendOrRevoke, true, true));
        m.put("暂扣许可证", new Term(EnumSet.of(PenaltyKind.SUSPENSION_OF_LICENCE), true, false));
        m.put("暂扣执照", new Term(EnumSet.of(PenaltyKind.SUSPENSION_OF_LICENCE), true, false));
        m.put("吊销许可证", new Term(EnumSet.of(PenaltyKind.REVOCATION_OF_LICENCE), true, false));
        m.put("吊销执照", new Term(EnumSet.of(PenaltyKind.REVOCATION_OF_LICENCE), true, false));
        m.put("吊销营业执照", new Term(EnumSet.of(PenaltyKind.REVOCATION_OF_LICENCE), true, false));
        m.put("其他行政处罚", new Term(EnumSet.of(PenaltyKind.OTHER), false, false));
        TERMS = m.entrySet().stream()
                .sorted((a, b) ->
                        Integer.compare(b.getKey().length(), a.getKey().length()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private PenaltyKinds() {}

    /**
     * The outcome of reading 处罚类别 text.
     *
     * @param kinds the kinds recognised, in the 2021 vocabulary, in order of first mention, without duplicates
     * @param unknown the terms that are in neither vocabulary
     * @param legacy whether any term was in the 2009 vocabulary only
     * @param ambiguous whether a 2009 term left open whether a licence was suspended or revoked
     */
    public record Result(List<PenaltyKind> kinds, List<String> unknown, boolean legacy, boolean ambiguous) {
        /**
         * Copies the lists.
         *
         * @param kinds the kinds
         * @param unknown the unknown terms
         * @param legacy whether a 2009 term was used
         * @param ambiguous whether a 2009 term was ambiguous
         */
        public Result {
            kinds = List.copyOf(kinds);
            unknown = List.copyOf(unknown);
        }
    }

    /**
     * Reads 处罚类别 text.
     *
     * @param text the text, e.g. {@code 警告;罚款} or {@code 没收违法所得、没收非法财物}
     * @return what was recognised and what was not
     */
    public static Result parse(String text) {
        Objects.requireNonNull(text, "text");
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        List<PenaltyKind> ordered = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean legacy = false;
        boolean ambiguous = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSeparator(c) || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Term found = null;
            String foundKey = null;
            for (Map.Entry<String, Term> e : TERMS.entrySet()) {
                if (text.startsWith(e.getKey(), i)
                        && endsTerm(text, i + e.getKey().length())) {
                    found = e.getValue();
                    foundKey = e.getKey();
                    break;
                }
            }
            if (found == null) {
                int j = i;
                while (j < n && !isSeparator(text.charAt(j))) {
                    j++;
                }
                unknown.add(text.substring(i, j).strip());
                i = j;
                continue;
            }
            legacy |= found.legacy();
            ambiguous |= found.ambiguous();
            for (PenaltyKind k : PenaltyKind.values()) {
                if (found.kinds().contains(k) && kinds.add(k)) {
                    ordered.add(k);
                }
            }
            i += foundKey.length();
        }
        return new Result(ordered, unknown, legacy, ambiguous);
    }

    /**
     * Writes kinds in the 2021 vocabulary, separated by {@code ;}.
     *
     * @param kinds the kinds
     * @return e.g. {@code 警告;罚款}
     */
    public static String format(List<PenaltyKind> kinds) {
        return kinds.stream().map(PenaltyKind::chineseName).collect(Collectors.joining(";"));
    }

    /**
     * The 2009 and alias terms this reader knows, with the kinds each maps onto, for documentation.
     *
     * @return term to kinds, unmodifiable
     */
    public static Map<String, Set<PenaltyKind>> vocabulary() {
        Map<String, Set<PenaltyKind>> m = new LinkedHashMap<>();
        TERMS.forEach((k, v) -> m.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v.kinds()))));
        return Collections.unmodifiableMap(m);
    }

    private static boolean isSeparator(char c) {
        return c == ';' || c == '；' || c == '、' || c == ',' || c == '，' || c == '|';
    }

    private static boolean endsTerm(String text, int end) {
        return end >= text.length() || isSeparator(text.charAt(end)) || Character.isWhitespace(text.charAt(end));
    }
}
