package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.security.entity.Role;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);

    private final Account alice = user("alice", "hash-a");
    private final Account bob = user("bob", "hash-b");

    private static Account user(String name, String hash) {
        return new Account(1, name, name, hash, true, Set.of(Role.FINANCE), Set.of(), null, 0);
    }

    @Test
    void remembersTheExactPairOnly() {
        verified.remember(alice, "pw-1".toCharArray());
        assertTrue(verified.contains(alice, "pw-1".toCharArray()));
        assertFalse(verified.contains(alice, "pw-2".toCharArray()));
        assertFalse(verified.contains(bob, "pw-1".toCharArray()));
    }

    @Test
    void aPasswordChangedElsewhereMakesTheRememberedPairUseless() {
        verified.remember(alice, "pw".toCharArray());
        Account rekeyedOnAnotherInstance = user("alice", "hash-a2");
        assertFalse(verified.contains(rekeyedOnAnotherInstance, "pw".toCharArray()));
    }

    @Test
    void forgetsAfterTheTimeToLive() {
        verified.remember(alice, "pw".toCharArray());
        clock.advance(Duration.ofMinutes(5));
        assertFalse(verified.contains(alice, "pw".toCharArray()));
    }

    @Test
    void evictsAUser() {
        verified.remember(alice, "pw".toCharArray());
        verified.remember(bob, "pw".toCharArray());
        verified.evict("alice");
        assertFalse(verified.contains(alice, "pw".toCharArray()));
        assertTrue(verified.contains(bob, "pw".toCharArray()));
    }
}
