package com.csvendor.portal.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusalLogTest {

    @Test
    void aRoleRefusalIsLoggedWithUserMethodPathAndClient() {
        assertEquals(Optional.of("Refused 403: user finance PUT /api/users/7 from 203.0.113.9"),
                RefusalLog.line(403, "finance", "PUT", "/api/users/7", "203.0.113.9"));
    }

    @Test
    void aRefusalOfAnAnonymousRequestForItsRoleIsLoggedToo() {
        assertTrue(RefusalLog.line(403, null, "GET", "/admin/users.xhtml", "::1").orElseThrow()
                .contains("(anonymous)"));
    }

    @Test
    void theChallengeToAnAnonymousFirstRequestIsNotLoggedButA401OfAKnownUserIs() {
        assertEquals(Optional.empty(), RefusalLog.line(401, null, "GET", "/api/me", "::1"));
        assertTrue(RefusalLog.line(401, "manager", "POST", "/api/contracts", "::1").isPresent());
    }

    @Test
    void otherAnswersAreNotLogged() {
        assertEquals(Optional.empty(), RefusalLog.line(200, "admin", "GET", "/api/users", "::1"));
        assertEquals(Optional.empty(), RefusalLog.line(404, "vendor", "GET", "/api/stores/9", "::1"));
    }

    @Test
    void controlCharactersInThePathCannotForgeALogLine() {
        String line = RefusalLog.line(403, "vendor", "GET", "/api/x\nRefused 403: user admin", "::1").orElseThrow();
        assertTrue(!line.contains("\n"), line);
    }
}
