package io.github.zhifa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A holiday schedule in zhifa's human-reviewable text format: the national data bundled with zhifa, an extra year, a
 * correction, or a regional overlay (放假办法 art. 4). Immutable and thread-safe.
 *
 * <p>The format, line by line ({@code #} starts a comment, fields are separated by blanks):
 *
 * <pre>
 * zhifa-schedule 1
 * scope national                                      (or: scope region 450000 广西壮族自治区)
 * year 2027 notice=国办发明电〔2026〕N号 checked=text   (optional: replace=yes to correct a year already loaded)
 * block 2027-10-01..2027-10-07 国庆节 statutory=2027-10-01..2027-10-03 makeup=2027-09-26,2027-10-09
 * </pre>
 *
 * <p>{@code block} lists a run of rest days with its name, its statutory days ({@code statutory=}, may be empty) and
 * the Saturdays or Sundays worked for it ({@code makeup=}); an optional {@code notice=} overrides the year's notice
 * for a mid-year change. Dates are ISO {@code yyyy-MM-dd}; lists are comma-separated dates or ranges {@code a..b}.
 * Everything is checked when parsed; a mistake throws {@link ScheduleFormatException} naming the source and line, and
 * two blocks claiming the same day throw {@link ScheduleConflictException} naming both lines.
 *
 * <pre>{@code
 * HolidaySchedule extra = HolidaySchedule.read(Path.of("china-2027.schedule"));
 * ChinaCalendar calendar = ChinaCalendar.official().with(extra);
 * }</pre>
 */
public final class HolidaySchedule {
    private static final String HEADER = "zhifa-schedule";
    private static final int MAX_LINES = 100_000;

    private final String source;
    private final String regionCode;
    private final String regionName;
    private final List<ScheduleYear> years;
    private final List<HolidayBlock> blocks;

    private HolidaySchedule(
            String source, String regionCode, String regionName, List<ScheduleYear> years, List<HolidayBlock> blocks) {
        this.source = source;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.years = List.copyOf(years);
        this.blocks = List.copyOf(blocks);
    }

    /**
     * One {@code year} line of a schedule. Immutable.
     *
     * @param year the calendar year the notice fixes
     * @param notice the notice, e.g. {@code 国办发明电〔2023〕7号}
     * @param checked how the data was checked ({@code text}, {@code dates} or {@code no})
     * @param replace whether this year replaces a year already loaded (a correction)
     * @param source where the line is (schedule source and line)
     */
    public record ScheduleYear(int year, String notice, String checked, boolean replace, String source) {
        /**
         * Checks the components.
         *
         * @param year the year
         * @param notice the notice
         * @param checked how it was checked
         * @param replace whether it replaces a loaded year
         * @param source where it is defined
         */
        public ScheduleYear {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(checked, "checked");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Parses a schedule from text.
     *
     * @param text the schedule text
     * @param sourceName a name for the source, used in error messages and explanations (e.g. a file name)
     * @return the schedule
     * @throws ScheduleFormatException if the text breaks the format
     * @throws ScheduleConflictException if two blocks claim the same day
     */
    public static HolidaySchedule parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return parseLines(text.lines().toList(), sourceName);
    }

    /**
     * Reads a schedule file (UTF-8).
     *
     * @param path the file
     * @return the schedule
     * @throws IOException if the file cannot be read
     * @throws ScheduleFormatException if the file breaks the format
     * @throws ScheduleConflictException if two blocks claim the same day
     */
    public static HolidaySchedule read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(
                    in,
                    path.getFileName() == null
                            ? path.toString()
                            : path.getFileName().toString());
        }
    }

    /**
     * Reads a schedule from a stream (UTF-8). The stream is not closed.
     *
     * @param in the stream
     * @param sourceName a name for the source, used in error messages and explanations
     * @return the schedule
     * @throws IOException if the stream cannot be read
     * @throws ScheduleFormatException if the text breaks the format
     * @throws ScheduleConflictException if two blocks claim the same day
     */
    public static HolidaySchedule read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (lines.size() >= MAX_LINES) {
                throw new ScheduleFormatException(sourceName, "more than " + MAX_LINES + " lines");
            }
            lines.add(line);
        }
        return parseLines(lines, sourceName);
    }

    /**
     * The source name given when the schedule was read.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Whether this is a regional overlay ({@code scope region ...}) rather than national data.
     *
     * @return true for a regional overlay
     */
    public boolean isRegional() {
        return !regionCode.isEmpty();
    }

    /**
     * The region's administrative division code, for a regional overlay.
     *
     * @return the code, or empty for national data
     */
    public Optional<String> regionCode() {
        return regionCode.isEmpty() ? Optional.empty() : Optional.of(regionCode);
    }

    /**
     * The region's name, for a regional overlay.
     *
     * @return the name, or empty for national data
     */
    public Optional<String> regionName() {
        return regionName.isEmpty() ? Optional.empty() : Optional.of(regionName);
    }

    /**
     * The {@code year} lines, in file order.
     *
     * @return the years
     */
    public List<ScheduleYear> years() {
        return years;
    }

    /**
     * The holiday blocks, in file order.
     *
     * @return the blocks
     */
    public List<HolidayBlock> blocks() {
        return blocks;
    }

    @Override
    public String toString() {
        return "HolidaySchedule[" + source + (isRegional() ? ", region " + regionCode : "") + ", " + years.size()
                + " year(s), " + blocks.size() + " block(s)]";
    }

    private static HolidaySchedule parseLines(List<String> lines, String sourceName) {
        String regionCode = null;
        String regionName = "";
        boolean headerSeen = false;
        List<ScheduleYear> years = new ArrayList<>();
        List<HolidayBlock> blocks = new ArrayList<>();
        Set<Integer> yearNumbers = new HashSet<>();
        Map<LocalDate, String> claimed = new LinkedHashMap<>();
        ScheduleYear current = null;
        for (int i = 0; i < lines.size(); i++) {
            String where = sourceName + ":" + (i + 1);
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (!headerSeen) {
                if (f.length != 2 || !f[0].equals(HEADER) || !f[1].equals("1")) {
                    throw new ScheduleFormatException(
                            where, "the first line must be 'zhifa-schedule 1', found " + shown(line));
                }
                headerSeen = true;
                continue;
            }
            switch (f[0]) {
                case "scope" -> {
                    if (regionCode != null) {
                        throw new ScheduleFormatException(where, "a second 'scope' line");
                    }
                    if (f.length == 2 && f[1].equals("national")) {
                        regionCode = "";
                    } else if (f.length >= 3 && f[1].equals("region")) {
                        regionCode = f[2];
                        regionName = f.length > 3 ? String.join(" ", List.of(f).subList(3, f.length)) : "";
                    } else {
                        throw new ScheduleFormatException(
                                where, "expected 'scope national' or 'scope region <code>" + " <name>'");
                    }
                }
                case "year" -> {
                    requireScope(regionCode, where);
                    current = parseYear(f, where);
                    if (!yearNumbers.add(current.year())) {
                        throw new ScheduleFormatException(where, "year " + current.year() + " appears twice");
                    }
                    years.add(current);
                }
                case "block" -> {
                    requireScope(regionCode, where);
                    if (current == null) {
                        throw new ScheduleFormatException(where, "a 'block' before any 'year' line");
                    }
                    HolidayBlock block = parseBlock(f, current, where);
                    claim(claimed, block, where);
                    blocks.add(block);
                }
                default -> throw new ScheduleFormatException(
                        where, "unknown line kind '" + f[0] + "' (expected scope, year or block)");
            }
        }
        if (!headerSeen) {
            throw new ScheduleFormatException(sourceName, "empty schedule: the first line must be 'zhifa-schedule 1'");
        }
        if (regionCode == null) {
            throw new ScheduleFormatException(sourceName, "no 'scope' line");
        }
        return new HolidaySchedule(sourceName, regionCode, regionName, years, blocks);
    }

    private static void requireScope(String regionCode, String where) {
        if (regionCode == null) {
            throw new ScheduleFormatException(where, "the 'scope' line must come before years and blocks");
        }
    }

    private static void claim(Map<LocalDate, String> claimed, HolidayBlock block, String where) {
        for (LocalDate d = block.first(); !d.isAfter(block.last()); d = d.plusDays(1)) {
            String before = claimed.putIfAbsent(d, where);
            if (before != null) {
                throw new ScheduleConflictException(d + " is claimed by two blocks", before, where);
            }
        }
        for (LocalDate d : block.makeupWorkdays()) {
            String before = claimed.putIfAbsent(d, where);
            if (before != null) {
                throw new ScheduleConflictException(d + " is claimed by two blocks", before, where);
            }
        }
    }

    private static ScheduleYear parseYear(String[] f, String where) {
        if (f.length < 2) {
            throw new ScheduleFormatException(where, "expected 'year <YYYY> notice=<notice>'");
        }
        int year;
        try {
            year = Integer.parseInt(f[1]);
        } catch (NumberFormatException e) {
            throw new ScheduleFormatException(where, "not a year: '" + f[1] + "'");
        }
        if (year < 1950 || year > 2200) {
            throw new ScheduleFormatException(where, "year out of range 1950–2200: " + year);
        }
        Map<String, String> attrs = attributes(f, 2, where, Set.of("notice", "checked", "replace"));
        String notice = attrs.get("notice");
        if (notice == null || notice.isEmpty()) {
            throw new ScheduleFormatException(where, "year " + year + " has no notice= (the notice fixing it)");
        }
        String checked = attrs.getOrDefault("checked", "no");
        if (!Set.of("text", "dates", "no").contains(checked)) {
            throw new ScheduleFormatException(where, "checked= must be text, dates or no, found " + shown(checked));
        }
        String replace = attrs.getOrDefault("replace", "no");
        if (!replace.equals("yes") && !replace.equals("no")) {
            throw new ScheduleFormatException(where, "replace= must be yes or no, found " + shown(replace));
        }
        return new ScheduleYear(year, notice, checked, replace.equals("yes"), where);
    }

    private static HolidayBlock parseBlock(String[] f, ScheduleYear year, String where) {
        if (f.length < 3) {
            throw new ScheduleFormatException(where, "expected 'block <from>[..<to>] <name> statutory=<dates>'");
        }
        List<LocalDate> range = dates(f[1], where);
        LocalDate first = range.get(0);
        LocalDate last = range.get(range.size() - 1);
        if (range.size() > 31) {
            throw new ScheduleFormatException(where, "a block longer than 31 days: " + f[1]);
        }
        if (Math.abs(first.getYear() - year.year()) > 1 || Math.abs(last.getYear() - year.year()) > 1) {
            throw new ScheduleFormatException(where, "block " + f[1] + " is not near its year " + year.year());
        }
        String name = f[2];
        if (name.contains("=")) {
            throw new ScheduleFormatException(where, "the block needs a name before its attributes");
        }
        Map<String, String> attrs = attributes(f, 3, where, Set.of("statutory", "makeup", "notice"));
        if (!attrs.containsKey("statutory")) {
            throw new ScheduleFormatException(
                    where,
                    "block " + name + " has no statutory= (write statutory= with" + " nothing after it if none)");
        }
        List<LocalDate> statutory = attrs.get("statutory").isEmpty() ? List.of() : dates(attrs.get("statutory"), where);
        for (LocalDate d : statutory) {
            if (d.isBefore(first) || d.isAfter(last)) {
                throw new ScheduleFormatException(where, "statutory day " + d + " is outside the block " + f[1]);
            }
        }
        List<LocalDate> makeup =
                attrs.getOrDefault("makeup", "").isEmpty() ? List.of() : dates(attrs.get("makeup"), where);
        for (LocalDate d : makeup) {
            if (!d.isBefore(first) && !d.isAfter(last)) {
                throw new ScheduleFormatException(where, "make-up workday " + d + " is inside its own block " + f[1]);
            }
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new ScheduleFormatException(
                        where, "make-up workday " + d + " is a " + d.getDayOfWeek() + ", not a Saturday or Sunday");
            }
        }
        String notice = attrs.getOrDefault("notice", year.notice());
        return new HolidayBlock(year.year(), name, first, last, statutory, makeup, notice, where);
    }

    private static Map<String, String> attributes(String[] f, int from, String where, Set<String> allowed) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = from; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            if (eq <= 0) {
                throw new ScheduleFormatException(where, "expected key=value, found " + shown(f[i]));
            }
            String key = f[i].substring(0, eq);
            if (!allowed.contains(key)) {
                throw new ScheduleFormatException(
                        where,
                        "unknown attribute '" + key + "' (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (attrs.put(key, f[i].substring(eq + 1)) != null) {
                throw new ScheduleFormatException(where, "attribute '" + key + "' given twice");
            }
        }
        return attrs;
    }

    private static List<LocalDate> dates(String list, String where) {
        List<LocalDate> out = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            int dots = item.indexOf("..");
            if (dots >= 0) {
                LocalDate a = date(item.substring(0, dots), where);
                LocalDate b = date(item.substring(dots + 2), where);
                if (b.isBefore(a)) {
                    throw new ScheduleFormatException(where, "range ends before it starts: " + item);
                }
                if (b.toEpochDay() - a.toEpochDay() > 366) {
                    throw new ScheduleFormatException(where, "range longer than a year: " + item);
                }
                for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
                    out.add(d);
                }
            } else {
                out.add(date(item, where));
            }
        }
        for (int i = 1; i < out.size(); i++) {
            if (!out.get(i).isAfter(out.get(i - 1))) {
                throw new ScheduleFormatException(
                        where, "dates must be listed in increasing order without repeats: " + list);
            }
        }
        return out;
    }

    private static LocalDate date(String s, String where) {
        if (s.length() != 10) {
            throw new ScheduleFormatException(where, "not an ISO date (yyyy-MM-dd): '" + s + "'");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ScheduleFormatException(where, "not an ISO date (yyyy-MM-dd): '" + s + "'");
        }
    }

    /**
     * Quotes a piece of a schedule file in an error, unless it is long or holds a run of digits: when the wrong file
     * is loaded, the piece is a line of someone's data, which must not reach logs.
     */
    private static String shown(String piece) {
        int digitRun = 0;
        boolean quote = piece.length() <= 32;
        for (int i = 0; i < piece.length() && quote; i++) {
            digitRun = Character.isDigit(piece.charAt(i)) ? digitRun + 1 : 0;
            quote = digitRun < 9 && piece.charAt(i) != '@';
        }
        return quote ? "'" + piece + "'" : "a text of " + piece.length() + " characters (not shown)";
    }
}
