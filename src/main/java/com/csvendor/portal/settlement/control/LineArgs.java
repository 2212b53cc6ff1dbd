package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.shared.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line's explanation arguments as stored text, so that a stored statement explains itself in any
 * language later, exactly as when it was computed: a JSON array of tagged strings — {@code n:} number,
 * {@code d:} date, {@code e:} enum (class.CONSTANT, shown by its label), {@code s:} text,
 * {@code z:} null. Numbers come back as BigDecimal, which formats as the Long or Integer did.
 */
public final class LineArgs {

    private static final String OWN_ENUMS = "com.csvendor.portal.";

    private LineArgs() {
    }

    public static String encode(List<Object> args) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (Object a : args) {
            out.add(tagged(a));
        }
        return out.build().toString();
    }

    private static String tagged(Object a) {
        if (a == null) {
            return "z:";
        } else if (a instanceof Number n) {
            return "n:" + new BigDecimal(n.toString()).toPlainString();
        } else if (a instanceof LocalDate d) {
            return "d:" + d;
        } else if (a instanceof Enum<?> e) {
            return "e:" + e.getDeclaringClass().getName() + "." + e.name();
        }
        return "s:" + a;
    }

    public static List<Object> decode(String text) {
        JsonArray array;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            array = reader.readArray();
        }
        List<Object> out = new ArrayList<>();
        for (JsonString s : array.getValuesAs(JsonString.class)) {
            String v = s.getString().substring(2);
            out.add(switch (s.getString().substring(0, 2)) {
                case "z:" -> null;
                case "n:" -> new BigDecimal(v);
                case "d:" -> LocalDate.parse(v);
                case "e:" -> constant(v);
                case "s:" -> v;
                default -> throw new IllegalArgumentException("not a line argument: " + s.getString());
            });
        }
        return Collections.unmodifiableList(out);
    }

    /** Only the portal's own enums are looked up, never an arbitrary class named in stored text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(String qualified) {
        int dot = qualified.lastIndexOf('.');
        String type = qualified.substring(0, dot);
        if (!type.startsWith(OWN_ENUMS)) {
            throw new IllegalArgumentException("not a portal enum: " + type);
        }
        try {
            Class<?> c = Class.forName(type, false, LineArgs.class.getClassLoader());
            if (!c.isEnum()) {
                throw new IllegalArgumentException("not an enum: " + type);
            }
            return Enum.valueOf((Class) c, qualified.substring(dot + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown enum " + type, e);
        }
    }
}
