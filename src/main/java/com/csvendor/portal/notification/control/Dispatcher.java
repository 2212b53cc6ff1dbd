package com.csvendor.portal.notification.control;

import com.csvendor.portal.security.control.UserRepository;
import com.csvendor.portal.security.entity.PortalUser;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a committed event into mails, on the EJB container's asynchronous threads in a read
 * transaction of its own: the notice ({@link Notices}), its audience ({@link Audience}) among the
 * users with an e-mail address, one mail per user in their language ({@link MailText}), handed to
 * the {@link Mailer}. A failure here is logged and goes no further: the action it reports has long
 * been committed.
 */
@Stateless
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    Notices notices;

    @Inject
    UserRepository users;

    @Inject
    PreferenceRepository preferences;

    @Inject
    MailSettings settings;

    @Inject
    Mailer mailer;

    @Asynchronous
    public void dispatch(Object event) {
        try {
            notices.of(event).ifPresent(this::send);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No notification sent for " + event, e);
        }
    }

    private void send(Notice notice) {
        List<PortalUser> withEmail = users.findWithEmail();
        Map<Long, Map<com.csvendor.portal.notification.entity.NotificationKind, Boolean>> choices = preferences
                .choices(withEmail.stream().map(PortalUser::getId).toList());
        List<Audience.Member> members = withEmail.stream().map(u -> member(u, choices.getOrDefault(u.getId(), Map.of())))
                .toList();
        for (Audience.Member m : Audience.of(notice, members)) {
            mailer.send(new Mailer.Outgoing(m.username(), MailText.of(notice, m.email(), m.locale(),
                    settings.baseUrl())));
        }
    }

    static Audience.Member member(PortalUser u,
            Map<com.csvendor.portal.notification.entity.NotificationKind, Boolean> choices) {
        return new Audience.Member(u.getUsername(), u.getEmail(), u.locale(), u.isActive(), u.getRoles(),
                u.getVendorId(), u.getStoreIds(), choices);
    }
}
