package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.HolidayUtil;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Day-by-day cross-checks of the bundled schedule against sources independent of it: the peer library 6tail lunar
 * ({@code HolidayUtil}, data to 2023) for every day 2004-01-01..2023-12-31, and the 放假办法's own arithmetic (lunar
 * dates from lunar's astronomical calendar, not its holiday table) for every year 2004–2026.
 */
class ChinaCalendarPeerTest {
    private final ChinaCalendar cal = ChinaCalendar.official();

    /**
     * Where we and the peer disagree on whether a day is worked; the notice text decides, and ours follows it.
     * 国办发明电〔2012〕33号 三、"4月7日（星期日）上班" and 七、"9月29日（星期日）、10月12日（星期六）上班".
     */
    private static final Set<LocalDate> KNOWN_PEER_ERRORS =
            Set.of(LocalDate.of(2013, 4, 7), LocalDate.of(2013, 10, 12));

    @Test
    void everyDayAgreesWithThePeerExceptWhereTheNoticeSaysOtherwise() {
        List<String> disagreements = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2004, 1, 1); d.getYear() <= 2023; d = d.plusDays(1)) {
            Holiday h = HolidayUtil.getHoliday(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            boolean peerWorking = h == null ? !weekend(d) : h.isWork();
            if (peerWorking != cal.isWorkingDay(d)) {
                disagreements.add(d + " ours=" + cal.dayInfo(d).describe() + " peer=" + (h == null ? "plain" : h));
            }
        }
        assertThat(disagreements).hasSize(KNOWN_PEER_ERRORS.size());
        for (LocalDate d : KNOWN_PEER_ERRORS) {
            assertThat(disagreements).anyMatch(s -> s.startsWith(d.toString()));
            assertThat(cal.dayInfo(d).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
        }
    }

    @Test
    void holidayNamesAgreeWithThePeer() {
        // the peer names each rest day and make-up workday by its festival; ours must contain that festival
        Map<String, String> peerToOurs = new HashMap<>(Map.of(
                "元旦节",
                "元旦",
                "春节",
                "春节",
                "清明节",
                "清明节",
                "劳动节",
                "劳动节",
                "端午节",
                "端午节",
                "中秋节",
                "中秋节",
                "国庆节",
                "国庆节",
                "抗战胜利日",
                "抗战胜利70周年纪念日"));
        peerToOurs.put("国庆中秋", "国庆节、中秋节");
        List<String> mismatches = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2004, 1, 1); d.getYear() <= 2023; d = d.plusDays(1)) {
            Holiday h = HolidayUtil.getHoliday(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            DayInfo ours = cal.dayInfo(d);
            if (h == null || ours.name().isEmpty()) {
                continue;
            }
            String expected = peerToOurs.getOrDefault(h.getName(), h.getName());
            if (!ours.name().contains(expected)) {
                mismatches.add(d + " ours=" + ours.name() + " peer=" + h.getName());
            }
        }
        // 2015-09-26 (Saturday): the peer files it under 中秋节 (9-27); the 2015 notice gives 中秋节 9-27 only, so
        // for us it is an ordinary weekend and has no name. Any other mismatch fails.
        assertThat(mismatches).isEmpty();
    }

    /**
     * 放假办法 art. 6: a statutory holiday on a Saturday or Sunday is made up on a weekday; art. 7: other moves are
     * swaps. So, per notice year, the weekday rest days minus the make-up workdays equal the number of statutory
     * days: 10 under the 1999 text (2004–2007), 11 under the 2007 and 2013 texts (2008–2024), 13 under the 2024 text
     * (from 2025); plus 1 in 2015 (9-3, 抗战胜利70周年) and 2 in 2020 (春节 extended: 1-31 off, 2-1 no longer
     * worked, 国办发明电〔2020〕1号).
     */
    @Test
    void netDaysOffEqualTheStatutoryDaysOfTheLawInForce() {
        Map<Integer, Integer> net = new HashMap<>();
        for (HolidayBlock b : cal.blocks()) {
            int n = 0;
            for (LocalDate d = b.first(); !d.isAfter(b.last()); d = d.plusDays(1)) {
                n += weekend(d) ? 0 : 1;
            }
            n -= b.makeupWorkdays().size();
            net.merge(b.year(), n, Integer::sum);
        }
        for (int y = 2004; y <= 2026; y++) {
            int expected = y <= 2007 ? 10 : y <= 2024 ? 11 : 13;
            if (y == 2015) {
                expected++;
            }
            if (y == 2020) {
                expected += 2;
            }
            assertThat(net.get(y)).as("net days off in %d", y).isEqualTo(expected);
        }
    }

    /** The statutory days of each block are those the 放假办法 in force gives, from the lunar calendar. */
    @Test
    void statutoryDaysFollowThe放假办法() {
        for (int y = 2004; y <= 2026; y++) {
            Set<LocalDate> law = statutory(y);
            Set<LocalDate> ours = new TreeSet<>();
            for (HolidayBlock b : cal.blocks()) {
                if (b.year() == y) {
                    ours.addAll(b.statutoryDays());
                }
            }
            assertThat(ours).as("statutory days %d", y).isEqualTo(law);
        }
    }

    private static Set<LocalDate> statutory(int y) {
        Set<LocalDate> s = new TreeSet<>();
        s.add(LocalDate.of(y, 1, 1));
        LocalDate cny = lunar(y, 1, 1);
        if (y <= 2007 || (y >= 2014 && y <= 2024)) { // 初一–初三
            s.add(cny);
            s.add(cny.plusDays(1));
            s.add(cny.plusDays(2));
        } else if (y <= 2013) { // 除夕、初一、初二
            s.add(cny.minusDays(1));
            s.add(cny);
            s.add(cny.plusDays(1));
        } else { // 除夕、初一–初三
            s.add(cny.minusDays(1));
            s.add(cny);
            s.add(cny.plusDays(1));
            s.add(cny.plusDays(2));
        }
        s.add(LocalDate.of(y, 5, 1));
        if (y <= 2007) {
            s.add(LocalDate.of(y, 5, 2));
            s.add(LocalDate.of(y, 5, 3));
        } else if (y >= 2025) {
            s.add(LocalDate.of(y, 5, 2));
        }
        s.add(LocalDate.of(y, 10, 1));
        s.add(LocalDate.of(y, 10, 2));
        s.add(LocalDate.of(y, 10, 3));
        if (y >= 2008) {
            Solar q = Lunar.fromYmd(y, 1, 1).getJieQiTable().get("清明");
            s.add(LocalDate.of(q.getYear(), q.getMonth(), q.getDay()));
            s.add(lunar(y, 5, 5));
            s.add(lunar(y, 8, 15));
        }
        if (y == 2015) {
            s.add(LocalDate.of(2015, 9, 3)); // one-off: 抗战胜利70周年纪念日
        }
        return s;
    }

    private static LocalDate lunar(int y, int m, int d) {
        Solar s = Lunar.fromYmd(y, m, d).getSolar();
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
