package io.github.zhifa.disclosure.redact.internal;

import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.RedactionProfile.NameStyle;
import io.github.zhifa.disclosure.redact.RedactionProfile.Numbering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The natural persons of one document: their names, the pseudonym each gets (张某, 张某甲 …), and a trie to find
 * every mention. Not thread-safe: one per redaction.
 */
public final class NameBook {
    /** Longest name accepted. */
    public static final int MAX_NAME = 32;

    private static final String JIAYI = "甲乙丙丁戊己庚辛壬癸";

    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        String pseudonym;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                kids = java.util.Arrays.copyOf(kids, kids.length + 1);
                keys[keys.length - 1] = c;
                kids[kids.length - 1] = n;
            }
            return n;
        }
    }

    private final RedactionProfile profile;
    private final Node root = new Node();
    private final long[] first = new long[1024];
    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Map<String, Integer> perBase = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private int maxLength;
    private String lastPseudonym = "";

    /**
     * Creates an empty book.
     *
     * @param profile the profile giving the name style
     */
    public NameBook(RedactionProfile profile) {
        this.profile = profile;
    }

    /**
     * Whether a text can be a name to learn: 2 to {@value #MAX_NAME} characters, not already masked.
     *
     * @param name the candidate
     * @return true when acceptable
     */
    public static boolean acceptable(String name) {
        if (name.length() < 2 || name.length() > MAX_NAME) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '某' || c == '*' || c == '×' || c == '[' || c == ']' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds several names at once: colliding ones (same masked form) are numbered from the first, in order.
     *
     * @param names the names
     */
    public void addAll(List<String> names) {
        LinkedHashSet<String> fresh = new LinkedHashSet<>();
        for (String n : names) {
            String s = n.strip();
            if (acceptable(s) && !pseudonyms.containsKey(s)) {
                fresh.add(s);
            }
        }
        Map<String, List<String>> byBase = new HashMap<>();
        List<String> order = new ArrayList<>(fresh);
        for (String n : order) {
            byBase.computeIfAbsent(base(n), k -> new ArrayList<>()).add(n);
        }
        for (String n : order) {
            String b = base(n);
            boolean collides = byBase.get(b).size() > 1 || perBase.getOrDefault(b, 0) > 0;
            put(n, b, collides);
        }
    }

    /**
     * Learns one name found in the text; numbered when its masked form is already taken.
     *
     * @param name the name
     */
    public void add(String name) {
        String s = name.strip();
        if (!acceptable(s) || pseudonyms.containsKey(s)) {
            return;
        }
        String b = base(s);
        put(s, b, perBase.getOrDefault(b, 0) > 0);
    }

    private void put(String name, String base, boolean numbered) {
        int index = perBase.merge(base, 1, Integer::sum) - 1;
        String p = base;
        if (numbered && profile.numbering() != Numbering.NONE) {
            if (profile.numbering() == Numbering.JIAYI && index < JIAYI.length()) {
                p = base + JIAYI.charAt(index);
            } else {
                p = base + (index + 1);
            }
        }
        RedactionProfile.Rule rule = profile.rule(io.github.zhifa.disclosure.redact.PiiType.PERSON_NAME);
        if (rule.action() == RedactionProfile.Action.REPLACE) {
            p = rule.replacement();
        }
        pseudonyms.put(name, p);
        order.add(name);
        Node n = root;
        for (int i = 0; i < name.length(); i++) {
            n = n.add(name.charAt(i));
        }
        n.pseudonym = p;
        char c = name.charAt(0);
        first[c >>> 6] |= 1L << c;
        maxLength = Math.max(maxLength, name.length());
    }

    private String base(String name) {
        if (profile.nameStyle() == NameStyle.PLACEHOLDER) {
            return "某某";
        }
        char c0 = name.charAt(0);
        if (c0 < 128) {
            return Character.toUpperCase(c0) + "某";
        }
        if (name.length() >= 3 && NameBookCompound.is(name)) {
            return name.substring(0, 2) + "某";
        }
        return c0 + "某";
    }

    /**
     * Whether a name may start with this character (a fast filter).
     *
     * @param c the character
     * @return true if some name starts with it
     */
    public boolean mayStart(char c) {
        return (first[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * The longest known name starting at {@code i}; its pseudonym is then {@link #lastPseudonym()}.
     *
     * @param b the text
     * @param i where to look
     * @param end the end of the valid text
     * @return the length of the name, 0 if none
     */
    public int match(char[] b, int i, int end) {
        Node n = root;
        int best = 0;
        for (int k = i; k < end && k - i < maxLength; k++) {
            n = n.child(b[k]);
            if (n == null) {
                break;
            }
            if (n.pseudonym != null) {
                best = k - i + 1;
                lastPseudonym = n.pseudonym;
            }
        }
        return best;
    }

    /**
     * The pseudonym of the last match.
     *
     * @return the pseudonym
     */
    public String lastPseudonym() {
        return lastPseudonym;
    }

    /**
     * The pseudonym of a known name.
     *
     * @param name the name
     * @return the pseudonym, or null when unknown
     */
    public String pseudonymOf(String name) {
        return pseudonyms.get(name.strip());
    }

    /**
     * The names in the order they were added.
     *
     * @return the names, unmodifiable
     */
    public List<String> learned() {
        return java.util.Collections.unmodifiableList(order);
    }

    /**
     * The longest name, for the lookahead.
     *
     * @return the length
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether no name is known.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return pseudonyms.isEmpty();
    }
}
