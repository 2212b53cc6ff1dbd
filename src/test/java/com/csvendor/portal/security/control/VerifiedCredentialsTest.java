package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);

    @Test
    void remembersTheExactPairOnly() {
        verified.remember("alice", "pw-1".toCharArray());
        assertTrue(verified.contains("alice", "pw-1".toCharArray()));
        assertFalse(verified.contains("alice", "pw-2".toCharArray()));
        assertFalse(verified.contains("bob", "pw-1".toCharArray()));
    }

    @Test
    void forgetsAfterTheTimeToLive() {
        verified.remember("alice", "pw".toCharArray());
        clock.advance(Duration.ofMinutes(5));
        assertFalse(verified.contains("alice", "pw".toCharArray()));
    }

    @Test
    void evictsAUser() {
        verified.remember("alice", "pw".toCharArray());
        verified.remember("bob", "pw".toCharArray());
        verified.evict("alice");
        assertFalse(verified.contains("alice", "pw".toCharArray()));
        assertTrue(verified.contains("bob", "pw".toCharArray()));
    }
}
