# Generates Sm3Engine.java: SM3 compression fully unrolled in four methods of 16 rounds, the state in locals and
# the 16-word message window in the caller's scratch array (a ring buffer in s[8..23]) instead of in locals.
#
# Why the window lives in memory: 16 message words + 8 state words + temporaries do not fit in x86-64's registers,
# and C2 spilled 20-24 moves a round when the window was in locals. With the window in s, the message words are
# loaded where they are used (often folded into the add/xor as a memory operand) and each expanded word is stored
# once. Every eighth round stores its new E and A into v (the state array, free during the rounds since its initial value
# is copied into s[0..7]): C2 cannot prove v and s distinct, so that store keeps the later loads of s below it
# (no hoisting of all loads to the top of the method, no store-to-load forwarding that would turn the window back
# into registers). Rotations are written as shifts (C2 compiles them to one rotate; calls to Integer.rotateLeft
# would have to be inlined, and C2 stops inlining once a method's inlined bytecode passes 8000 bytes).
# Usage: python3 recording/src/build/gen_sm3.py  (or OUT=path; SM3_GROUP=16|32 rounds a method, SM3_PIN=rounds
# between the ordering stores; the defaults are what measured fastest on OpenJDK 17, see benchmarks/README.md)
import os

GROUP = int(os.environ.get("SM3_GROUP", "16"))
PIN = int(os.environ.get("SM3_PIN", "8"))
NM = 64 // GROUP
NAMES = ["a", "b", "c", "d", "e", "f", "g", "h"]


def rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def T(j):
    return rotl(0x79CC4519 if j < 16 else 0x7A879D8A, j % 32)


def regs(j):
    # the working variables are renamed round by round instead of shifted: period 4
    k = j % 4
    rot = lambda l: [l[(i - k) % 4] for i in range(4)]
    return rot(NAMES[:4]) + rot(NAMES[4:])


def rotl_src(x, n):
    # x must be a simple name: it is repeated
    return "(%s << %d | %s >>> %d)" % (x, n, x, 32 - n)


def S(i):
    # W_i lives in s[8 + i mod 16]
    return "s[%d]" % (8 + i % 16)


def round_code(j):
    A, B, C, D, E, F, G, H = regs(j)
    out = []
    if j >= 12:  # expansion, four words ahead: W_{j+4}
        k = j + 4
        out.append("        y = %s;" % S(k - 3))
        out.append("        x = %s ^ %s ^ %s;" % (S(k - 16), S(k - 9), rotl_src("y", 15)))
        out.append("        y = %s;" % S(k - 13))
        out.append("        wk = x ^ %s ^ %s ^ %s ^ %s;"
                   % (rotl_src("x", 15), rotl_src("x", 23), rotl_src("y", 7), S(k - 6)))
        out.append("        %s = wk;" % S(k))
        w4 = "wk"
    else:
        w4 = S(j + 4)
    out.append("        wj = %s;" % S(j))
    out.append("        a12 = %s;" % rotl_src(A, 12))
    out.append("        ss1 = (a12 + T[%d]) + %s;" % (j, E))
    out.append("        ss1 = %s;" % rotl_src("ss1", 7))
    if j < 16:
        ff = "(%s ^ %s ^ %s)" % (A, B, C)
        gg = "(%s ^ %s ^ %s)" % (E, F, G)
    else:
        # majority as ((A ^ B) & (B ^ C)) ^ B: three operations and two register copies, against four and two for
        # (A & (B ^ C)) ^ (B & C); measured 2-3% faster on OpenJDK 17 and Temurin 25 (benchmarks/README.md, fifth pass)
        ff = "(((%s ^ %s) & (%s ^ %s)) ^ %s)" % (A, B, B, C, B)
        gg = "(((%s ^ %s) & %s) ^ %s)" % (F, G, E, G)
    out.append("        %s = (%s + %s + (wj ^ %s)) + (ss1 ^ a12);" % (D, ff, D, w4))
    out.append("        x = (%s + %s + wj) + ss1;" % (gg, H))
    out.append("        %s = %s;" % (B, rotl_src(B, 9)))
    out.append("        %s = %s;" % (F, rotl_src(F, 19)))
    out.append("        %s = x ^ %s ^ %s;" % (H, rotl_src("x", 9), rotl_src("x", 17)))
    if j % PIN == PIN - 1:
        out.append("        v[%d] = %s; // keeps the following loads of s after this point" % (j % 8, H))
        out.append("        v[%d] = %s;" % ((j + 4) % 8, D))
    return "\n".join(out)


def method(idx):
    lo = idx * GROUP
    L = []
    if idx == 0:
        L.append("    /** Rounds 0..%d: copies the block (big-endian) and the initial state into the scratch. */"
                 % (GROUP - 1))
        L.append("    static void rounds0(int[] v, int[] s, byte[] in, int off) {")
        for i in range(16):
            L.append("        s[%d] = (int) BE_INT.get(in, off + %d);" % (8 + i, 4 * i))
        for i, n in enumerate(NAMES):
            L.append("        int %s = v[%d];" % (n, i))
        for i, n in enumerate(NAMES):
            L.append("        s[%d] = %s;" % (i, n))
    else:
        L.append("    /** Rounds %d..%d. */" % (lo, lo + GROUP - 1))
        L.append("    static void rounds%d(int[] v, int[] s) {" % idx)
        for i, n in enumerate(NAMES):
            L.append("        int %s = v[%d];" % (n, i))
    L.append("        int a12;\n        int ss1;\n        int x;\n        int y;\n        int wj;\n        int wk;")
    for j in range(lo, lo + GROUP):
        L.append("        // round %d" % j)
        L.append(round_code(j))
    for i, n in enumerate(NAMES):
        if idx == NM - 1:
            L.append("        v[%d] = s[%d] ^ %s;" % (i, i, n))
        else:
            L.append("        v[%d] = %s;" % (i, n))
    L.append("    }")
    return "\n".join(L)


HEAD = '''package io.github.zhifa.recording.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The SM3 compression function (GB/T 32905-2016, section 5.3), generated by {@code recording/src/build/gen_sm3.py}:
 * do not edit by hand.
 *
 * <p>Why it looks like this: the 64 rounds are fully unrolled with the constants T<sub>j</sub>&lt;&lt;&lt;j
 * precomputed; FF<sub>j</sub> for j &gt;= 16 (the majority) is computed as ((A ^ B) &amp; (B ^ C)) ^ B, three operations;
 * the additions are grouped so that at most one addition follows SS1 on each chain (the critical
 * path of a round is then six operations: add, rotate, add, rotate, xor, xor); the eight working variables are
 * renamed round by round instead of shifted (period 4) and stay in locals; the message expansion runs four words
 * ahead of the rounds. The sixteen-word message window lives in the scratch array {@code s} (a ring buffer in
 * {@code s[8..23]}), not in locals: sixteen message words and eight state words do not fit in x86-64's registers,
 * and with the window in locals C2 spent about twenty moves and spills a round. Every eighth round stores its new
 * E and A into {@code v} (whose initial value is kept in {@code s[0..7]}); since C2 cannot prove {@code v} and {@code s}
 * distinct, those stores keep the loads of the window where they are used instead of all at the top. Four methods
 * of sixteen rounds, each below HotSpot's 8000-byte limit for JIT compilation. Rotations are written as shifts,
 * which C2 compiles to one rotate instruction: calls to {@link Integer#rotateLeft} would have to be inlined, and
 * C2 stops inlining once a method's inlined bytecode passes 8000 bytes. Nothing is allocated per block.
 */
public final class Sm3Engine {
    private static final VarHandle BE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    /** T_j rotated left by j mod 32: an array, not literals, so that C2 keeps {@code a12 + T[j]} off the E chain. */
    private static final int[] T = {
TCONSTS
    };

    private Sm3Engine() {}

    /**
     * Compresses one 64-byte block into the state.
     *
     * @param v the state, 8 words, updated in place (its content is undefined during the call)
     * @param s scratch of 24 ints, a different array from {@code v}
     * @param in the input
     * @param off the offset of the block in the input
     */
    public static void compress(int[] v, int[] s, byte[] in, int off) {
GROUPCALLS
    }

'''
calls = ["        rounds0(v, s, in, off);"] + ["        rounds%d(v, s);" % i for i in range(1, NM)]
src = HEAD.replace("GROUPCALLS", "\n".join(calls))
src = src.replace("TCONSTS", ",\n".join("        " + ", ".join("0x%08X" % T(j) for j in range(r, r + 8))
                                         for r in range(0, 64, 8)))
src += "\n\n".join(method(i) for i in range(NM)) + "\n}\n"
with open(os.environ.get("OUT", "recording/src/main/java/io/github/zhifa/recording/internal/Sm3Engine.java"), "w") as f:
    f.write(src)
