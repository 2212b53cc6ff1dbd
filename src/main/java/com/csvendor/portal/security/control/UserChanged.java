package com.csvendor.portal.security.control;

/** Fired (CDI event) when a user's password, roles, scope or state changed: kept copies must go. */
public record UserChanged(String username) {
}
