package io.github.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every day named in the reprinted texts of the 2004, 2005 and 2008 notices (quoted in the data file), and the three
 * days peers dispute, each with the working status the notice text gives it. The strings are the notices' own words,
 * transcribed by hand from the reprints cited in {@code china-national.schedule}, not from the data.
 */
class NoticeTextTest {
    private final ChinaCalendar cal = ChinaCalendar.official();

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource(
            delimiter = '|',
            value = {
                // 2004 (国务院办公厅关于2004年部分节假日安排的通知)
                "2004-01-01|rest|一、元旦：1月1日放假",
                "2004-01-17|work|二、春节：1月17日、18日上班",
                "2004-01-18|work|二、春节：1月17日、18日上班",
                "2004-01-22|rest|二、春节：1月22日———28日放假",
                "2004-01-25|rest|二、春节：1月25日（星期日）照常公休",
                "2004-01-28|rest|二、春节：调至…28日（星期三）",
                "2004-01-29|work|二、春节：28日之后",
                "2004-05-01|rest|三、五一：5月1日———7日放假",
                "2004-05-07|rest|三、五一：调至5月6日（星期四）、7日（星期五）",
                "2004-05-08|work|三、五一：5月8日、9日上班",
                "2004-05-09|work|三、五一：5月8日、9日上班",
                "2004-10-01|rest|四、十一：10月1日———7日放假",
                "2004-10-07|rest|四、十一：调至10月6日（星期三）、7日（星期四）",
                "2004-10-09|work|四、十一：10月9日、10日上班",
                "2004-10-10|work|四、十一：10月9日、10日上班",
                // 2005 (国务院办公厅关于2005年部分节假日安排的通知)
                "2005-01-01|rest|一、元旦：1月1日～3日放假",
                "2005-01-03|rest|一、元旦：将1月1日(星期六)公休日调至1月3日(星期一)",
                "2005-02-05|work|二、春节：2月5日、6日上班",
                "2005-02-06|work|二、春节：2月5日、6日上班",
                "2005-02-09|rest|二、春节：2月9日～15日放假",
                "2005-02-15|rest|二、春节：调至…15日(星期二)",
                "2005-04-30|work|三、五一：4月30日、5月8日上班",
                "2005-05-06|rest|三、五一：调至…6日(星期五)",
                "2005-05-08|work|三、五一：4月30日、5月8日上班",
                "2005-10-07|rest|四、十一：调至10月6日(星期四)、7日(星期五)",
                "2005-10-08|work|四、十一：10月8日、9日上班",
                "2005-10-09|work|四、十一：10月8日、9日上班",
                // 2006 notice, 国办发明电〔2005〕35号 (disputed by peers)
                "2005-12-31|work|一、元旦：12月31日（星期六）上班",
                // 2008 (国务院办公厅关于2008年部分节假日安排的通知)
                "2007-12-29|work|一、元旦：12月29日（星期六）上班",
                "2007-12-31|rest|一、元旦：12月29日（星期六）公休日调至12月31日（星期一）",
                "2008-02-02|work|二、春节：2月2日（星期六）、2月3日（星期日）上班",
                "2008-02-03|work|二、春节：2月2日（星期六）、2月3日（星期日）上班",
                "2008-02-06|rest|二、春节：2月6日（除夕）…为法定节假日",
                "2008-02-12|rest|二、春节：调至…2月12日（星期二）",
                "2008-04-04|rest|三、清明节：4月4日（清明节）为法定节假日",
                "2008-05-02|rest|四、劳动节：5月4日（星期日）公休日调至5月2日（星期五）",
                "2008-05-04|work|四、劳动节：5月4日（星期日）上班",
                "2008-06-09|rest|五、端午节：6月8日（星期日）公休日调至6月9日（星期一）",
                "2008-09-15|rest|六、中秋节：9月14日（星期日）公休日调至9月15日（星期一）",
                "2008-09-27|work|七、国庆节：9月27日（星期六）、9月28日（星期日）上班",
                "2008-09-28|work|七、国庆节：9月27日（星期六）、9月28日（星期日）上班",
                "2008-09-29|rest|七、国庆节：调至9月29日（星期一）、30日（星期二）",
                "2008-10-05|rest|七、国庆节：10月4日（星期六）、5日（星期日）照常公休",
                // 国办发明电〔2012〕33号 (disputed by peers)
                "2013-04-07|work|三、清明节：4月7日（星期日）上班",
                "2013-10-12|work|七、国庆节：10月12日（星期六）上班",
            })
    void dayAsTheNoticeTextSays(LocalDate day, String status, String noticeWords) {
        assertThat(cal.isWorkingDay(day)).as(noticeWords).isEqualTo("work".equals(status));
    }

    @Test
    void yearsCheckedAgainstAReprintWithoutItsNumberAreMarkedDates() {
        Map<Integer, Coverage.CoveredYear> years = cal.coverage().years().stream()
                .collect(Collectors.toMap(Coverage.CoveredYear::year, Function.identity()));
        for (int year : new int[] {2004, 2005, 2008}) {
            assertThat(years.get(year).checked()).as("%d", year).isEqualTo("dates");
            assertThat(years.get(year).notices()).containsExactly("国务院办公厅关于" + year + "年部分节假日安排的通知");
        }
        assertThat(years.values()).noneMatch(y -> "no".equals(y.checked()));
        assertThat(years.get(2006).notices()).containsExactly("国办发明电〔2005〕35号");
        assertThat(years.get(2013).notices()).containsExactly("国办发明电〔2012〕33号");
    }
}
