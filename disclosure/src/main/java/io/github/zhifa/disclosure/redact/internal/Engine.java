package io.github.zhifa.disclosure.redact.internal;

import io.github.zhifa.core.id.ResidentIdNumber;
import io.github.zhifa.core.id.UnifiedSocialCreditCode;
import io.github.zhifa.disclosure.redact.PiiType;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The scanner: one forward pass of hand-written recognisers over a bounded window (no regular expressions), plus the
 * Aho–Corasick automaton for secret terms. Memory is bounded by {@link #CHUNK} plus the lookahead whatever the input
 * size. Not thread-safe: one engine per redaction.
 */
public final class Engine {
    /** Characters read per step. */
    public static final int CHUNK = 1 << 16;

    /** How far a recogniser may look past its start. */
    public static final int SCAN_LOOKAHEAD = 256;

    private static final int KEEP_BEHIND = 16;
    private static final int MAX_TOKEN = 40;
    private static final int MAX_ADDRESS = 120;

    /** Receives each redaction in input order. */
    public interface Sink {
        /**
         * One redaction.
         *
         * @param type the kind
         * @param start offset in the input
         * @param length length of the raw value
         * @param masked the replacement
         * @param raw the raw value, for a salted fingerprint only: never store it
         */
        void accept(PiiType type, long start, int length, String masked, String raw);
    }

    private record Span(int start, int end, PiiType type, String masked) {}

    private static final byte PLATE = 1;
    private static final byte CUE = 2;
    private static final byte[] FLAGS = new byte[65536];
    private static final boolean[] STOP = new boolean[65536];
    private static final boolean[] SURNAME = new boolean[65536];

    /**
     * Width folding, one character for one so that offsets stay those of the original text: full-width ASCII forms
     * (０-９, Ａ-Ｚ, ａ-ｚ, ＠, －, ．, （ …) become ASCII, the ideographic and no-break spaces become a space, and the
     * hyphen look-alikes (‐ ‑ ‒ – − ﹣) become {@code -}. The recognisers read the folded text; masks and output are
     * made from the original.
     */
    private static final char[] FOLD = new char[65536];

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            + "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞"
            + "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
            + "解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
            + "巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
            + "丰支卿国狄平计索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於"
            + "呼居揭尉冶斯元束檀衣信展阎昝于上端独令轩夏皇长宇尉慕东西";
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private enum CueKind {
        NAME,
        ADDRESS,
        BIRTH
    }

    private record Cue(String word, CueKind kind) {}

    // longer cues first where one is a prefix of another
    private static final Cue[] CUES = {
        new Cue("法定代表人", CueKind.NAME),
        new Cue("当事人", CueKind.NAME),
        new Cue("经营者", CueKind.NAME),
        new Cue("负责人", CueKind.NAME),
        new Cue("违法行为人", CueKind.NAME),
        new Cue("被处罚人", CueKind.NAME),
        new Cue("姓名", CueKind.NAME),
        new Cue("家庭住址", CueKind.ADDRESS),
        new Cue("现住址", CueKind.ADDRESS),
        new Cue("住址", CueKind.ADDRESS),
        new Cue("户籍地址", CueKind.ADDRESS),
        new Cue("户籍所在地", CueKind.ADDRESS),
        new Cue("居住地址", CueKind.ADDRESS),
        new Cue("居住地", CueKind.ADDRESS),
        new Cue("现住", CueKind.ADDRESS),
        new Cue("家住", CueKind.ADDRESS),
        new Cue("出生日期", CueKind.BIRTH),
        new Cue("出生年月日", CueKind.BIRTH),
        new Cue("出生年月", CueKind.BIRTH),
        new Cue("出生于", CueKind.BIRTH),
        new Cue("生于", CueKind.BIRTH),
    };

    /** Name cues, for the whole-text pre-pass. */
    static final List<String> NAME_CUES = List.of("法定代表人", "当事人", "经营者", "负责人", "违法行为人", "被处罚人", "姓名");

    private static final String[] ORG_WORDS = {
        "公司", "有限", "集团", "中心", "合作社", "企业", "商行", "经营部", "门市", "工作室", "事务所", "协会", "委员会", "医院", "学校", "超市", "饭店", "酒店",
        "餐厅", "药店", "药房", "诊所", "加油站", "幼儿园", "商店", "小吃", "个体", "工商户", "管理局", "政府", "银行", "支行", "分行", "大学", "学院", "研究所",
        "门诊", "商贸", "科技", "实业", "农场", "养殖场", "专业", "联社", "基金会", "机构", "单位", "组织", "部门", "公安", "法院", "检察院", "监督", "批发部",
        "经营店", "便利店", "厂", "店"
    };

    private static final Cue[][] CUES_BY_FIRST = new Cue[65536][];
    private static final String[][] ORG_BY_FIRST = new String[65536][];

    static {
        for (Cue cue : CUES) {
            char c = cue.word().charAt(0);
            Cue[] old = CUES_BY_FIRST[c] == null ? new Cue[0] : CUES_BY_FIRST[c];
            Cue[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = cue;
            CUES_BY_FIRST[c] = grown;
        }
        for (String w : ORG_WORDS) {
            char c = w.charAt(0);
            String[] old = ORG_BY_FIRST[c] == null ? new String[0] : ORG_BY_FIRST[c];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = w;
            ORG_BY_FIRST[c] = grown;
        }
        for (char c : PROVINCES.toCharArray()) {
            FLAGS[c] |= PLATE;
        }
        for (Cue cue : CUES) {
            FLAGS[cue.word().charAt(0)] |= CUE;
        }
        for (char c : SURNAMES.toCharArray()) {
            SURNAME[c] = true;
        }
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            FOLD[c] = (char) (c - 0xFEE0);
        }
        FOLD['\u3000'] = ' ';
        FOLD['\u00a0'] = ' ';
        FOLD['\u202f'] = ' ';
        for (char c : "\u2010\u2011\u2012\u2013\u2212\ufe63".toCharArray()) {
            FOLD[c] = '-';
        }
        for (char c : "于在因未系的等与和及将对为是已自向经以男女现住户身出年个违擅无从利使销存驾拒不所非被涉实有并称承曾也都又就则即亦还要应共".toCharArray()) {
            STOP[c] = true;
        }
    }

    private final RedactionProfile profile;
    private final Masker masker;
    private final NameBook names;
    private final AhoCorasick terms;
    private final boolean namesOn;

    private long base;
    private long noEmailUntil = -1;
    private long birthCueAt = -1;
    /** Where the last recognised value ended (absolute offset): a number after it and a blank starts anew. */
    private long matchedEnd = -1;

    private final List<Span> found = new ArrayList<>();
    private CharBuffer view;
    /** The original characters of the window (the scanner reads the folded copy). */
    private char[] raw;

    /**
     * Creates an engine for one redaction.
     *
     * @param profile the profile
     * @param names the natural persons already known (more are learned from cues)
     * @param terms the secret terms, or null
     */
    public Engine(RedactionProfile profile, NameBook names, AhoCorasick terms) {
        this.profile = profile;
        this.masker = new Masker(profile);
        this.names = names;
        this.terms = terms == null || terms.isEmpty() ? null : terms;
        this.namesOn = masker.redacts(PiiType.PERSON_NAME);
    }

    /**
     * The width-folded form of a text (full-width ASCII forms to ASCII, ideographic and no-break spaces to a space,
     * hyphen look-alikes to {@code -}), character for character.
     *
     * @param s the text
     * @return the folded text, of the same length
     */
    public static String fold(String s) {
        char[] c = s.toCharArray();
        for (int k = 0; k < c.length; k++) {
            c[k] = FOLD[c[k]];
        }
        return new String(c);
    }

    /**
     * Learns the names that follow name cues (当事人, 法定代表人 …) anywhere in a whole text, so that mentions before
     * the cue are redacted too.
     *
     * @param text the whole text
     * @param names where to put them
     */
    public static void learnNames(String text, NameBook names) {
        java.util.TreeMap<Integer, String> learned = new java.util.TreeMap<>();
        char[] b = null;
        for (String cue : NAME_CUES) {
            int from = 0;
            int at;
            while ((at = text.indexOf(cue, from)) >= 0) {
                if (b == null) {
                    b = text.toCharArray();
                }
                int k = skipSeparators(b, at + cue.length(), b.length);
                int n = extractName(b, k, b.length, k > at + cue.length());
                if (n > 0) {
                    learned.put(k, new String(b, k, n));
                }
                from = at + cue.length();
            }
        }
        // in order of appearance, for numbering
        names.addAll(new ArrayList<>(learned.values()));
    }

    /**
     * Redacts a stream.
     *
     * @param in the input
     * @param out where the redacted text goes
     * @param sink receives each redaction
     * @return the number of characters read
     * @throws IOException if reading or writing fails
     */
    public long run(Reader in, Writer out, Sink sink) throws IOException {
        int look = Math.max(SCAN_LOOKAHEAD, terms == null ? 0 : terms.maxLength());
        look = Math.max(look, names.maxLength() + 1);
        char[] buf = new char[CHUNK + 2 * look + KEEP_BEHIND];
        char[] fold = new char[buf.length];
        raw = buf;
        view = CharBuffer.wrap(fold);
        int len = 0;
        int folded = 0;
        int scanFrom = 0;
        int acFed = 0;
        int acState = 0;
        boolean eof = false;
        List<Span> termSpans = new ArrayList<>();
        base = 0;
        while (true) {
            while (!eof && len < buf.length) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            for (int k = folded; k < len; k++) {
                fold[k] = FOLD[buf[k]];
            }
            folded = len;
            if (terms != null) {
                for (int k = acFed; k < len; k++) {
                    acState = terms.step(acState, fold[k]); // terms are folded too: width-blind matching
                    int m = terms.matchLength(acState);
                    if (m > 0) {
                        addTerm(termSpans, k + 1 - m, k + 1);
                    }
                }
                acFed = len;
            }
            int limit = eof ? len : len - look;
            int r = scanFrom;
            found.clear();
            if (limit > scanFrom) {
                r = scan(fold, scanFrom, limit, len);
            }
            int emitted = emit(buf, fold, scanFrom, r, termSpans, out, sink);
            if (eof && emitted >= len) {
                out.write(buf, emitted, len - emitted);
                return base + len;
            }
            int shift = Math.max(0, emitted - KEEP_BEHIND);
            System.arraycopy(buf, shift, buf, 0, len - shift);
            System.arraycopy(fold, shift, fold, 0, len - shift);
            len -= shift;
            folded -= shift;
            acFed -= shift;
            scanFrom = emitted - shift;
            base += shift;
            for (int k = 0; k < termSpans.size(); k++) {
                Span s = termSpans.get(k);
                termSpans.set(k, new Span(s.start() - shift, s.end() - shift, s.type(), s.masked()));
            }
        }
    }

    private void addTerm(List<Span> termSpans, int start, int end) {
        int s = Math.max(start, 0);
        if (!termSpans.isEmpty()) {
            Span last = termSpans.get(termSpans.size() - 1);
            if (s <= last.end()) {
                termSpans.set(
                        termSpans.size() - 1,
                        new Span(Math.min(last.start(), s), Math.max(last.end(), end), PiiType.SECRET_TERM, ""));
                return;
            }
        }
        termSpans.add(new Span(s, end, PiiType.SECRET_TERM, ""));
    }

    /**
     * Writes b[from, …) with the redactions of this round; returns where it stopped (buffer index). The sink gets the
     * width-folded value (so that a fingerprint does not depend on full-width digits).
     */
    private int emit(char[] b, char[] fold, int from, int r, List<Span> termSpans, Writer out, Sink sink)
            throws IOException {
        int pos = from;
        int fi = 0;
        int ti = 0;
        int until = r;
        // drop term spans already behind us
        while (ti < termSpans.size() && termSpans.get(ti).end() <= from) {
            ti++;
        }
        while (true) {
            Span f = fi < found.size() ? found.get(fi) : null;
            Span t = ti < termSpans.size() && termSpans.get(ti).start() < until ? termSpans.get(ti) : null;
            if (f == null && t == null) {
                break;
            }
            Span s;
            if (t == null || (f != null && (f.start() < t.start() || (f.start() == t.start() && f.end() >= t.end())))) {
                s = f;
                fi++;
            } else {
                s = t;
                ti++;
                String masked = masker.mask(PiiType.SECRET_TERM, b, s.start(), s.end());
                s = new Span(s.start(), s.end(), PiiType.SECRET_TERM, masked);
            }
            if (s.start() < pos) {
                continue; // overlaps what is already written
            }
            out.write(b, pos, s.start() - pos);
            out.write(s.masked());
            sink.accept(
                    s.type(),
                    base + s.start(),
                    s.end() - s.start(),
                    s.masked(),
                    new String(fold, s.start(), s.end() - s.start()));
            pos = s.end();
            until = Math.max(until, pos);
        }
        termSpans.subList(0, ti).clear();
        int stop = Math.max(pos, r);
        out.write(b, pos, stop - pos);
        return stop;
    }

    private void add(PiiType type, char[] b, int start, int end) {
        matchedEnd = base + end;
        if (!masker.redacts(type)) {
            return;
        }
        String masked = masker.mask(type, raw, start, end);
        addMasked(type, start, end, masked);
    }

    /** Adds a finding unless the text already reads as its masked form; offsets index the original text too. */
    private void addMasked(PiiType type, int start, int end, String masked) {
        if (masked.length() == end - start && masked.contentEquals(CharBuffer.wrap(raw, start, end - start))) {
            return; // already redacted: idempotence
        }
        found.add(new Span(start, end, type, masked));
    }

    // ---------------------------------------------------------------- the scanner

    private int scan(char[] b, int from, int limit, int end) {
        int i = from;
        while (i < limit) {
            char c = b[i];
            if (c < 128) {
                if (isAlnum(c)) {
                    i = asciiToken(b, i, end);
                } else {
                    i++;
                }
                continue;
            }
            int j = i + 1;
            byte f = FLAGS[c];
            if ((f & PLATE) != 0) {
                int e = plate(b, i, end);
                if (e > 0) {
                    add(PiiType.VEHICLE_PLATE, b, i, e);
                    i = e;
                    continue;
                }
            }
            if ((f & CUE) != 0) {
                int e = cue(b, i, end);
                if (e > 0) {
                    i = e;
                    continue;
                }
            }
            if (c == '住' && i > 0 && (b[i - 1] == '，' || b[i - 1] == ',')) {
                char n = i + 1 < end ? b[i + 1] : ' ';
                if ("所宿房院户处址宅建".indexOf(n) < 0) {
                    int e = address(b, i + 1, end);
                    if (e > 0) {
                        i = e;
                        continue;
                    }
                }
            }
            if (namesOn && names.mayStart(c)) {
                int m = names.match(b, i, end);
                if (m > 0) {
                    addMasked(PiiType.PERSON_NAME, i, i + m, names.lastPseudonym());
                    j = i + m;
                }
            }
            i = j;
        }
        return i;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLocal(char c) {
        return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private int asciiToken(char[] b, int i, int end) {
        char prev = i > 0 ? b[i - 1] : '\n';
        if (isAlnum(prev)) {
            int j = i;
            while (j < end && isAlnum(b[j])) {
                j++;
            }
            return j;
        }
        if (base + i >= noEmailUntil && !isLocal(prev)) {
            int e = email(b, i, end);
            if (e > 0) {
                add(PiiType.EMAIL, b, i, e);
                return e;
            }
        }
        int j = i;
        while (j < end && j - i <= MAX_TOKEN && isAlnum(b[j])) {
            j++;
        }
        if (j - i > MAX_TOKEN) {
            while (j < end && isAlnum(b[j])) {
                j++;
            }
            return j;
        }
        int n = j - i;
        int digits = 0;
        while (digits < n && isDigit(b[i + digits])) {
            digits++;
        }
        if (digits == n || (n == 18 && digits == 17 && (b[j - 1] == 'X' || b[j - 1] == 'x'))) {
            return digitToken(b, i, j, end);
        }
        mixedToken(b, i, j);
        return j;
    }

    private int email(char[] b, int i, int end) {
        int k = i;
        while (k < end && k - i < 64 && isLocal(b[k])) {
            k++;
        }
        if (k >= end || b[k] != '@' || k == i) {
            while (k < end && isLocal(b[k])) {
                k++;
            }
            noEmailUntil = base + k;
            return -1;
        }
        int d = k + 1;
        int e = d;
        while (e < end && e - d < 253 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '-')) {
            e++;
        }
        while (e > d && (b[e - 1] == '.' || b[e - 1] == '-')) {
            e--;
        }
        int lastDot = -1;
        for (int x = d; x < e; x++) {
            if (b[x] == '.') {
                if (x == d || b[x - 1] == '.') {
                    return -1;
                }
                lastDot = x;
            }
        }
        if (lastDot < 0 || e - lastDot - 1 < 2) {
            return -1;
        }
        for (int x = lastDot + 1; x < e; x++) {
            if (!Character.isLetter(b[x])) {
                return -1;
            }
        }
        return e;
    }

    private int digitToken(char[] b, int i, int j, int end) {
        int n = j - i;
        char sep = j < end ? b[j] : 0;
        // a group right after "digits + a separator run holding a hyphen" continues a number that did not match
        // (400-010-1234567, 2024 - 0571 - 8765432): it does not start a grouped number of its own (continuation)
        if ((sep == ' ' || sep == '-') && n <= MAX_GROUP) {
            int after = separatorRun(b, j, end);
            if (after > j && after < end && isDigit(b[after]) && !continuation(b, i)) {
                int g = grouped(b, i, end);
                if (g > 0) {
                    return g;
                }
            }
        }
        if (n == 3 && (sep == '.' || sep == '/')) {
            int d = dottedMobile(b, i, j, end);
            if (d > 0) {
                add(PiiType.MOBILE, b, i, d);
                return d;
            }
        }
        char prev = i > 0 ? b[i - 1] : ' ';
        if ((n == 3 || n == 4)
                && b[i] == '0'
                && (prev == '(' || prev == '（')
                && j < end
                && (sep == ')' || sep == '）')) {
            int k = j + 1;
            if (k < end && b[k] == ' ') {
                k++;
            }
            int m = k;
            while (m < end && isDigit(b[m])) {
                m++;
            }
            int count = m - k;
            if ((count == 3 || count == 4) && m + 1 < end && (b[m] == ' ' || b[m] == '-') && isDigit(b[m + 1])) {
                // the subscriber number in two groups: (010) 6275 1234, (0571)8765-4321
                int m2 = m + 1;
                while (m2 < end && isDigit(b[m2])) {
                    m2++;
                }
                count += m2 - m - 1;
                m = m2;
            }
            if ((count == 7 || count == 8) && (m >= end || !isAlnum(b[m]))) {
                add(PiiType.LANDLINE, b, i, m);
                return m;
            }
        }
        if (n == 4 && j < end && (sep == '年' || sep == '-' || sep == '.' || sep == '/')) {
            int d = date(b, i, end);
            if (d > 0) {
                if (base + i == birthCueAt || followedByBirth(b, d, end)) {
                    add(PiiType.BIRTH_DATE, b, i, d);
                    return d;
                }
                return j;
            }
        }
        if (n == 8 && base + i == birthCueAt) {
            add(PiiType.BIRTH_DATE, b, i, j);
            return j;
        }
        single(b, i, j);
        return j;
    }

    private void single(char[] b, int i, int j) {
        int n = j - i;
        if (n == 18) {
            if (ResidentIdNumber.isValid18(view, i)) {
                add(permit(b, i) ? PiiType.RESIDENCE_PERMIT : PiiType.RESIDENT_ID, b, i, j);
                return;
            }
            boolean digitsOnly = b[j - 1] != 'X' && b[j - 1] != 'x';
            // a card wins over an all-digit credit code of category 62 (a handful of HK/Macao/Taiwan tourism offices)
            if (digitsOnly && (bankCue(b, i) || startsUnionPay(b, i))) {
                add(PiiType.BANK_CARD, b, i, j);
                return;
            }
            if (UnifiedSocialCreditCode.isValid(view, i)) {
                return;
            }
            if (profile.maskUncheckedIdNumbers() && idShaped(b, i)) {
                add(PiiType.UNCHECKED_ID, b, i, j);
                return;
            }
            return;
        }
        if (n == 15) {
            if (legacyId(b, i, b, i)) {
                add(PiiType.RESIDENT_ID_LEGACY, b, i, j);
            }
            return;
        }
        if (n == 11 && b[i] == '1' && b[i + 1] >= '3') {
            add(PiiType.MOBILE, b, i, j);
            return;
        }
        if (n == 13 && b[i] == '8' && b[i + 1] == '6' && b[i + 2] == '1' && b[i + 3] >= '3') {
            add(PiiType.MOBILE, b, i, j);
            return;
        }
        if (n >= 10 && n <= 12 && b[i] == '0' && b[i + 1] != '0') {
            add(PiiType.LANDLINE, b, i, j);
            return;
        }
        if (n >= 16 && n <= 19 && (startsUnionPay(b, i) || bankCue(b, i))) {
            add(PiiType.BANK_CARD, b, i, j);
        }
    }

    private static final int CUE_NONE = 0;
    private static final int CUE_PERSON = 1;
    private static final int CUE_REGISTRATION = 2;
    private static final int NUMBER_CUE_WINDOW = 16;
    private static final String[] PERSON_NUMBER_CUES = {"身份证", "身份号码", "证件号"};
    private static final String[] REGISTRATION_CUES = {"注册号", "营业执照", "登记号", "执照号"};

    /**
     * Whether the 15 digits {@code id[off, off + 15)}, found at {@code at} in the text {@code b}, are a legacy resident
     * ID number. A 15-digit business registration number (工商注册号: authority code + 8-digit sequence + check) often
     * reads as area + 19YYMMDD + sequence with YY below 20. The rule: the nearest cue in the 16 characters before the
     * number decides — after 注册号/营业执照/登记号/执照号 it is a registration number; after 身份证/身份号码/证件号 it is an
     * ID number whatever the year (people born 1900–1919); with no cue, only YY ≥ 20 is an ID number.
     */
    private static boolean legacyId(char[] id, int off, char[] b, int at) {
        if (!ResidentIdNumber.isValid(CharBuffer.wrap(id, off, 15))) {
            return false;
        }
        int cue = numberCue(b, at);
        if (cue == CUE_REGISTRATION) {
            return false;
        }
        int yy = (id[off + 6] - '0') * 10 + (id[off + 7] - '0');
        return yy >= 20 || cue == CUE_PERSON;
    }

    /**
     * The kind of the last cue that starts in the {@link #NUMBER_CUE_WINDOW} characters before {@code i}; a mask
     * character ({@code *}, {@code ×}) or the {@code ]} of a replacement label ({@code [身份证号]}) after a cue ends it:
     * the cue spoke for the value masked there, and a second pass over redacted text must not find more.
     */
    private static int numberCue(char[] b, int i) {
        int kind = CUE_NONE;
        for (int k = Math.max(0, i - NUMBER_CUE_WINDOW); k < i; k++) {
            char c = b[k];
            if (c == '*' || c == '×' || c == ']') {
                kind = CUE_NONE;
            } else if (startsAny(b, k, i, PERSON_NUMBER_CUES)) {
                kind = CUE_PERSON;
            } else if (startsAny(b, k, i, REGISTRATION_CUES)) {
                kind = CUE_REGISTRATION;
            }
        }
        return kind;
    }

    private static boolean startsAny(char[] b, int k, int limit, String[] words) {
        for (String w : words) {
            if (k + w.length() <= limit && regionMatches(b, k, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean permit(char[] b, int i) {
        return b[i] == '8' && b[i + 1] >= '1' && b[i + 1] <= '3' && b[i + 2] == '0' && b[i + 3] == '0';
    }

    private static boolean startsUnionPay(char[] b, int i) {
        return b[i] == '6' && b[i + 1] == '2';
    }

    private static boolean idShaped(char[] b, int i) {
        int p = (b[i] - '0') * 10 + (b[i + 1] - '0');
        int y = (b[i + 6] - '0') * 1000 + (b[i + 7] - '0') * 100 + (b[i + 8] - '0') * 10 + (b[i + 9] - '0');
        int m = (b[i + 10] - '0') * 10 + (b[i + 11] - '0');
        int d = (b[i + 12] - '0') * 10 + (b[i + 13] - '0');
        return p >= 11 && p <= 83 && y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    /**
     * Whether 卡 or 账号/账户 appears in the 12 characters before {@code i} with nothing between it and the number that
     * belongs to another value: reading backwards, a digit, a mask character ({@code *}, {@code ×}) or the {@code ]}
     * of a replacement label ({@code [银行卡号]}) ends the search. A cue thus speaks for the first number after it only,
     * and a second pass over redacted text, where a replacement shorter than the card brings the cue nearer to the
     * next figure, finds no new card (idempotence).
     */
    private static boolean bankCue(char[] b, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
            char c = b[k];
            if (isDigit(c) || c == '*' || c == '×' || c == ']') {
                return false;
            }
            if (c == '卡' || ((c == '账' || c == '帐') && k + 1 < i && (b[k + 1] == '号' || b[k + 1] == '户'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a separator run between two digit groups starting at {@code k}: one to {@link #MAX_SEPARATOR}
     * spaces and hyphens (folded forms), at most one of them a hyphen ({@code 138 - 1234}, {@code 138  1234}); or
     * {@code k} when there is none.
     */
    private static int separatorRun(char[] b, int k, int end) {
        int e = k;
        int hyphens = 0;
        while (e < end && e - k < MAX_SEPARATOR && (b[e] == ' ' || b[e] == '-')) {
            hyphens += b[e] == '-' ? 1 : 0;
            e++;
        }
        return hyphens > 1 ? k : e;
    }

    /**
     * Whether the digits at {@code i} continue a number that did not match: they follow "digits + a separator run
     * holding a hyphen" that does not end a recognised value ({@code 400-010-1234567}, {@code 2024 - 0571 - 8765432}).
     * Such a group does not start a grouped number of its own.
     */
    private boolean continuation(char[] b, int i) {
        int r = i;
        boolean hyphen = false;
        while (r > 0 && i - r < MAX_SEPARATOR && (b[r - 1] == ' ' || b[r - 1] == '-')) {
            r--;
            hyphen |= b[r] == '-';
        }
        return hyphen && r > 0 && isDigit(b[r - 1]) && base + r != matchedEnd;
    }

    /**
     * A mobile number in the usual 3-4-4 groups separated by dots or slashes ({@code 138.1234.5678},
     * {@code 138/1234/5678}), the same separator twice; the end, or -1. Only this grouping: dates
     * ({@code 2024.10.12}) and amounts never have it.
     */
    private static int dottedMobile(char[] b, int i, int j, int end) {
        char sep = b[j];
        int e = j + 10;
        if (b[i] != '1' || b[i + 1] < '3' || e > end || b[j + 5] != sep) {
            return -1;
        }
        for (int k = j + 1; k < e; k++) {
            if (k != j + 5 && !isDigit(b[k])) {
                return -1;
            }
        }
        if (e < end && (isAlnum(b[e]) || ((b[e] == '.' || b[e] == '/') && e + 1 < end && isDigit(b[e + 1])))) {
            return -1; // a longer dotted run: a version, a code, not a phone
        }
        if (i >= 2 && (b[i - 1] == '.' || b[i - 1] == '/') && isDigit(b[i - 2])) {
            return -1;
        }
        return amountUnit(b, e, end) ? -1 : e;
    }

    /** Whether the digits {@code d[0, n)} pass the Luhn check (ISO/IEC 7812-1). */
    private static boolean luhn(char[] d, int n) {
        int sum = 0;
        for (int k = 0; k < n; k++) {
            int v = d[n - 1 - k] - '0';
            if ((k & 1) == 1) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        return sum % 10 == 0;
    }

    /** Copies the digits of groups 0..x into {@link #digitsBuf}; returns their number. */
    private int joinGroups(char[] b, int x) {
        int p = 0;
        for (int y = 0; y <= x; y++) {
            int n = ge[y] - gs[y];
            System.arraycopy(b, gs[y], digitsBuf, p, n);
            p += n;
        }
        return p;
    }

    private static final int MAX_GROUPS = 6;
    /** The longest digit group inside a grouped number ({@code 622 2021234567890123}). */
    private static final int MAX_GROUP = 16;
    /** The longest separator run between two groups ({@code 138 - 1234}). */
    private static final int MAX_SEPARATOR = 3;

    private final int[] gs = new int[MAX_GROUPS];
    private final int[] ge = new int[MAX_GROUPS];
    private final int[] len = new int[MAX_GROUPS];
    /** Per group after the first: the separator run before it is exactly one hyphen. */
    private final boolean[] hyphenBefore = new boolean[MAX_GROUPS];
    /** Per group after the first: the separator run before it is longer than one character. */
    private final boolean[] wideBefore = new boolean[MAX_GROUPS];

    private final char[] digitsBuf = new char[MAX_GROUPS * (MAX_GROUP + 1)];

    /**
     * Digit groups separated by a short run of spaces or hyphens: phones (also international without the trunk 0),
     * cards, split ID numbers.
     */
    private int grouped(char[] b, int i, int end) {
        int g = 0;
        int k = i;
        int total = 0;
        while (g < MAX_GROUPS) {
            int s = k;
            while (k < end && isDigit(b[k])) {
                k++;
            }
            if (k < end && (b[k] == 'X' || b[k] == 'x') && total + (k - s) == 17) {
                k++;
            }
            if (k == s || k - s > MAX_GROUP || (k < end && isAlnum(b[k]))) {
                break;
            }
            gs[g] = s;
            ge[g] = k;
            len[g] = k - s;
            total += k - s;
            g++;
            int after = separatorRun(b, k, end);
            if (g < MAX_GROUPS && after > k && after < end && isDigit(b[after])) {
                hyphenBefore[g] = after - k == 1 && b[k] == '-';
                wideBefore[g] = after - k > 1;
                k = after;
            } else {
                break;
            }
        }
        if (g < 2) {
            return -1;
        }
        // landline: area code, then the subscriber number whole (0571-87654321) or in two groups (0571 8765 4321),
        // then an optional extension after a hyphen
        if ((len[0] == 3 || len[0] == 4) && b[gs[0]] == '0' && b[gs[0] + 1] != '0') {
            int last = -1;
            if (len[1] == 7 || len[1] == 8) {
                last = 1;
            } else if (g > 2 && (len[1] == 3 || len[1] == 4) && len[2] == 4) {
                last = 2;
            }
            if (last > 0) {
                int e = ge[last];
                if (g > last + 1 && hyphenBefore[last + 1] && len[last + 1] <= 5) {
                    e = ge[last + 1];
                }
                add(PiiType.LANDLINE, b, gs[0], e);
                return e;
            }
        }
        // international form without the trunk 0, after +86 or 0086: +86 571 8765 4321, +86-10-62751234
        boolean plus86 = len[0] == 2 && b[gs[0]] == '8' && b[gs[0] + 1] == '6' && i > 0 && b[i - 1] == '+';
        boolean zero86 =
                len[0] == 4 && b[gs[0]] == '0' && b[gs[0] + 1] == '0' && b[gs[0] + 2] == '8' && b[gs[0] + 3] == '6';
        if ((plus86 || zero86) && g >= 3 && areaWithoutTrunk(b, gs[1], len[1])) {
            int last = -1;
            if (len[2] == 7 || len[2] == 8) {
                last = 2;
            } else if (g > 3 && (len[2] == 3 || len[2] == 4) && len[3] == 4) {
                last = 3;
            }
            if (last > 0 && !amountUnit(b, ge[last], end)) {
                add(PiiType.LANDLINE, b, gs[0], ge[last]);
                return ge[last];
            }
        }
        // resident ID number in groups (110105 19491231 002X, 110105 19491231002X, 1101051949 1231002X), checked
        // before the phone shapes it could start with; a legacy 15-digit number only in groups of at most 8
        int acc = 0;
        int longest = 0;
        for (int x = 0; x < g && acc < 18; x++) {
            acc += len[x];
            longest = Math.max(longest, len[x]);
            if ((acc == 18 || (acc == 15 && longest <= 8)) && x >= 1) {
                int n = joinGroups(b, x);
                if (acc == 18 && ResidentIdNumber.isValid18(CharBuffer.wrap(digitsBuf, 0, n), 0)) {
                    add(permit(digitsBuf, 0) ? PiiType.RESIDENCE_PERMIT : PiiType.RESIDENT_ID, b, gs[0], ge[x]);
                    return ge[x];
                }
                if (acc == 15 && legacyId(digitsBuf, 0, b, gs[0])) {
                    add(PiiType.RESIDENT_ID_LEGACY, b, gs[0], ge[x]);
                    return ge[x];
                }
            }
        }
        // mobile, optionally after 86 or 0086: 11 digits in groups of at least 3 (138 1234 5678, 138-12345678,
        // 1381234 5678)
        int m0 = (len[0] == 2 && b[gs[0]] == '8' && b[gs[0] + 1] == '6') || zero86 ? 1 : 0;
        if (g >= m0 + 2 && len[m0] >= 3 && b[gs[m0]] == '1' && b[gs[m0] + 1] >= '3') {
            int sum = 0;
            for (int x = m0; x < g && len[x] >= 3 && sum < 11; x++) {
                sum += len[x];
                if (sum == 11 && x > m0 && !amountUnit(b, ge[x], end)) {
                    add(PiiType.MOBILE, b, gs[0], ge[x]);
                    return ge[x];
                }
            }
        }
        // card in groups of four
        if (g >= 4 && len[0] == 4) {
            int sum = 0;
            int last = -1;
            for (int x = 0; x < g; x++) {
                if (x > 0 && len[x - 1] != 4) {
                    break;
                }
                sum += len[x];
                if (sum >= 16 && sum <= 19 && x >= 3) {
                    last = x;
                }
                if (sum > 19) {
                    break;
                }
            }
            boolean wide = false;
            for (int x = 1; x <= last; x++) {
                wide |= wideBefore[x];
            }
            // groups of four set apart by wider runs could be a column of figures: a card only with 62 or a cue
            if (last > 0 && (!wide || startsUnionPay(b, gs[0]) || bankCue(b, i))) {
                add(PiiType.BANK_CARD, b, gs[0], ge[last]);
                return ge[last];
            }
        }
        // card split other than in groups of four (622202 1234567890123): groups of at least 3 digits, 16–19 in
        // all, a UnionPay prefix or a card cue, and the whole passes Luhn (required only here)
        if (len[0] >= 3 && (startsUnionPay(b, gs[0]) || bankCue(b, i))) {
            int sum = 0;
            int last = -1;
            for (int x = 0; x < g && len[x] >= 3 && sum + len[x] <= 19; x++) {
                sum += len[x];
                if (x >= 1 && sum >= 16 && luhn(digitsBuf, joinGroups(b, x))) {
                    last = x;
                }
            }
            if (last > 0) {
                add(PiiType.BANK_CARD, b, gs[0], ge[last]);
                return ge[last];
            }
        }
        return -1;
    }

    /** A Chinese area code written without its trunk 0: 10, 2x, or three digits starting with 3–9. */
    private static boolean areaWithoutTrunk(char[] b, int s, int n) {
        char c = b[s];
        if (n == 2) {
            return (c == '1' && b[s + 1] == '0') || c == '2';
        }
        return n == 3 && c >= '3' && c <= '9';
    }

    /** Whether an amount unit follows (138 0000 0000元 is an amount in groups of four, not a phone). */
    private static boolean amountUnit(char[] b, int k, int end) {
        return k < end && (b[k] == '元' || b[k] == '万' || b[k] == '亿');
    }

    private static int date(char[] b, int i, int end) {
        int y = num(b, i, 4);
        if (y < 1900 || y > 2099) {
            return -1;
        }
        char sep = b[i + 4];
        int k = i + 5;
        int ms = k;
        while (k < end && k - ms < 2 && isDigit(b[k])) {
            k++;
        }
        if (k == ms || k >= end) {
            return -1;
        }
        int m = num(b, ms, k - ms);
        if (m < 1 || m > 12) {
            return -1;
        }
        char sep2 = b[k];
        if (sep == '年') {
            if (sep2 != '月') {
                return -1;
            }
            k++;
            int ds = k;
            while (k < end && k - ds < 2 && isDigit(b[k])) {
                k++;
            }
            if (k > ds && k < end && b[k] == '日') {
                int d = num(b, ds, k - ds);
                return d >= 1 && d <= 31 ? k + 1 : -1;
            }
            return ds; // year and month only
        }
        if (sep2 != sep) {
            return -1;
        }
        k++;
        int ds = k;
        while (k < end && k - ds < 2 && isDigit(b[k])) {
            k++;
        }
        if (k == ds || (k < end && isAlnum(b[k]))) {
            return -1;
        }
        int d = num(b, ds, k - ds);
        return d >= 1 && d <= 31 ? k : -1;
    }

    private static int num(char[] b, int i, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            v = v * 10 + (b[i + k] - '0');
        }
        return v;
    }

    private static boolean followedByBirth(char[] b, int d, int end) {
        int k = d;
        while (k < end && b[k] == ' ') {
            k++;
        }
        return k < end && (b[k] == '生' || (b[k] == '出' && k + 1 < end && b[k + 1] == '生'));
    }

    private void mixedToken(char[] b, int i, int j) {
        int n = j - i;
        char c0 = b[i];
        if (n == 18 && UnifiedSocialCreditCode.isValid(view, i)) {
            return;
        }
        if (n == 9 && (c0 == 'E' || c0 == 'G') && digits(b, i + 1, j)) {
            add(PiiType.PASSPORT, b, i, j);
        } else if (n == 9 && c0 == 'E' && upperNotIo(b[i + 1]) && digits(b, i + 2, j)) {
            add(PiiType.PASSPORT, b, i, j);
        } else if (n == 9 && (c0 == 'D' || c0 == 'S' || c0 == 'P') && b[i + 1] == 'E' && digits(b, i + 2, j)) {
            add(PiiType.PASSPORT, b, i, j);
        } else if ((n == 9 || n == 11) && (c0 == 'H' || c0 == 'M') && digits(b, i + 1, j)) {
            add(PiiType.TRAVEL_PERMIT, b, i, j);
        } else if (n == 9 && (c0 == 'C' || c0 == 'L') && digits(b, i + 1, j)) {
            add(PiiType.TRAVEL_PERMIT, b, i, j);
        } else if (n == 9 && c0 == 'C' && upperNotIo(b[i + 1]) && digits(b, i + 2, j)) {
            add(PiiType.TRAVEL_PERMIT, b, i, j);
        } else {
            // a label glued to a number (ID11010519491231002X, Tel13812345678): classify the trailing digits
            int end = j;
            if (b[j - 1] == 'X' || b[j - 1] == 'x') {
                end = j - 1;
            }
            int p = end;
            while (p > i && isDigit(b[p - 1])) {
                p--;
            }
            int len = j - p;
            if (p > i && len >= 11 && (end == j || end - p == 17)) {
                single(b, p, j);
            }
        }
    }

    private static boolean digits(char[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(b[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean upperNotIo(char c) {
        return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
    }

    private static int plate(char[] b, int i, int end) {
        int k = i + 1;
        if (k >= end || !upperNotIo(b[k])) {
            return -1;
        }
        k++;
        if (k < end && (b[k] == '·' || b[k] == '•' || b[k] == '・' || b[k] == ' ')) {
            k++;
        }
        int s = k;
        int digits = 0;
        while (k < end && k - s < 7 && (upperNotIo(b[k]) || isDigit(b[k]))) {
            if (isDigit(b[k])) {
                digits++;
            }
            k++;
        }
        int n = k - s;
        if ((n == 5 || n == 6) && digits >= 3 && (k >= end || !isAlnum(b[k]))) {
            return k;
        }
        return -1;
    }

    private int cue(char[] b, int i, int end) {
        Cue[] candidates = CUES_BY_FIRST[b[i]];
        if (candidates == null) {
            return -1;
        }
        for (Cue cue : candidates) {
            String w = cue.word();
            if (i + w.length() > end || !regionMatches(b, i, w)) {
                continue;
            }
            int k = skipSeparators(b, i + w.length(), end);
            switch (cue.kind()) {
                case NAME:
                    if (namesOn) {
                        int n = extractName(b, k, end, k > i + w.length());
                        if (n > 0) {
                            names.add(new String(b, k, n));
                        }
                    }
                    return k;
                case ADDRESS:
                    int e = address(b, k, end);
                    return e > 0 ? e : k;
                case BIRTH:
                default:
                    birthCueAt = base + k;
                    return k;
            }
        }
        return -1;
    }

    private static boolean regionMatches(char[] b, int i, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (b[i + k] != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int skipSeparators(char[] b, int k, int end) {
        while (k < end && (b[k] == '：' || b[k] == ':' || b[k] == ' ' || b[k] == '\u3000')) {
            k++;
        }
        return k;
    }

    private static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
    }

    /** The length of the natural person's name at k, or 0 (an organisation, nothing name-like, already masked). */
    static int extractName(char[] b, int k, int end) {
        return extractName(b, k, end, true);
    }

    /**
     * The length of the natural person's name at k, or 0 (an organisation, nothing name-like, already masked).
     * {@code separated}: the cue was followed by a colon or blank, so what follows is surely the name.
     */
    static int extractName(char[] b, int k, int end, boolean separated) {
        int r = k;
        boolean dot = false;
        while (r < end && r - k < 40 && (isHan(b[r]) || b[r] == '·' || b[r] == '•')) {
            dot |= b[r] == '·' || b[r] == '•';
            r++;
        }
        int run = r - k;
        if (run < 2 || (!dot && !SURNAME[b[k]])) {
            return 0;
        }
        for (int x = k; x < r; x++) {
            String[] words = ORG_BY_FIRST[b[x]];
            if (words != null) {
                for (String w : words) {
                    if (x + w.length() <= r && regionMatches(b, x, w)) {
                        return 0;
                    }
                }
            }
        }
        int max = dot ? 16 : (run >= 3 && isCompound(b, k) ? 4 : 3);
        int len;
        if (run <= max && (dot || !STOP[b[r - 1]] || run == 2)) {
            len = run; // the name stands alone before punctuation: take it whole
        } else {
            len = 0;
            while (k + len < r && len < max) {
                if (len >= 2 && STOP[b[k + len]] && !dot) {
                    break;
                }
                len++;
            }
        }
        if (len < 2 || (!separated && !dot && STOP[b[k + 1]])) {
            return 0;
        }
        for (int x = k; x < k + len; x++) {
            if (b[x] == '某') {
                return 0;
            }
        }
        return len;
    }

    private static boolean isCompound(char[] b, int k) {
        return NameBookCompound.is(b[k], b[k + 1]);
    }

    private int address(char[] b, int k, int end) {
        int e = k;
        boolean closed = false;
        while (e < end && e - k <= MAX_ADDRESS) {
            char c = b[e];
            if (c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '\n' || c == '\r' || c == '\t') {
                closed = true;
                break;
            }
            e++;
        }
        if (!closed && (e - k > MAX_ADDRESS || e < end)) {
            return -1; // no end in sight: not an address (and masking half of it would not be idempotent)
        }
        while (e > k && (b[e - 1] == ' ' || b[e - 1] == '\u3000')) {
            e--;
        }
        if (e - k < 2) {
            return -1;
        }
        boolean marker = false;
        for (int x = k; x < e && !marker; x++) {
            marker = "省市区县镇乡村路街道号巷弄组栋楼室旗".indexOf(b[x]) >= 0;
        }
        if (!marker) {
            return -1;
        }
        add(PiiType.ADDRESS, b, k, e);
        return e;
    }
}
