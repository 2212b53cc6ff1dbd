package com.csvendor.portal.kpi.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What every cell goes through before it is read as a value, and the kinds of rows real exports
 * have besides data: blank rows, summary rows (汇总, 合计, Total…) and note lines (注：…).
 */
final class Cells {

    /** At most three characters each (a longer cell is never one). */
    private static final Set<String> NOT_REPORTED = Set.of("-", "--", "---", "—", "——", "―", "–");
    private static final List<String> SUMMARY_WORDS = List.of("汇总", "合计", "总计", "小计", "平均值", "平均",
            "total", "totals", "sum", "average", "avg", "subtotal", "grandtotal");
    /** Pinduoduo's performance table opens with 店铺总计 (and may show 店铺平均): the shop's, not an agent's. */
    private static final List<String> SHOP_PREFIXES = List.of("店铺", "全店");
    private static final List<String> NOTE_PREFIXES = List.of("注", "备注", "说明", "数据说明", "数据来源", "统计",
            "note", "*", "※");

    private Cells() {
    }

    /** The text without surrounding white space (also no-break, ideographic and zero-width) and without Excel's {@code ="…"} guard. */
    static String clean(String raw) {
        String s = strip(raw);
        if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            s = strip(s.substring(2, s.length() - 1));
        }
        return s;
    }

    static boolean blank(String raw) {
        return strip(raw).isEmpty();
    }

    /** Empty or a dash: the export has no figure for this agent and day. */
    static boolean notReported(String cleaned) {
        return cleaned.isEmpty() || cleaned.length() <= 3 && dash(cleaned.charAt(0)) && NOT_REPORTED.contains(cleaned);
    }

    /** What every {@link #NOT_REPORTED} text starts with: a figure never does, so it skips the set. */
    private static boolean dash(char c) {
        return c == '-' || c == '—' || c == '―' || c == '–';
    }

    /** Full-width digits, signs and symbols as ASCII (NFKC), for reading numbers and dates. */
    static String ascii(String cleaned) {
        for (int i = 0; i < cleaned.length(); i++) {
            if (cleaned.charAt(i) >= 0x80) {
                return Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
            }
        }
        return cleaned;
    }

    /**
     * A summary word alone, or followed by punctuation ({@code 合计:}, {@code 汇总（全部客服）}), also
     * after 店铺 or 全店 ({@code 店铺总计}); a
     * word merely starting with one ({@code 总计划}, {@code Totally}) is not a summary.
     */
    static boolean isSummary(String cleaned) {
        if (cleaned.isEmpty() || cleaned.charAt(0) < 0x80 && "tsagTSAG".indexOf(cleaned.charAt(0)) < 0) {
            // Every summary word starts with t, s, a, g or a CJK character; most cells (figures,
            // account names) are refused here without normalising and lower-casing them per row.
            return false;
        }
        String s = ascii(cleaned).toLowerCase(Locale.ROOT).replace(" ", "");
        for (String shop : SHOP_PREFIXES) {
            s = s.startsWith(shop) && s.length() > shop.length() ? s.substring(shop.length()) : s;
        }
        for (String word : SUMMARY_WORDS) {
            if (s.startsWith(word) && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A footnote or sub-title line: its only text starts like {@code 注：}, {@code 统计时间…}, {@code Note:}. */
    static boolean isNote(String cleaned) {
        String s = ascii(cleaned).toLowerCase(Locale.ROOT);
        return NOTE_PREFIXES.stream().anyMatch(s::startsWith);
    }

    /** The cells up to the last one with text: exports pad rows with empty columns. */
    static List<String> withoutBlankTail(List<String> cells) {
        int end = cells.size();
        while (end > 0 && blank(cells.get(end - 1))) {
            end--;
        }
        return end == cells.size() ? cells : cells.subList(0, end);
    }

    private static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        int length = raw.length();
        if (length == 0 || visible(raw.charAt(0)) && visible(raw.charAt(length - 1))) {
            return raw;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && ignorable(raw.charAt(start))) {
            start++;
        }
        while (end > start && ignorable(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Printable ASCII other than the space: never {@link #ignorable}, decided without a table lookup. */
    private static boolean visible(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static boolean ignorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u200C' || c == '\u200D';
    }
}
