package com.csvendor.portal.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A rule of the business was not met. Carries a message key of the {@code i18n.messages} bundle,
 * its arguments and, where it concerns one input, the field's name; REST and JSF each translate
 * it once. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The input field the problem concerns, or {@code null}. */
    public String field() {
        return field;
    }

    /** Every problem reported, each with its field; a single one unless a subclass collects several. */
    public List<Finding> findings() {
        return field == null ? List.of() : List.of(new Finding(field, messageKey, arguments));
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ENGLISH);
    }
}
