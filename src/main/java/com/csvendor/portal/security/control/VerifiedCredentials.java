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
 * pair is kept, never the password. The digest covers the stored hash the pair verified against,
 * so a password changed on any portal instance makes the remembered pair useless here at once;
 * a change on this instance also evicts the user.
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

    /** Whether this password verified against the user's stored hash, as the user is now, a short time ago. */
    public boolean contains(Account user, char[] password) {
        Entry entry = entries.get(digest(user, password));
        return entry != null && entry.username().equals(user.username()) && clock.instant().isBefore(entry.expires());
    }

    public void remember(Account user, char[] password) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest(user, password), new Entry(user.username(), clock.instant().plus(ttl)));
    }

    public void evict(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String digest(Account user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(user.username().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(user.passwordHash().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
