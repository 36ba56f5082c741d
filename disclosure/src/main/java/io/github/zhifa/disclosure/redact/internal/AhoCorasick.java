package io.github.zhifa.disclosure.redact.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over a fixed list of terms: one pass over the text whatever the number of terms. For
 * each position it reports the longest term ending there; the union of those spans covers every occurrence of every
 * term. Immutable after construction, thread-safe; the caller keeps the state.
 */
public final class AhoCorasick {
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[] out;
    private final int[] rootNext = new int[65536];
    private final int maxLength;
    private final int size;

    private AhoCorasick(List<TreeMap<Character, Integer>> trie, int[] depthTerminal, int maxLength) {
        int n = trie.size();
        this.size = n;
        this.keys = new char[n][];
        this.next = new int[n][];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> m = trie.get(s);
            keys[s] = new char[m.size()];
            next[s] = new int[m.size()];
            int k = 0;
            for (var e : m.entrySet()) {
                keys[s][k] = e.getKey();
                next[s][k] = e.getValue();
                k++;
            }
        }
        for (int k = 0; k < keys[0].length; k++) {
            rootNext[keys[0][k]] = next[0][k];
        }
        this.fail = new int[n];
        this.out = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next[0]) {
            fail[child] = 0;
            out[child] = depthTerminal[child];
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = 0; k < keys[s].length; k++) {
                char c = keys[s][k];
                int t = next[s][k];
                int f = fail[s];
                int g;
                while ((g = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[t] = g < 0 || g == t ? 0 : g;
                out[t] = depthTerminal[t] > 0 ? depthTerminal[t] : out[fail[t]];
                queue.add(t);
            }
        }
        this.maxLength = maxLength;
    }

    /**
     * Builds the automaton; empty terms are ignored.
     *
     * @param terms the terms
     * @return the automaton
     */
    public static AhoCorasick of(Collection<String> terms) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        trie.add(new TreeMap<>());
        List<Integer> depth = new ArrayList<>();
        depth.add(0);
        List<Integer> terminal = new ArrayList<>();
        terminal.add(0);
        int max = 0;
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            max = Math.max(max, term.length());
            int s = 0;
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                Integer t = trie.get(s).get(c);
                if (t == null) {
                    t = trie.size();
                    trie.add(new TreeMap<>());
                    depth.add(depth.get(s) + 1);
                    terminal.add(0);
                    trie.get(s).put(c, t);
                }
                s = t;
            }
            terminal.set(s, term.length());
        }
        int[] dt = new int[trie.size()];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = terminal.get(i);
        }
        return new AhoCorasick(trie, dt, max);
    }

    private int child(int s, char c) {
        char[] k = keys[s];
        int lo = 0;
        int hi = k.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = k[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return next[s][mid];
            }
        }
        return -1;
    }

    /**
     * The state after reading one character.
     *
     * @param state the current state (0 at the start)
     * @param c the character
     * @return the next state
     */
    public int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int s = state;
        while (true) {
            int t = child(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
            if (s == 0) {
                return rootNext[c];
            }
        }
    }

    /**
     * The length of the longest term ending in this state.
     *
     * @param state the state
     * @return the length, 0 if no term ends here
     */
    public int matchLength(int state) {
        return out[state];
    }

    /**
     * The length of the longest term.
     *
     * @return the length, 0 when there are no terms
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether there is any term.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return size == 1;
    }
}
