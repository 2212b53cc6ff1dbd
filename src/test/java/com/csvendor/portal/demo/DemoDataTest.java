package com.csvendor.portal.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void seedsTheEmbeddedDatabaseByDefaultOnly() {
        assertTrue(DemoData.enabled("auto", "jdbc:h2:file:./data/csvportal"));
        assertFalse(DemoData.enabled("auto", "jdbc:mysql://db/portal"));
    }

    @Test
    void theFlagDecidesElsewhere() {
        assertTrue(DemoData.enabled("true", "jdbc:mysql://db/portal"));
        assertFalse(DemoData.enabled("false", "jdbc:h2:file:./data/csvportal"));
    }
}
