package io.github.zhifa.benchmarks.redaction;

import cn.hutool.core.lang.RegexPool;
import cn.hutool.core.util.DesensitizedUtil;
import io.github.zhifa.core.id.ResidentIdNumber;
import io.github.zhifa.disclosure.redact.RedactionProfile;
import io.github.zhifa.disclosure.redact.Redactor;
import io.github.zhifa.disclosure.redact.SyntheticCorpus;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Redaction throughput on a corpus of synthetic penalty decisions (the same generator as the disclosure tests):
 * zhifa's one-pass scanner (names, addresses, dates of birth, secret terms included) beside one big alternation
 * {@code java.util.regex} pattern (identifiers only, ID checksum verified on match) and beside hutool's
 * {@code RegexPool} patterns + {@code DesensitizedUtil} maskers, one pass per pattern, the way hutool is used. Each
 * operation redacts the whole corpus; MB/s = ops/s × {@link #corpusBytes} / 10^6 (UTF-8 bytes, printed at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RedactionBenchmark {
    private static final String BOUNDARY_BEFORE = "(?<![0-9A-Za-z])";
    private static final String BOUNDARY_AFTER = "(?![0-9A-Za-z])";

    /** The baseline: every identifier kind in one alternation. */
    static final Pattern ALTERNATION = Pattern.compile(BOUNDARY_BEFORE + "(?:"
            + "(?<id>[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx])"
            + "|(?<mobile>(?:86)?1[3-9]\\d{9})"
            + "|(?<card>62\\d{14,17}|\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?)"
            + "|(?<landline>0\\d{2,3}-\\d{7,8})"
            + "|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})"
            + "|(?<passport>E[0-9A-HJ-NP-Z]\\d{7}|[DSP]E\\d{7})"
            + "|(?<permit>[HMCL]\\d{8}(?:\\d{2})?)"
            + ")" + BOUNDARY_AFTER
            + "|(?<plate>[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5,6})"
            + BOUNDARY_AFTER);

    private static final Pattern HUTOOL_ID = Pattern.compile(RegexPool.CITIZEN_ID);
    private static final Pattern HUTOOL_MOBILE = Pattern.compile(RegexPool.MOBILE);
    private static final Pattern HUTOOL_TEL = Pattern.compile(RegexPool.TEL);
    private static final Pattern HUTOOL_EMAIL = Pattern.compile(RegexPool.EMAIL, Pattern.CASE_INSENSITIVE);
    private static final Pattern CARD = Pattern.compile("62\\d{14,17}");
    private static final Pattern PLATE =
            Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}");

    String corpus;
    /** The corpus size in UTF-8 bytes. */
    public long corpusBytes;

    Redactor zhifa;
    Redactor zhifaNoTerms;

    /** Builds the corpus (200 decisions, 500 secret terms). */
    @Setup
    public void setup() {
        List<String> terms = SyntheticCorpus.secretTerms(500);
        StringBuilder sb = new StringBuilder();
        for (SyntheticCorpus.Doc d : new SyntheticCorpus(20261129L, terms).generate(200)) {
            sb.append(d.text());
        }
        corpus = sb.toString();
        corpusBytes = corpus.getBytes(StandardCharsets.UTF_8).length;
        zhifa = Redactor.builder()
                .profile(RedactionProfile.defaults())
                .secretTerms(terms)
                .build();
        zhifaNoTerms = Redactor.of(RedactionProfile.defaults());
        System.out.println("corpus: " + corpus.length() + " chars, " + corpusBytes + " UTF-8 bytes");
    }

    /**
     * zhifa, whole text (names learned first, every kind, 500 secret terms).
     *
     * @return the redacted text
     */
    @Benchmark
    public String zhifaWholeText() {
        return zhifa.redact(corpus).text();
    }

    /**
     * zhifa, streaming Reader→Writer with bounded memory, findings to a listener.
     *
     * @return the number of findings
     * @throws IOException never (in-memory reader)
     */
    @Benchmark
    public long zhifaStreaming() throws IOException {
        return zhifa.redact(new StringReader(corpus), Writer.nullWriter(), List.of(), f -> {})
                .total();
    }

    /**
     * The baseline: one alternation of identifier patterns, ID checksum verified, masked with '*'.
     *
     * @return the redacted text
     */
    @Benchmark
    public String regexAlternation() {
        Matcher m = ALTERNATION.matcher(corpus);
        StringBuilder sb = new StringBuilder(corpus.length());
        int last = 0;
        while (m.find()) {
            String id = m.group("id");
            if (id != null && !ResidentIdNumber.isValid18(id, 0)) {
                continue;
            }
            sb.append(corpus, last, m.start()).append("*".repeat(m.end() - m.start()));
            last = m.end();
        }
        return sb.append(corpus, last, corpus.length()).toString();
    }

    /**
     * hutool: RegexPool patterns to find, DesensitizedUtil to mask, one pass per kind.
     *
     * @return the redacted text
     */
    @Benchmark
    public String hutoolDesensitized() {
        String s = corpus;
        s = replace(s, HUTOOL_ID, v -> DesensitizedUtil.idCardNum(v, 0, 0));
        s = replace(s, HUTOOL_MOBILE, DesensitizedUtil::mobilePhone);
        s = replace(s, HUTOOL_TEL, DesensitizedUtil::fixedPhone);
        s = replace(s, HUTOOL_EMAIL, DesensitizedUtil::email);
        s = replace(s, CARD, DesensitizedUtil::bankCard);
        s = replace(s, PLATE, DesensitizedUtil::carLicense);
        return s;
    }

    private static String replace(String s, Pattern p, Function<String, String> mask) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            sb.append(s, last, m.start()).append(mask.apply(m.group()));
            last = m.end();
        }
        return sb.append(s, last, s.length()).toString();
    }
}
