package com.csvendor.portal.shared;

/** One input value breaks a rule that Bean Validation cannot express (a check character, a zone id). */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
