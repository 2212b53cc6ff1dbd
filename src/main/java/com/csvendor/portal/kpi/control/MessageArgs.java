package com.csvendor.portal.kpi.control;

import static com.csvendor.portal.shared.Jsons.JSON;

import com.csvendor.portal.shared.Messages;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Message arguments kept with a stored message key, as a JSON array, so the message is translated
 * when shown. Arguments keep their type: a number is stored as a JSON number (a message may format
 * it with {@code {0,number,#}}), anything else as text (an enum by its name). Records stored before
 * numbers were kept as numbers hold them as text; {@link Messages#formatStored} copes with those.
 */
public final class MessageArgs {

    private static final int MAX_JSON = 2000;

    private MessageArgs() {
    }

    public static String toJson(Object... args) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object a : args) {
            if (a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof Byte) {
                array.add(((Number) a).longValue());
            } else if (a instanceof BigDecimal d) {
                array.add(d);
            } else if (a instanceof BigInteger i) {
                array.add(i);
            } else if ((a instanceof Double || a instanceof Float) && Double.isFinite(((Number) a).doubleValue())) {
                array.add(BigDecimal.valueOf(((Number) a).doubleValue()));
            } else {
                array.add(a == null ? "" : a instanceof Enum<?> e ? e.name() : a.toString());
            }
        }
        String json = array.build().toString();
        return json.length() > MAX_JSON ? clipped(args) : json;
    }

    /** Over-long text arguments (a header line, a list of columns) are cut; numbers are kept whole. */
    private static String clipped(Object... args) {
        Object[] shorter = args.clone();
        int room = MAX_JSON / Math.max(1, args.length) - 8;
        for (int i = 0; i < shorter.length; i++) {
            if (shorter[i] instanceof CharSequence s && s.length() > room) {
                shorter[i] = s.subSequence(0, Math.max(0, room - 1)) + "…";
            }
        }
        return toJson(shorter);
    }

    /**
     * A stored message key with its stored arguments, in the reader's language; {@code null} for no
     * key. Never throws: one stored record must not fail a page or a list that shows it.
     */
    public static String format(Locale locale, String key, String argsJson) {
        return key == null ? null : Messages.formatStored(locale, key, fromJson(argsJson));
    }

    public static Object[] fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(MessageArgs::argument).toArray();
        } catch (RuntimeException e) {
            return new Object[] {json};
        }
    }

    private static Object argument(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Object) n.longValue() : n.bigDecimalValue();
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
