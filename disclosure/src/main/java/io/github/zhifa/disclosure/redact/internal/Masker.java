package io.github.zhifa.disclosure.redact.internal;

import io.github.zhifa.disclosure.redact.PiiType;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionProfile.Rule;

/** Applies a profile's rule to one raw value. Stateless, thread-safe. */
public final class Masker {
    private final RedactionProfile profile;

    /**
     * Creates the masker.
     *
     * @param profile the profile
     */
    public Masker(RedactionProfile profile) {
        this.profile = profile;
    }

    /**
     * Whether a kind is redacted at all.
     *
     * @param type the kind
     * @return false when the profile keeps it
     */
    public boolean redacts(PiiType type) {
        return profile.rule(type).action() != RedactionProfile.Action.KEEP;
    }

    /**
     * The masked form of {@code b[from, to)}.
     *
     * @param type the kind
     * @param b the text
     * @param from start
     * @param to end
     * @return the replacement (equal to the raw text when the profile keeps the kind)
     */
    public String mask(PiiType type, char[] b, int from, int to) {
        Rule rule = profile.rule(type);
        switch (rule.action()) {
            case KEEP:
                return new String(b, from, to - from);
            case REPLACE:
                return rule.replacement();
            case KEEP_REGION:
                return keepRegion(rule, b, from, to);
            case MASK:
            default:
                return maskChars(rule, b, from, to, rule.keepPrefix(), rule.keepSuffix());
        }
    }

    private static String maskChars(Rule rule, char[] b, int from, int to, int keepPrefix, int keepSuffix) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        int index = 0;
        int total = Character.codePointCount(b, from, to - from);
        while (i < to) {
            int cp = Character.codePointAt(b, i, to);
            int n = Character.charCount(cp);
            boolean keep = index < keepPrefix
                    || index >= total - keepSuffix
                    || !Character.isLetterOrDigit(cp)
                    || cp == '年'
                    || cp == '月'
                    || cp == '日';
            if (keep) {
                sb.append(b, i, n);
            } else {
                sb.append(rule.maskChar());
            }
            i += n;
            index++;
        }
        return sb.toString();
    }

    private static String keepRegion(Rule rule, char[] b, int from, int to) {
        int keep = -1;
        int limit = Math.min(to, from + 16);
        for (int i = from; i < limit; i++) {
            char c = b[i];
            if (c == '区' || c == '县' || c == '旗') {
                keep = i + 1;
                break;
            }
        }
        if (keep < 0) {
            for (int i = from; i < limit; i++) {
                if (b[i] == '市' || b[i] == '州' || b[i] == '盟') {
                    keep = i + 1;
                    break;
                }
            }
        }
        if (keep < 0) {
            return maskChars(rule, b, from, to, 0, 0);
        }
        if (keep >= to) {
            return new String(b, from, to - from);
        }
        String m = String.valueOf(rule.maskChar()).repeat(3);
        return new String(b, from, keep - from) + m;
    }
}
