package io.github.zhifa.disclosure.redact;

import io.github.zhifa.core.id.ResidentIdNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic synthetic administrative penalty decisions (行政处罚决定书) with every personal datum labelled
 * by kind and position, and the public items (legal person, credit code, document number, citations, amounts,
 * decision dates, registered address, ID-like numbers with a wrong check character) labelled as public. Nothing
 * here calls the redactor: the labels are the oracle.
 *
 * <p>Public because the redaction benchmark measures the same text: {@code benchmarks} uses the disclosure test jar.
 */
public final class SyntheticCorpus {
    /**
     * A labelled span: type null means public, must stay visible.
     *
     * @param type the kind of personal datum, or null for a public item
     * @param start the start offset
     * @param end the end offset (exclusive)
     * @param text the labelled text
     */
    public record Label(PiiType type, int start, int end, String text) {}

    /**
     * One document.
     *
     * @param text the document
     * @param labels the labelled spans
     * @param personNames the natural persons' names in the structured payload
     */
    public record Doc(String text, List<Label> labels, List<String> personNames) {}

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余",
        "欧阳", "司马", "诸葛", "上官"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚",
        "桂英", "建华", "志强", "海燕", "晓东", "玉兰", "国庆", "红梅", "建国", "春生", "小红", "文博", "子涵", "一鸣", "浩然", "雨婷", "思远", "德胜"
    };
    private static final String[][] PLACES = {
        {"浙江省", "杭州市", "西湖区"}, {"北京市", "", "朝阳区"}, {"广东省", "深圳市", "南山区"}, {"上海市", "", "浦东新区"},
        {"四川省", "成都市", "武侯区"}, {"江苏省", "南京市", "鼓楼区"}, {"山东省", "济南市", "历下区"}, {"湖北省", "武汉市", "洪山区"}
    };
    private static final String[] ROADS = {"文三路", "建国路", "科技园南路", "世纪大道", "人民南路", "中山北路", "经十路", "珞喻路"};
    private static final int[] AREAS = {110105, 310104, 440305, 330106, 510107, 320106, 370102, 420111, 130102, 610113};
    private static final String[] AGENCIES = {
        "杭州市西湖区市场监督管理局", "北京市朝阳区市场监督管理局", "深圳市南山区城市管理和综合执法局", "成都市武侯区应急管理局", "南京市鼓楼区卫生健康委员会", "济南市历下区生态环境分局"
    };
    private static final String[] COMPANIES = {
        "杭州云帆科技有限公司", "北京鼎新商贸有限公司", "深圳市海川实业有限公司", "成都蜀味餐饮管理有限公司", "南京恒达建材有限公司", "济南泉城物流有限公司"
    };
    private static final String[] LAWS = {
        "《中华人民共和国食品安全法》第一百二十四条第一款第（三）项",
        "《中华人民共和国广告法》第二十八条第二款第（二）项",
        "《中华人民共和国行政处罚法》第三十二条第（一）项",
        "《中华人民共和国产品质量法》第四十九条",
        "《中华人民共和国安全生产法》第九十七条"
    };
    private static final String[] PROVINCES = {"浙", "京", "粤", "沪", "川", "苏", "鲁", "鄂"};
    private static final String[] DOMAINS = {"163.com", "qq.com", "126.com", "example.cn", "sina.com"};
    private static final String[] PINYIN = {"zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"
    };

    private final Random rnd;
    private final List<String> secretTerms;
    private StringBuilder sb;
    private List<Label> labels;

    public SyntheticCorpus(long seed, List<String> secretTerms) {
        this.rnd = new Random(seed);
        this.secretTerms = secretTerms;
    }

    public static List<String> secretTerms(int n) {
        List<String> t = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            t.add("工艺配方" + (char) ('A' + r.nextInt(26)) + "-" + (1000 + r.nextInt(9000)));
        }
        return t;
    }

    public List<Doc> generate(int count) {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(doc());
        }
        return docs;
    }

    private <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private void text(String s) {
        sb.append(s);
    }

    private void pii(PiiType type, String s) {
        labels.add(new Label(type, sb.length(), sb.length() + s.length(), s));
        sb.append(s);
    }

    private void pub(String s) {
        labels.add(new Label(null, sb.length(), sb.length() + s.length(), s));
        sb.append(s);
    }

    private String name() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String idNumber() {
        String first17 = AREAS[rnd.nextInt(AREAS.length)]
                + String.format("%04d%02d%02d", 1950 + rnd.nextInt(55), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                + String.format("%03d", rnd.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    String wrongCheckId() {
        String id = idNumber();
        char right = id.charAt(17);
        char wrong = right == '0' ? '1' : (right == 'X' ? '2' : (char) (right == '9' ? '0' : right + 1));
        return id.substring(0, 17) + wrong;
    }

    private String legacyId() {
        // half of them born 1900–1919: recognised after a person cue only
        return legacyId(rnd.nextBoolean() ? rnd.nextInt(20) : 50 + rnd.nextInt(40));
    }

    private String legacyId(int yy) {
        return AREAS[rnd.nextInt(AREAS.length)]
                + String.format("%02d%02d%02d", yy, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                + String.format("%03d", rnd.nextInt(1000));
    }

    /**
     * The way a clerk typed a number: mostly ASCII, sometimes full-width (Chinese input method), sometimes split.
     */
    private String typed(String ascii) {
        return rnd.nextInt(5) == 0 ? wide(ascii) : ascii;
    }

    /** The full-width form of ASCII text (space → ideographic space). */
    static String wide(String ascii) {
        StringBuilder w = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            w.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : c);
        }
        return w.toString();
    }

    /** Back from full width to ASCII (for the tests' own checks on labels). */
    static String narrow(String s) {
        StringBuilder n = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            n.append(c == '\u3000' ? ' ' : c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return n.toString();
    }

    /**
     * A mobile number as people write it: whole, 3-4-4 with spaces or hyphens, 3-8, 7-4, 3-4-4 with two or three
     * separators in a row ({@code 138 - 1234 - 5678}), 3-4-4 with dots or slashes.
     */
    private String spelledMobile() {
        String m = mobile();
        String sep = pick(new String[] {" ", "-", "\u3000"});
        switch (rnd.nextInt(8)) {
            case 0:
                return m.substring(0, 3) + sep + m.substring(3, 7) + sep + m.substring(7);
            case 1:
                return m.substring(0, 3) + sep + m.substring(3);
            case 2:
                return m.substring(0, 7) + sep + m.substring(7);
            case 3:
                String run = pick(new String[] {" - ", "  ", "\u3000－\u3000", " -"});
                return m.substring(0, 3) + run + m.substring(3, 7) + run + m.substring(7);
            case 4:
                String dot = pick(new String[] {".", "/"});
                return m.substring(0, 3) + dot + m.substring(3, 7) + dot + m.substring(7);
            default:
                return m;
        }
    }

    /**
     * An 18-character ID number, mostly whole, sometimes split after 6, 8 or 10 characters or as 6-8-4, by a space,
     * a hyphen or an ideographic space.
     */
    private String spelledId(String id) {
        String sep = pick(new String[] {" ", "-", "\u3000"});
        switch (rnd.nextInt(8)) {
            case 0:
                return id.substring(0, 6) + sep + id.substring(6);
            case 1:
                return id.substring(0, 10) + sep + id.substring(10);
            case 2:
                return id.substring(0, 8) + sep + id.substring(8);
            case 3:
                return id.substring(0, 6) + sep + id.substring(6, 14) + sep + id.substring(14);
            default:
                return id;
        }
    }

    /** The check digit that makes {@code digits} + check pass Luhn (written here, not taken from the redactor). */
    static char luhnCheck(String digits) {
        int sum = 0;
        for (int k = 0; k < digits.length(); k++) {
            int v = digits.charAt(digits.length() - 1 - k) - '0';
            if (k % 2 == 0) { // doubled: every second digit from the right once the check digit is appended
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            }
            sum += v;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** A UnionPay card that passes Luhn, split other than in fours: 6 + rest, 7 + rest, 6-6-rest. */
    private String irregularCard() {
        String c;
        do {
            String body = "62" + digits(13 + rnd.nextInt(4));
            c = body + luhnCheck(body); // unambiguous labels, as in card()
        } while (c.length() == 18 && ResidentIdNumber.isValid18(c, 0));
        String sep = pick(new String[] {" ", "-", "\u3000"});
        switch (rnd.nextInt(3)) {
            case 0:
                return c.substring(0, 6) + sep + c.substring(6);
            case 1:
                return c.substring(0, 7) + sep + c.substring(7);
            default:
                return c.substring(0, 6) + sep + c.substring(6, 12) + sep + c.substring(12);
        }
    }

    private String permitId() {
        String first17 = (810000 + 10000 * rnd.nextInt(3))
                + String.format("%04d%02d%02d", 1960 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                + String.format("%03d", rnd.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    String mobile() {
        return "1" + (3 + rnd.nextInt(7)) + digits(9);
    }

    String card() {
        String c;
        do {
            c = "62" + digits(14 + rnd.nextInt(4));
            // an 18-digit 62-number can also be a valid ID number of Gansu (area 62…, and core accepts future birth
            // years): it is then reported as an ID, masked all the same; the corpus keeps its labels unambiguous
        } while (c.length() == 18 && ResidentIdNumber.isValid18(c, 0));
        return c;
    }

    private String digits(int n) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            d.append((char) ('0' + rnd.nextInt(10)));
        }
        return d.toString();
    }

    private String uscc() {
        String[] valid = {"91350100M000100Y43", "91330106MA27XYQ41F", "91110105MA01A2B3C4"};
        return valid[0];
    }

    private String address() {
        String[] p = pick(PLACES);
        return p[0] + p[1] + p[2] + pick(ROADS) + (1 + rnd.nextInt(300)) + "号"
                + (rnd.nextBoolean() ? (1 + rnd.nextInt(20)) + "幢" + (101 + rnd.nextInt(1800)) + "室" : "");
    }

    private String plate() {
        String p = pick(PROVINCES) + (char) ('A' + rnd.nextInt(8));
        return rnd.nextInt(3) == 0 ? p + (rnd.nextBoolean() ? "D" : "F") + digits(5) : p + digits(5);
    }

    private String date(int from, int span) {
        return (from + rnd.nextInt(span)) + "年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日";
    }

    private Doc doc() {
        sb = new StringBuilder();
        labels = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        String agency = pick(AGENCIES);
        pub(agency);
        text("\n行政处罚决定书\n");
        pub("杭西市监罚〔" + typed(String.valueOf(2020 + rnd.nextInt(6))) + "〕" + typed(String.valueOf(1 + rnd.nextInt(999)))
                + "号");
        text("\n\n");
        int kind = rnd.nextInt(3);
        String person = name();
        persons.add(person);
        if (kind == 0) { // natural person
            text("当事人：");
            pii(PiiType.PERSON_NAME, person);
            text(rnd.nextBoolean() ? "，男，汉族，" : "，女，");
            pii(PiiType.BIRTH_DATE, date(1950, 50));
            text("出生，" + pick(new String[] {"身份证号码：", "公民身份号码：", "证件号码：", "身份证号"}));
            int idk = rnd.nextInt(6);
            if (idk == 0 || idk == 3) {
                pii(PiiType.RESIDENT_ID_LEGACY, typed(legacyId()));
            } else if (idk == 1) {
                pii(PiiType.RESIDENCE_PERMIT, typed(permitId()));
            } else {
                pii(PiiType.RESIDENT_ID, typed(spelledId(idNumber())));
            }
            text("，住");
            pii(PiiType.ADDRESS, address());
            text("，联系电话：");
            pii(PiiType.MOBILE, typed(spelledMobile()));
            text("。\n");
        } else if (kind == 1) { // legal person with legal representative
            String company = pick(COMPANIES);
            text("当事人：");
            pub(company);
            text("\n统一社会信用代码：");
            pub(typed(uscc()));
            text("\n住所：");
            pub(address());
            text("\n法定代表人：");
            pii(PiiType.PERSON_NAME, person);
            text("，身份证号码：");
            pii(PiiType.RESIDENT_ID, idNumber());
            text("，联系电话：");
            String area = pick(new String[] {"010", "0571", "0755", "028", "025"});
            String subscriber = (2 + rnd.nextInt(7)) + digits(7);
            switch (rnd.nextInt(6)) {
                case 4:
                    // international form: the country code, the area code without its trunk 0
                    text("+");
                    pii(
                            PiiType.LANDLINE,
                            typed("86 " + area.substring(1) + " " + subscriber.substring(0, 4) + " "
                                    + subscriber.substring(4)));
                    break;
                case 5:
                    pii(
                            PiiType.LANDLINE,
                            typed(
                                    rnd.nextBoolean()
                                            ? "0086-" + area.substring(1) + "-" + subscriber
                                            : "0086 " + area.substring(1) + " " + subscriber));
                    break;
                case 0:
                    text("(");
                    pii(
                            PiiType.LANDLINE,
                            typed(area + ") " + subscriber.substring(0, 4) + " " + subscriber.substring(4)));
                    break;
                case 1:
                    pii(
                            PiiType.LANDLINE,
                            typed(area + " " + subscriber.substring(0, 4) + " " + subscriber.substring(4)));
                    break;
                default:
                    pii(PiiType.LANDLINE, typed(area + "-" + subscriber));
            }
            text("。\n");
        } else { // individual business
            String shop = pick(PLACES)[2]
                    + pick(new String[] {"鑫源", "好味道", "福满楼", "惠民"})
                    + pick(new String[] {"小吃店", "便利店", "五金经营部", "副食店"});
            text("当事人：");
            pub(shop);
            text("（个体工商户）\n经营者：");
            pii(PiiType.PERSON_NAME, person);
            text("，公民身份号码：");
            pii(PiiType.RESIDENT_ID, typed(spelledId(idNumber())));
            text("\n经营场所：");
            pub(address());
            if (rnd.nextBoolean()) {
                // the registration number of the business may read as a 1900s date: public
                text("\n营业执照注册号：");
                pub(typed(legacyId(rnd.nextInt(20))));
            }
            text("\n联系电话：");
            pii(PiiType.MOBILE, typed(spelledMobile()));
            text("\n");
        }
        text("\n");
        pub(date(2023, 3));
        text("，本局执法人员对当事人的经营场所进行现场检查，");
        String other = name();
        while (other.equals(person)) {
            other = name();
        }
        if (rnd.nextBoolean()) {
            text("现场负责人");
            pii(PiiType.PERSON_NAME, other);
            persons.add(other);
            text("（电话");
            pii(PiiType.MOBILE, rnd.nextBoolean() ? typed(spelledMobile()) : dashed(mobile()));
            text("）在场。经查，");
        } else {
            text("经查，");
        }
        pii(PiiType.PERSON_NAME, person);
        text("于");
        pub(date(2023, 2));
        text("驾驶号牌为");
        pii(PiiType.VEHICLE_PLATE, typed(plate()));
        text("的货车运输涉案产品，货款共计");
        pub((1000 + rnd.nextInt(90000)) + "元");
        text("通过银行卡（卡号：");
        String card = card();
        int cardForm = rnd.nextInt(4);
        pii(PiiType.BANK_CARD, typed(cardForm == 0 ? irregularCard() : cardForm == 1 ? grouped(card) : card));
        text("）收取。");
        if (rnd.nextInt(3) == 0) {
            text("当事人提交的出境记录显示其护照号码为");
            pii(
                    PiiType.PASSPORT,
                    typed(rnd.nextBoolean() ? "E" + digits(8) : "E" + (char) ('A' + rnd.nextInt(8)) + digits(7)));
            text("，往来港澳通行证号码为");
            pii(PiiType.TRAVEL_PERMIT, typed("C" + digits(8)));
            text("。");
        }
        if (rnd.nextBoolean()) {
            text("当事人通过电子邮箱");
            pii(PiiType.EMAIL, typed(pick(PINYIN) + "." + pick(PINYIN) + rnd.nextInt(100) + "@" + pick(DOMAINS)));
            text("与客户联系，");
        }
        if (rnd.nextInt(4) == 0) {
            text("涉案合同载明的编号");
            pub(wrongCheckId());
            text("与备案不符，");
        }
        if (rnd.nextInt(3) == 0) {
            // public numbers that look like personal ones: a business registration number, a service hotline,
            // an ISO date, an amount with separators, an article range
            text("该公司原注册号");
            pub(AREAS[rnd.nextInt(AREAS.length)] + "000" + digits(6));
            text("，客服电话");
            pub("400-" + digits(3) + "-" + digits(4));
            text("，合同签订于");
            pub((2020 + rnd.nextInt(4)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10));
            text("，合同金额");
            pub((1 + rnd.nextInt(99)) + "," + digits(3) + "." + digits(2) + "元");
            text("，参照该办法");
            pub("第" + (1 + rnd.nextInt(20)) + "-" + (21 + rnd.nextInt(20)) + "条");
            text("。");
        }
        if (rnd.nextInt(3) == 0) {
            // the same kinds of public numbers in full width or split by separators
            text("案卷编号");
            pub(typed((2020 + rnd.nextInt(5)) + "-" + digits(4) + "-" + digits(4)));
            text("，档案号");
            pub(legacyId(rnd.nextInt(20)));
            text("，货值");
            pub(typed((1 + rnd.nextInt(99)) + " " + digits(3)) + "元");
            text("，");
            pub(wide((2020 + rnd.nextInt(4)) + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10)));
            text("签收，热线");
            pub(typed("400 " + digits(3) + " " + digits(4)));
            text("。");
        }
        if (rnd.nextInt(3) == 0) {
            // public look-alikes of the separator forms: dates with dots, slashes or spaced hyphens, an amount with
            // thousands separators, a case number, a time, a column of figures
            int y = 2020 + rnd.nextInt(5);
            String mm = String.format("%02d", 1 + rnd.nextInt(12));
            String dd = String.format("%02d", 1 + rnd.nextInt(28));
            text("复查于");
            String sep = pick(new String[] {".", "/"});
            pub(typed(y + sep + mm + sep + dd));
            text("、");
            pub(y + " - " + mm + " - " + dd);
            text("，涉案金额");
            pub(typed((1 + rnd.nextInt(9)) + "," + digits(3) + "," + digits(3) + "." + digits(2)) + "元");
            text("，关联案件〔");
            pub(y + "〕" + (10000 + rnd.nextInt(90000)));
            text("号，");
            pub((8 + rnd.nextInt(10)) + ":" + String.format("%02d", rnd.nextInt(60)));
            text("到场，抽检数量");
            pub((1000 + rnd.nextInt(9000)) + "  " + (1000 + rnd.nextInt(9000)) + "  " + (1000 + rnd.nextInt(9000))
                    + "  " + (1000 + rnd.nextInt(9000)));
            text("件。");
        }
        text("所用");
        pii(PiiType.SECRET_TERM, typed(secretTerms.get(rnd.nextInt(secretTerms.size()))));
        text("属商业秘密。\n以上事实有现场检查笔录、询问笔录等证据证实。");
        pii(PiiType.PERSON_NAME, person);
        text("的上述行为违反了");
        pub(pick(LAWS));
        text("的规定。依据");
        pub(pick(LAWS));
        text("，本局决定对当事人作出如下行政处罚：罚款人民币");
        pub(typed(String.valueOf(2000 + rnd.nextInt(50000))) + "元");
        text("。\n如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。\n");
        pub(agency);
        text("\n");
        pub(date(2024, 2));
        text("\n");
        return new Doc(sb.toString(), List.copyOf(labels), persons);
    }

    private static String dashed(String m) {
        return m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
    }

    private static String grouped(String card) {
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < card.length(); i += 4) {
            if (i > 0) {
                g.append(' ');
            }
            g.append(card, i, Math.min(card.length(), i + 4));
        }
        return g.toString();
    }
}
