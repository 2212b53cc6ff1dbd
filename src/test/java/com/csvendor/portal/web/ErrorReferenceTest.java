package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The reference an error page shows is unique enough to find one log entry, and that entry says what failed. */
class ErrorReferenceTest {

    @Test
    void referencesAreShortUnambiguousAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = ErrorReference.next();
            assertTrue(id.matches("ERR-[2-9A-HJKMNP-Z]{8}"), id);
            assertTrue(seen.add(id), "repeated: " + id);
        }
    }

    @Test
    void aServerErrorIsLoggedSevereWithTheExceptionAndTheReference() {
        IllegalStateException thrown = new IllegalStateException("boom");
        LogRecord r = ErrorReference.record("ERR-ABCDEFGH", 500, "/portal/settlement/statement.xhtml", "finance",
                thrown);
        assertEquals(Level.SEVERE, r.getLevel());
        assertSame(thrown, r.getThrown());
        String line = MessageFormat.format(r.getMessage(), r.getParameters());
        assertTrue(line.contains("ERR-ABCDEFGH") && line.contains("HTTP 500") && line.contains("finance")
                && line.contains("/portal/settlement/statement.xhtml") && line.contains("boom"), line);
    }

    @Test
    void notFoundForbiddenAndAnExpiredViewAreThePortalAnsweringLoggedAsInfo() {
        LogRecord missing = ErrorReference.record("ERR-ABCDEFGH", 404, "/portal/x.xhtml", null, null);
        assertEquals(Level.INFO, missing.getLevel());
        assertNull(missing.getThrown());
        assertTrue(MessageFormat.format(missing.getMessage(), missing.getParameters()).contains("(user -)"));
        assertEquals(Level.INFO, ErrorReference.record("ERR-ABCDEFGH", 403, "/p", "vendor", null).getLevel());
        assertEquals(Level.INFO, ErrorReference.record("ERR-ABCDEFGH", 500, "/p", "vendor",
                new ServletException(new ViewExpiredException("expired"))).getLevel());
    }
}
