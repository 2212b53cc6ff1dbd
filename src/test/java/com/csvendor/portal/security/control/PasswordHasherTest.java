package com.csvendor.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesPbkdf2Sha512WithAtLeast210000IterationsAndA32ByteSalt() {
        String[] parts = hasher.hash("secret-pass".toCharArray()).split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("secret-pass".toCharArray());
        assertTrue(hasher.verify("secret-pass".toCharArray(), stored));
        assertFalse(hasher.verify("secret-pasS".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void readsTheIterationsFromTheStoredValue() {
        String older = new PasswordHasher(1_000).hash("pw".toCharArray());
        assertTrue(hasher.verify("pw".toCharArray(), older));
    }

    @Test
    void refusesMalformedOrTamperedValues() {
        String stored = hasher.hash("pw".toCharArray());
        String[] parts = stored.split(":");
        assertFalse(hasher.verify("pw".toCharArray(), null));
        assertFalse(hasher.verify("pw".toCharArray(), "plain"));
        assertFalse(hasher.verify("pw".toCharArray(), parts[0] + ":" + parts[1] + ":!!:" + parts[3]));
        assertFalse(hasher.verify("pw".toCharArray(), parts[0] + ":" + parts[1] + ":" + parts[2] + ":"
                + Base64.getEncoder().encodeToString(new byte[64])));
    }
}
