package com.csvendor.portal.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short time, that a user name and password pair verified. HTTP Basic sends the
 * password with every request, and a PBKDF2 check at 210,000 iterations costs about a quarter of a
 * second; this keeps API calls fast without weakening the stored hash. Only a salted digest of the
 * pair is kept, never the password; any change to the user evicts it.
 */
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final byte[] pepper = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String username, Instant expires) {
    }

    public VerifiedCredentials(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(pepper);
    }

    public boolean contains(String username, char[] password) {
        Entry entry = entries.get(digest(username, password));
        return entry != null && entry.username().equals(username) && clock.instant().isBefore(entry.expires());
    }

    public void remember(String username, char[] password) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest(username, password), new Entry(username, clock.instant().plus(ttl)));
    }

    public void evict(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
