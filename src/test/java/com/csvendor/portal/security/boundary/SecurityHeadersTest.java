package com.csvendor.portal.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void scriptsComeOnlyFromThePortalNeverInlineOrEvaluated() {
        String scripts = SecurityHeaders.CSP.substring(SecurityHeaders.CSP.indexOf("script-src"));
        assertEquals("script-src 'self'", scripts);
        assertFalse(SecurityHeaders.CSP.contains("unsafe-eval"));
    }

    @Test
    void aPageGetsThePortalsPolicyWithTheNoncePrimeFacesAnnounces() {
        assertEquals(Optional.of(SecurityHeaders.CSP + " 'nonce-YWJjZGVmZ2hpamts'"),
                SecurityHeaders.withNonceOf("script-src 'self' 'nonce-YWJjZGVmZ2hpamts';"));
        assertTrue(SecurityHeaders.withNonceOf("script-src 'self' 'unsafe-inline'").isEmpty(),
                "a policy without a nonce never replaces the portal's");
        assertTrue(SecurityHeaders.withNonceOf("script-src 'nonce-a'; x 'unsafe-inline'").isEmpty());
    }
}
