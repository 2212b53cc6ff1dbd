package com.csvendor.portal.kpi.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The text of a numeric workbook cell, in forms the row parser reads whatever the viewer's locale:
 * dates as ISO {@code yyyy-MM-dd} (with {@code HH:mm:ss} when the format shows a time), a time-only
 * format as a duration {@code H:mm:ss}, a percent format as {@code 99.71%}, any other number plain
 * — never grouped, never with an exponent, at most 15 significant digits as Excel shows them.
 * DataFormatter is not used: its output follows the JVM's locale ({@code m/d/yy}).
 */
final class XlsxNumbers {

    private enum Rendering { PLAIN, PERCENT, DATE, DATE_TIME, DURATION }

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Rendering> renderings = new HashMap<>();

    XlsxNumbers(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    String text(String raw, int styleIndex) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return raw;
        }
        Rendering rendering = renderings.computeIfAbsent(styleIndex, this::rendering);
        if (rendering != Rendering.PLAIN && rendering != Rendering.PERCENT && !DateUtil.isValidExcelDate(value)) {
            rendering = Rendering.PLAIN;
        }
        return switch (rendering) {
            case PLAIN -> plain(new BigDecimal(raw.trim()));
            case PERCENT -> plain(new BigDecimal(raw.trim()).movePointRight(2)) + "%";
            case DATE -> DATE.format(dateTime(value));
            case DATE_TIME -> DATE_TIME.format(dateTime(value));
            case DURATION -> duration(value);
        };
    }

    static String plain(BigDecimal number) {
        BigDecimal shown = number.round(EXCEL_DIGITS).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    private LocalDateTime dateTime(double value) {
        return DateUtil.getLocalDateTime(value, date1904, true);
    }

    /** Hours may pass 24 ({@code [h]:mm:ss}); seconds keep up to milliseconds. */
    private static String duration(double days) {
        BigDecimal seconds = BigDecimal.valueOf(days).multiply(BigDecimal.valueOf(86_400)).setScale(3, RoundingMode.HALF_UP);
        long whole = seconds.longValue();
        String fraction = plain(seconds.remainder(BigDecimal.ONE));
        String text = String.format("%d:%02d:%02d", whole / 3600, whole % 3600 / 60, whole % 60);
        return "0".equals(fraction) ? text : text + fraction.substring(fraction.indexOf('.'));
    }

    private Rendering rendering(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return Rendering.PLAIN;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        int formatIndex = style.getDataFormat();
        String format = style.getDataFormatString();
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatIndex);
        }
        if (format == null) {
            return Rendering.PLAIN;
        }
        String bare = bare(format);
        if (DateUtil.isADateFormat(formatIndex, format)) {
            boolean hasDate = bare.contains("y") || bare.contains("d") || bare.contains("e") || bare.contains("g");
            boolean hasTime = bare.contains("h") || bare.contains("s");
            return !hasDate ? Rendering.DURATION : hasTime ? Rendering.DATE_TIME : Rendering.DATE;
        }
        return bare.contains("%") ? Rendering.PERCENT : Rendering.PLAIN;
    }

    /**
     * The first section of a format, lower case, without quoted literals, escaped characters and
     * bracketed colours, conditions and locales; elapsed-time brackets ({@code [h]}) keep their code.
     */
    private static String bare(String format) {
        String section = format.split(";", -1)[0];
        return section.replaceAll("\"[^\"]*\"|\\\\.", "")
                .replaceAll("\\[([hHmMsS]+)\\]", "$1")
                .replaceAll("\\[[^\\]]*\\]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
