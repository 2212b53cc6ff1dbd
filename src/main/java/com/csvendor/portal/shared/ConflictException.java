package com.csvendor.portal.shared;

/** The change clashes with existing data (a duplicate key, a stale version). */
public class ConflictException extends BusinessException {

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
