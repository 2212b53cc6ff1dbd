package com.csvendor.portal.security.control;

import com.csvendor.portal.shared.InvalidInputException;
import java.util.Locale;

/**
 * What a new password must be, wherever one is set (an administrator creating or resetting a
 * user, a user changing their own): at least {@value #MIN_LENGTH} characters, not one of the
 * {@link CommonPasswords}, and not containing the user name. Length limits alone let through
 * "password1" and "12345678"; a list of breached passwords is what OWASP ASVS 5.0 (V6.2.4) and
 * NIST SP 800-63B ask for instead of composition rules, so there are none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /**
     * Refuses the password with a message saying what is wrong, about the input {@code field}.
     *
     * @param username the user whose password it becomes
     */
    public static void check(String password, String username, String field) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "password.policy.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.policy.tooShort", length, MIN_LENGTH);
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "password.policy.containsUsername", username);
        }
        if (CommonPasswords.contains(password)) {
            throw new InvalidInputException(field, "password.policy.common", CommonPasswords.size());
        }
    }
}
