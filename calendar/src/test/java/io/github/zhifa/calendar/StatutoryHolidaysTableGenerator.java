package io.github.zhifa.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * Prints the rows of the statutory-holiday table ({@code internal.StatutoryHolidays.TABLE}) from the 6tail lunar
 * library (test scope only). Run once when extending the horizon, paste the output, and let
 * {@link StatutoryHolidaysTest} verify it:
 *
 * <pre>
 * java -cp ~/.m2/repository/cn/6tail/lunar/1.6.3/lunar-1.6.3.jar \
 *     calendar/src/test/java/io/github/zhifa/calendar/StatutoryHolidaysTableGenerator.java 2025 2050
 * </pre>
 */
final class StatutoryHolidaysTableGenerator {
    private StatutoryHolidaysTableGenerator() {}

    /**
     * Prints one row per year: year, 除夕, 清明, 端午, 中秋 (MM-DD).
     *
     * @param args first and last year
     */
    public static void main(String[] args) {
        int first = Integer.parseInt(args[0]);
        int last = Integer.parseInt(args[1]);
        for (int y = first; y <= last; y++) {
            Solar chuxi = Lunar.fromYmd(y, 1, 1).getSolar().next(-1);
            Solar qingming = Lunar.fromYmd(y, 1, 1).getJieQiTable().get("清明");
            Solar duanwu = Lunar.fromYmd(y, 5, 5).getSolar();
            Solar zhongqiu = Lunar.fromYmd(y, 8, 15).getSolar();
            System.out.printf("        \"%d %s %s %s %s\",%n", y, md(chuxi), md(qingming), md(duanwu), md(zhongqiu));
        }
    }

    private static String md(Solar s) {
        return String.format("%02d-%02d", s.getMonth(), s.getDay());
    }
}
