package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.entity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionSignInTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-05T01:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);

    private static Account account(boolean active, String hash, Role... roles) {
        return new Account(7, "zhou", "财务 周婷", hash, active, Set.of(roles), Set.of(), null, 0);
    }

    private final SessionSignIn session = SessionSignIn.of(account(true, "hash-1", Role.ADMIN), SIGNED_IN);

    @Test
    void theGroupsAreTheUsersRolesAsTheyAreNowNotAsTheyWereAtSignIn() {
        Optional<Set<String>> groups = session.groups(Optional.of(account(true, "hash-1", Role.FINANCE)),
                SIGNED_IN.plusSeconds(5), LIFETIME);
        assertEquals(Optional.of(Set.of("FINANCE")), groups);
    }

    @Test
    void aDeactivatedOrDeletedUserEndsTheSession() {
        assertTrue(session.groups(Optional.of(account(false, "hash-1", Role.ADMIN)), SIGNED_IN, LIFETIME).isEmpty());
        assertTrue(session.groups(Optional.empty(), SIGNED_IN, LIFETIME).isEmpty());
    }

    @Test
    void aSessionReKeyedByItsUsersOwnPasswordChangeCarriesOnWithItsSignInTimeAndTheOthersEnd() {
        Account changed = account(true, "hash-2", Role.ADMIN);
        SessionSignIn kept = session.rekeyed(changed);
        assertEquals(SIGNED_IN, kept.signedInAt(), "the absolute lifetime still counts from the sign-in");
        assertFalse(kept.groups(Optional.of(changed), SIGNED_IN.plusSeconds(5), LIFETIME).isEmpty());
        assertTrue(session.groups(Optional.of(changed), SIGNED_IN.plusSeconds(5), LIFETIME).isEmpty(),
                "another session of the same user, still on the old password, ends");
        Account other = new Account(8, "li", "李", "hash-2", true, Set.of(Role.ADMIN), Set.of(), null, 0);
        assertThrows(IllegalArgumentException.class, () -> session.rekeyed(other));
    }

    @Test
    void aPasswordChangedSinceTheSignInEndsTheSession() {
        assertTrue(session.groups(Optional.of(account(true, "hash-2", Role.ADMIN)), SIGNED_IN, LIFETIME).isEmpty());
    }

    @Test
    void theSessionEndsAfterItsAbsoluteLifetimeWhateverTheActivity() {
        Optional<Account> same = Optional.of(account(true, "hash-1", Role.ADMIN));
        assertFalse(session.groups(same, SIGNED_IN.plus(LIFETIME), LIFETIME).isEmpty(), "the last moment still counts");
        assertTrue(session.groups(same, SIGNED_IN.plus(LIFETIME).plusSeconds(1), LIFETIME).isEmpty());
    }

    @Test
    void theSessionKeepsAFingerprintNotThePasswordHash() {
        assertFalse(session.passwordStamp().contains("hash-1"));
        assertEquals(32, session.passwordStamp().length());
    }
}
