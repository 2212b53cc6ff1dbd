package com.csvendor.portal.kpi.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Arrays;

/** Message arguments kept with a stored message key, as a JSON array of strings, so it is translated when shown. */
public final class MessageArgs {

    private MessageArgs() {
    }

    public static String toJson(Object... args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(args).forEach(a -> array.add(a == null ? "" : a instanceof Enum<?> e ? e.name() : a.toString()));
        String json = array.build().toString();
        return json.length() > 2000 ? json.substring(0, 1990) + "…\"]" : json;
    }

    /** A stored message key with its stored arguments, in the reader's language; {@code null} for no key. */
    public static String format(java.util.Locale locale, String key, String argsJson) {
        return key == null ? null : com.csvendor.portal.shared.Messages.format(locale, key, fromJson(argsJson));
    }

    public static Object[] fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Object[0];
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toArray();
        } catch (RuntimeException e) {
            return new Object[] {json};
        }
    }
}
