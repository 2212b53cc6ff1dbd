package com.csvendor.portal.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PortalAuthenticationMechanismTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesUtf8BasicCredentialsWithColonsInThePassword() {
        UsernamePasswordCredential c = PortalAuthenticationMechanism.decodeBasic(b64("王敏:pa:ss"));
        assertEquals("王敏", c.getCaller());
        assertEquals("pa:ss", c.getPasswordAsString());
    }

    @Test
    void rejectsMalformedHeaders() {
        assertNull(PortalAuthenticationMechanism.decodeBasic("***"));
        assertNull(PortalAuthenticationMechanism.decodeBasic(b64("no-colon")));
        assertNull(PortalAuthenticationMechanism.decodeBasic(b64(":password")));
    }

    @Test
    void logsUserNamesWithoutControlCharacters() {
        assertEquals("eve?forged line", SignInGuard.printable("eve\nforged line"));
        assertEquals(65, SignInGuard.printable("x".repeat(100)).length());
    }
}
