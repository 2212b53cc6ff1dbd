package com.csvendor.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PrimeFaces 15.0.13, the newest 15.0.x, bundles js-cookie 3.0.5, whose {@code Cookies.set}
 * copies the attributes object with a plain for-in (CVE-2026-46625): attributes parsed from JSON
 * with a {@code "__proto__"} member can inject cookie attributes. Nothing reaches it here: the
 * portal's pages never call js-cookie, and PrimeFaces itself calls it only with attribute objects
 * written in its code. This test keeps both true for as long as the bundled copy is affected.
 */
class JsCookieExposureTest {

    private static final List<String> SCRIPTS = List.of("primefaces/core.js", "primefaces/filedownload/filedownload.js");

    @Test
    void primeFacesCallsTheAffectedJsCookieOnlyWithLiteralAttributes() throws IOException {
        String core = script("primefaces/core.js");
        Matcher version = Pattern.compile("js-cookie v(\\d+)\\.(\\d+)\\.(\\d+)").matcher(core);
        assertTrue(version.find(), "PrimeFaces no longer names its js-cookie: check CVE-2026-46625 again");
        boolean affected = Integer.parseInt(version.group(1)) < 3 || version.group(1).equals("3")
                && version.group(2).equals("0") && Integer.parseInt(version.group(3)) <= 5;
        if (!affected) {
            return;
        }
        int calls = 0;
        for (String name : SCRIPTS) {
            String text = script(name);
            Matcher call = Pattern.compile("\\.(setCookie|deleteCookie)\\(([^()]*)\\)").matcher(text);
            while (call.find()) {
                String[] arguments = call.group(2).split(",", 3);
                assertTrue(arguments.length == 3 && arguments[2].startsWith("{"),
                        () -> name + " passes attributes that are not a literal: " + call.group());
                calls++;
            }
            Matcher direct = Pattern.compile("Cookies\\.(set|remove)\\(").matcher(text);
            int directCalls = 0;
            while (direct.find()) {
                directCalls++;
            }
            assertEquals(name.endsWith("core.js") ? 2 : 0, directCalls,
                    name + ": js-cookie is called directly somewhere new (only setCookie and deleteCookie wrap it)");
        }
        assertEquals(3, calls, "PrimeFaces' calls of setCookie/deleteCookie changed: check each for CVE-2026-46625");
    }

    @Test
    void thePortalsPagesNeverCallJsCookie() throws IOException {
        List<String> callers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("Cookies.") || text.contains("setCookie") || text.contains("deleteCookie")) {
                    callers.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), callers);
    }

    private static String script(String name) throws IOException {
        try (InputStream in = JsCookieExposureTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
