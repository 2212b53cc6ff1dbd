package com.csvendor.portal.notification.boundary;

import com.csvendor.portal.notification.control.Audience;
import com.csvendor.portal.notification.control.MailSettings;
import com.csvendor.portal.notification.control.PreferenceRepository;
import com.csvendor.portal.notification.entity.NotificationKind;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.control.UserRepository;
import com.csvendor.portal.security.entity.PortalUser;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Every user's own notification settings, and only their own: the signed-in user is the subject,
 * never a parameter. A user chooses among the kinds of their roles; the address is the
 * administrator's to set (users page or {@code PUT /api/users/{id}}).
 */
@Stateless
public class NotificationService {

    @Inject
    Caller caller;

    @Inject
    UserRepository users;

    @Inject
    PreferenceRepository preferences;

    @Inject
    MailSettings mail;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public NotificationSettings mine() {
        PortalUser me = me();
        Map<NotificationKind, Boolean> chosen = preferences.choices(me.getId());
        List<NotificationSettings.Choice> choices = NotificationKind.of(me.getRoles()).stream()
                .map(k -> new NotificationSettings.Choice(k, Audience.wants(k, me.getRoles(), chosen))).toList();
        return new NotificationSettings(me.getEmail(), me.getLanguage(), mail.enabled(), choices);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public NotificationSettings save(@NotNull @Valid NotificationSettingsForm form) {
        PortalUser me = me();
        List<NotificationKind> mayChoose = NotificationKind.of(me.getRoles());
        for (NotificationSettingsForm.Choice c : form.getNotifications()) {
            if (!mayChoose.contains(c.getKind())) {
                throw new InvalidInputException("notifications", "notification.kind.notYours", c.getKind());
            }
        }
        me.changeLanguage(form.getLanguage());
        users.written(me);
        for (NotificationSettingsForm.Choice c : form.getNotifications()) {
            preferences.choose(me.getId(), c.getKind(), c.isEnabled());
        }
        return mine();
    }

    private PortalUser me() {
        return users.findByUsername(caller.username()).orElseThrow(() -> new NotFoundException("user",
                caller.username()));
    }
}
