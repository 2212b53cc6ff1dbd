package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Messages stored with an import (its failure, its row errors) are shown from what was stored: the
 * arguments as read back from {@code failure_args} / {@code message_args}, not as the caller passed
 * them. A refused file once stored a row number as text for {@code {0,number,#}} and every history
 * page answered 500.
 */
class StoredMessagesTest {

    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE};

    /** The arguments each caller stores with a key whose message formats numbers, as the callers pass them. */
    private static final Map<String, Object[]> STORED_BY_CALLERS = new LinkedHashMap<>();

    static {
        STORED_BY_CALLERS.put("kpi.file.encoding", new Object[] {4L});
        STORED_BY_CALLERS.put("kpi.file.csvSyntax", new Object[] {4L});
        STORED_BY_CALLERS.put("kpi.file.unclosedQuote", new Object[] {4L});
        STORED_BY_CALLERS.put("kpi.file.tooManyColumns", new Object[] {4L, 200});
        STORED_BY_CALLERS.put("kpi.file.tooManyRows", new Object[] {500L});
        STORED_BY_CALLERS.put("kpi.file.tooLarge", new Object[] {"61.2", "50.0"});
        STORED_BY_CALLERS.put("kpi.row.cutOff", new Object[] {4L, 4, 18});
        STORED_BY_CALLERS.put("kpi.row.shortRow", new Object[] {4L, 4, 18});
        STORED_BY_CALLERS.put("kpi.row.emptier", new Object[] {"接待人数", "2026-11-20", "148"});
        STORED_BY_CALLERS.put("kpi.row.duplicate", new Object[] {4L});
        STORED_BY_CALLERS.put("kpi.row.exceeds", new Object[] {12L, "询单人数", 10L});
        STORED_BY_CALLERS.put("kpi.row.ratingsExceeded", new Object[] {3L, 2L, 4L});
        STORED_BY_CALLERS.put("kpi.import.rowErrors", new Object[] {3L});
    }

    @Test
    void theArgumentsCallersStoreFormatInBothLanguagesAfterBeingReadBack() {
        for (Map.Entry<String, Object[]> e : STORED_BY_CALLERS.entrySet()) {
            Object[] stored = MessageArgs.fromJson(MessageArgs.toJson(e.getValue()));
            for (Locale locale : LOCALES) {
                String text = strictly(locale, e.getKey(), stored);
                assertTrue(text.contains(String.valueOf(e.getValue()[0])), locale + " " + e.getKey() + ": " + text);
            }
        }
    }

    @Test
    void everyKeyOfBothBundlesFormatsWithArgumentsOfTheTypesItsPatternExpectsAfterBeingStored() throws IOException {
        int formatted = 0;
        for (String bundle : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Locale locale = bundle.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            Properties p = bundle(bundle);
            for (String key : p.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(p.getProperty(key), locale);
                Object[] args = new Object[format.getFormatsByArgumentIndex().length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = sample(format.getFormatsByArgumentIndex()[i]);
                }
                Object[] stored = MessageArgs.fromJson(MessageArgs.toJson(args));
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof Date) {
                        stored[i] = args[i]; // no stored message formats a date: callers store ISO text
                    }
                }
                format.format(stored);
                formatted++;
            }
        }
        assertTrue(formatted > 2000, "keys formatted: " + formatted);
    }

    @Test
    void numbersKeepTheirTypeThroughStorage() {
        Object[] back = MessageArgs.fromJson(MessageArgs.toJson(7L, 200, new java.math.BigDecimal("93.36"), "x",
                java.time.LocalDate.of(2026, 11, 20), Locale.Category.FORMAT));
        assertEquals(7L, back[0]);
        assertEquals(200L, back[1]);
        assertEquals(new java.math.BigDecimal("93.36"), back[2]);
        assertEquals("x", back[3]);
        assertEquals("2026-11-20", back[4]);
        assertEquals("FORMAT", back[5]);
        assertEquals(List.of(new java.math.BigDecimal("0.5"), "NaN"), List.of(MessageArgs.fromJson(MessageArgs.toJson(0.5, Double.NaN))));
    }

    @Test
    void aNumberStoredAsTextByAnOlderVersionIsStillShownAsTheNumber() {
        assertEquals("Row 5 has more than 200 columns. Remove the columns that are not part of the report.",
                MessageArgs.format(Locale.ENGLISH, "kpi.file.tooManyColumns", "[\"5\",\"200\"]"));
    }

    @Test
    void aStoredRecordThatCannotBeFormattedIsShownPlainlyInsteadOfFailing() {
        String text = MessageArgs.format(Locale.ENGLISH, "kpi.file.tooManyColumns", "[\"=cmd|' /C calc'!A0\",\"200\"]");
        assertTrue(text.startsWith("Row =cmd|' /C calc'!A0 has more than 200 columns"), text);
        assertEquals("kpi.no.such.key [4]", MessageArgs.format(Locale.ENGLISH, "kpi.no.such.key", "[4]"));
        assertTrue(MessageArgs.format(Locale.ENGLISH, "kpi.file.encoding", "not json").contains("at line not json"));
    }

    @Test
    void overLongTextArgumentsAreCutButStayValidJsonWithTheirNumbers() {
        Object[] back = MessageArgs.fromJson(MessageArgs.toJson(9L, "列".repeat(5000)));
        assertEquals(9L, back[0]);
        assertTrue(((String) back[1]).length() < 1000);
        assertTrue(MessageArgs.toJson(9L, "列".repeat(5000)).length() <= 2000);
    }

    /** Formats as the pages do, but fails the test where the pages would fall back to the plain rendering. */
    private static String strictly(Locale locale, String key, Object[] stored) {
        String pattern = java.util.ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        String text = new MessageFormat(pattern, locale).format(stored);
        assertFalse(text.contains("{"), key + ": " + text);
        return text;
    }

    private static Object sample(Format format) {
        if (format instanceof NumberFormat || format instanceof ChoiceFormat) {
            return 3L;
        }
        return format instanceof DateFormat ? new Date(0) : "text";
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StoredMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
