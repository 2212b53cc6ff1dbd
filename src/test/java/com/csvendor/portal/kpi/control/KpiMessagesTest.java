package com.csvendor.portal.kpi.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.shared.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the parser raises formats in English and Chinese (that the bundles agree: MessageBundlesTest). */
class KpiMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(kpi\\.(?:file|row|value|bundle)\\.[A-Za-z]+)\"");

    @Test
    void everyKeyTheParserUsesIsTranslatedAndFormats() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/com/csvendor/portal/kpi/control"))) {
            for (Path source : sources.toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 25, used::toString);
        for (String key : used) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                String text = Messages.format(locale, key, 7L, 8L, 9L);
                assertFalse(text.equals(key) || text.contains("{"), locale + " " + key + ": " + text);
            }
        }
    }
}
