package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.Finding;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

    enum Kind { SEAT, SESSION }

    record Line(long contractId, Integer count, java.math.BigDecimal amount, LocalDate day, Kind kind) {
    }

    public static class Form {
        Long id;
        int n;
        Line line;
        List<Line> lines;
        Set<Long> ids;
        Map<String, Integer> weights;
        boolean flag;
        String name;
        static long ignoredStatic;
    }

    @Test
    void aNumberBeyondALongIsRefusedWithItsFieldInsteadOfWrappingAround() {
        assertEquals(Map.of("line.contractId", "must be a whole number from -9223372036854775808 to 9223372036854775807"),
                problems("{\"line\":{\"contractId\":18446744073709551617}}", Form.class));
        assertEquals(Set.of("id"), problems("{\"id\":18446744073709551617}", Form.class).keySet());
        assertEquals(Set.of("ids[1]"), problems("{\"ids\":[1, 18446744073709551617]}", Form.class).keySet());
    }

    @Test
    void anIntBeyondItsRangeAFractionAndAWordAreEachNamed() {
        Map<String, String> problems = problems("{\"n\":3000000000,\"line\":{\"count\":1.5,\"contractId\":\"abc\"},"
                + "\"weights\":{\"price\":1e3,\"speed\":2147483648}}", Form.class);
        assertEquals(Map.of("n", "must be a whole number from -2147483648 to 2147483647",
                "line.count", "must be a whole number",
                "line.contractId", "must be a whole number",
                "weights.speed", "must be a whole number from -2147483648 to 2147483647"), problems);
    }

    @Test
    void valuesThatFitPassAsJsonBWouldTakeThem() {
        assertEquals(Map.of(), problems("{\"id\":9223372036854775807,\"n\":\"42\",\"line\":{\"contractId\":7,"
                + "\"count\":2.0,\"amount\":\"12.50\",\"day\":\"2071-03-01\",\"kind\":\"SEAT\"},\"lines\":[],"
                + "\"flag\":true,\"name\":12,\"unknown\":{\"x\":[1]},\"weights\":null}", Form.class));
    }

    @Test
    void choicesDatesListsAndObjectsAreNamedByPositionInTheCallersLanguage() {
        String body = "{\"lines\":[{\"kind\":\"SEAT\"},{\"kind\":\"HOURLY\",\"day\":\"2071-13-01\"}],"
                + "\"line\":[1],\"ids\":{\"a\":1},\"flag\":\"yes\",\"name\":{\"a\":1}}";
        assertEquals(Map.of("lines[1].kind", "must be one of: SEAT, SESSION",
                "lines[1].day", "must be written like 2026-03-01",
                "line", "must be an object with named values",
                "ids", "must be a list ([…])",
                "flag", "must be true or false",
                "name", "must be text, not a list or an object"), problems(body, Form.class));
        assertEquals("必须是以下之一：SEAT, SESSION", JsonBodyCheck.check(JsonBodyCheck.parse(bytes(body)), Form.class)
                .stream().filter(f -> f.field().equals("lines[1].kind")).findFirst().orElseThrow()
                .message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aListBodyIsCheckedElementByElement() throws NoSuchFieldException {
        Type listOfLines = Holder.class.getDeclaredField("lines").getGenericType();
        assertEquals(Set.of("[1].contractId"), problems("[{\"contractId\":1},{\"contractId\":1e30}]", listOfLines).keySet());
        assertEquals(Set.of("body"), problems("{\"contractId\":1}", listOfLines).keySet());
    }

    @Test
    void aBodyThatIsNotJsonNamesLineAndColumnWithoutTheParsersWords() {
        UnreadableBody e = assertThrows(UnreadableBody.class, () -> JsonBodyCheck.parse(bytes("{\n  \"id\": ")));
        Finding finding = e.findings().get(0);
        assertEquals("body", finding.field());
        String english = finding.message(Locale.ENGLISH);
        assertTrue(english.contains("line 2, column"), english);
        assertTrue(finding.message(Locale.SIMPLIFIED_CHINESE).contains("第 2 行"), finding.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The request body is not valid JSON for this call.", e.localizedMessage(Locale.ENGLISH));
    }

    static final class Holder {
        List<Line> lines;
    }

    private static Map<String, String> problems(String body, Type type) {
        return JsonBodyCheck.check(JsonBodyCheck.parse(bytes(body)), type).stream()
                .collect(Collectors.toMap(Finding::field, f -> f.message(Locale.ENGLISH)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
