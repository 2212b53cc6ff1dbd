package com.csvendor.portal.kpi.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/** The broken-file corpus ({@code src/test/resources/kpi/corpus-broken}): its files, dated, and the key each is refused with. */
public final class BrokenCorpus {

    public static final String DIR = "src/test/resources/kpi/corpus-broken/";

    private BrokenCorpus() {
    }

    /** File name → the message key it is refused with. */
    public static Properties expected() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(DIR + "expected.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * A corpus file's bytes with {@code {{DAY}}} and {@code {{DAY+1}}} replaced by {@code day} and the
     * day after (ASCII, so any encoding and any broken byte of the file survive).
     */
    public static byte[] file(String name, LocalDate day) throws IOException {
        String latin = new String(Files.readAllBytes(Path.of(DIR + name)), StandardCharsets.ISO_8859_1);
        return latin.replace("{{DAY+1}}", day.plusDays(1).toString()).replace("{{DAY}}", day.toString())
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
