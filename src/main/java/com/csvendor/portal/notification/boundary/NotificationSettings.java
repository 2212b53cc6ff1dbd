package com.csvendor.portal.notification.boundary;

import com.csvendor.portal.notification.entity.NotificationKind;
import java.io.Serializable;
import java.util.List;

/**
 * One's own notification settings: the address mails go to ({@code null}: none — the administrator
 * sets it), their language ({@code zh} or {@code en}) and, for each kind of the user's roles, whether
 * they get it; {@code mailEnabled}: whether this portal sends mail at all.
 */
public record NotificationSettings(String email, String language, boolean mailEnabled, List<Choice> notifications)
        implements Serializable {

    /** One kind and whether the user gets it. */
    public record Choice(NotificationKind kind, boolean enabled) implements Serializable {
    }
}
