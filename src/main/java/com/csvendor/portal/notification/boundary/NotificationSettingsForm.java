package com.csvendor.portal.notification.boundary;

import com.csvendor.portal.notification.entity.NotificationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user changes of their own settings: the language of their mails and their choices. A kind
 * left out keeps its current choice; a kind that is not of the user's roles is refused.
 */
public class NotificationSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Pattern(regexp = "zh|en", message = "{user.language.unknown}")
    private String language;

    @NotNull
    private List<@NotNull @Valid Choice> notifications = new ArrayList<>();

    /** One kind and whether to get it. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private NotificationKind kind;

        private boolean enabled;

        public Choice() {
        }

        public Choice(NotificationKind kind, boolean enabled) {
            this.kind = kind;
            this.enabled = enabled;
        }

        public NotificationKind getKind() {
            return kind;
        }

        public void setKind(NotificationKind kind) {
            this.kind = kind;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Choice> getNotifications() {
        return notifications;
    }

    public void setNotifications(List<Choice> notifications) {
        this.notifications = notifications;
    }
}
