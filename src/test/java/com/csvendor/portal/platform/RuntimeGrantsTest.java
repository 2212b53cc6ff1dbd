package com.csvendor.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeGrantsTest {

    @Test
    void theRuntimeUserChangesRowsOfEveryTableButOnlyAppendsToTheAuditTrailAndLeavesTheHistoryAlone() {
        assertEquals(List.of(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `contract` TO 'csvportal'@'%'",
                "GRANT SELECT, INSERT ON `audit_entry` TO 'csvportal'@'%'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `odd``name` TO 'csvportal'@'%'"),
                RuntimeGrants.statements("'csvportal'@'%'", List.of("contract", "audit_entry", "flyway_schema_history",
                        "odd`name")));
    }

    @Test
    void theAccountIsQuotedFromWhatCurrentUserAnswers() {
        assertEquals("'csvp_it'@'127.0.0.1'", RuntimeGrants.account("csvp_it@127.0.0.1"));
        assertEquals("'a@b'@'%'", RuntimeGrants.account("a@b@%"), "the host follows the last @");
        assertEquals("'o''brien'@'localhost'", RuntimeGrants.account("o'brien@localhost"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeGrants.account("nobody"));
    }
}
