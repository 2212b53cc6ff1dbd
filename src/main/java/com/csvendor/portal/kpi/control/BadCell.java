package com.csvendor.portal.kpi.control;

/** Why a cell's text is not a value of its field: a message key and its arguments. */
final class BadCell extends Exception {

    private final String key;
    private final transient Object[] arguments;

    BadCell(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
