package com.csvendor.portal.security.control;

import com.csvendor.portal.security.entity.Role;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in browser session keeps of its sign-in: the user name, a fingerprint of the
 * password hash it was opened with and when. The session never keeps roles: on every request
 * {@link #groups} answers the user's groups as the directory has them now, or nothing when the
 * user is gone or deactivated, the password changed since, or the session outlived its absolute
 * lifetime — so a demoted, deactivated or re-keyed user loses the session with the next request.
 */
public record SessionSignIn(String username, String passwordStamp, Instant signedInAt) implements Serializable {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = SessionSignIn.class.getName();

    public static SessionSignIn of(Account account, Instant now) {
        return new SessionSignIn(account.username(), stamp(account.passwordHash()), now);
    }

    /**
     * The same sign-in after its user changed their own password in this session: the session
     * carries on (with its original sign-in time), every other session of the user ends.
     */
    public SessionSignIn rekeyed(Account now) {
        if (!now.username().equals(username)) {
            throw new IllegalArgumentException("a session is re-keyed for its own user only");
        }
        return new SessionSignIn(username, stamp(now.passwordHash()), signedInAt);
    }

    /** The groups for this request, or empty when the session must end. */
    public Optional<Set<String>> groups(Optional<Account> now, Instant at, Duration lifetime) {
        if (at.isAfter(signedInAt.plus(lifetime))) {
            return Optional.empty();
        }
        return now.filter(Account::active).filter(a -> stamp(a.passwordHash()).equals(passwordStamp))
                .map(a -> a.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** A one-way fingerprint: the session (which may travel to other instances) never holds the hash itself. */
    static String stamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
