package com.csvendor.portal.platform;

import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.Messages;
import com.csvendor.portal.shared.RuleViolations;
import java.util.List;
import java.util.Locale;

/** A JSON body that is not JSON, or has values its fields cannot take: a 400 naming each place. */
public class UnreadableBody extends RuleViolations {

    public UnreadableBody(List<Finding> findings) {
        super(findings);
    }

    @Override
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, "error.body");
    }
}
