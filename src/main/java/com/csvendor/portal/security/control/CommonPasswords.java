package com.csvendor.portal.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The 50,000 most common passwords of 8 or more characters (a breach corpus shipped with the
 * portal: {@code security/common-passwords.txt}, its source and licence beside it). Read once, on
 * first use, into a sorted array (about 3 MB) that is searched without letter case.
 */
public final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private static final class Loaded {
        static final String[] SORTED = load();
    }

    private CommonPasswords() {
    }

    /** Whether the password, in any letter case, is one of the list. */
    public static boolean contains(String password) {
        return Arrays.binarySearch(Loaded.SORTED, password.toLowerCase(Locale.ROOT)) >= 0;
    }

    /** How many passwords the list holds (for the message that refuses one). */
    public static int size() {
        return Loaded.SORTED.length;
    }

    private static String[] load() {
        List<String> lines = new ArrayList<>(50_000);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        String[] sorted = lines.toArray(String[]::new);
        Arrays.sort(sorted);
        return sorted;
    }
}
