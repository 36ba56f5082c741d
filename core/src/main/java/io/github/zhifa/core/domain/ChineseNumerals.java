package io.github.zhifa.core.domain;

/** Chinese numerals as statutes number their articles (一, 十, 十一, 二十, 一百零五, 一千零一). */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** Writes 1 … 9999 in Chinese numerals; other numbers in Arabic digits. */
    static String of(int n) {
        if (n < 1 || n > 9999) {
            return Integer.toString(n);
        }
        String[] units = {"千", "百", "十", ""};
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder b = new StringBuilder();
        boolean zeroPending = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                zeroPending = b.length() > 0;
                continue;
            }
            if (zeroPending) {
                b.append('零');
                zeroPending = false;
            }
            // 十一 not 一十一 when the number starts with the tens
            if (!(i == 2 && d == 1 && b.length() == 0)) {
                b.append(DIGITS.charAt(d));
            }
            b.append(units[i]);
        }
        return b.toString();
    }
}
