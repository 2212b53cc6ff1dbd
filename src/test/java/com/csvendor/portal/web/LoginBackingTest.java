package com.csvendor.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "/stores/list.xhtml, /stores/list.xhtml",
        "/vendors/agents.xhtml?vendor=3, /vendors/agents.xhtml?vendor=3",
        "NULL, /index.xhtml",
        "//evil.example/x, /index.xhtml",
        "https://evil.example, /index.xhtml",
        "/\\evil.example, /index.xhtml",
        "/login.xhtml, /index.xhtml"})
    void returnsOnlyToPagesOfThePortal(String next, String expected) {
        LoginBacking backing = new LoginBacking();
        backing.setNext(next);
        assertEquals(expected, backing.safeNext());
    }
}
