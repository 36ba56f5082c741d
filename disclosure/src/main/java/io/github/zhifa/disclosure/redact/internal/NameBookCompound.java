package io.github.zhifa.disclosure.redact.internal;

import java.util.Set;

/** Compound surnames (复姓) kept whole by the surname style. */
final class NameBookCompound {
    private static final Set<String> COMPOUND = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫",
            "西门", "呼延", "闻人", "申屠", "万俟", "澹台", "公冶", "宗政", "濮阳", "太史", "仲孙", "钟离");

    private NameBookCompound() {}

    static boolean is(char a, char b) {
        return COMPOUND.contains(new String(new char[] {a, b}));
    }

    static boolean is(String s) {
        return s.length() >= 2 && COMPOUND.contains(s.substring(0, 2));
    }
}
