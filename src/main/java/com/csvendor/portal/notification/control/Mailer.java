package com.csvendor.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mails over SMTP ({@link MailSettings}), off the caller's thread: each mail is tried at once
 * and, while the server refuses or cannot be reached, again after the retry delay (doubled each
 * time) up to {@code portal.mail.attempts} times; then it is given up and logged (SEVERE, with the
 * recipient's user name and the subject) — a mail is never retried forever, and nothing waits for it.
 * Retries live in memory: a mail still waiting for one when the server stops is lost (logged at
 * each failure).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    MailSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile Session session;

    /** A mail for a user, ready to send. */
    public record Outgoing(String username, MailText.Mail mail) {
    }

    /** Hands the mail to the container's threads: returns at once. */
    public void send(Outgoing out) {
        scheduler.execute(() -> attempt(out, 1));
    }

    void attempt(Outgoing out, int n) {
        try {
            deliver(out.mail());
            LOG.fine(() -> "Mail to " + out.username() + " sent: " + out.mail().subject());
        } catch (MessagingException | RuntimeException e) {
            if (n < settings.attempts()) {
                long wait = settings.delaySeconds(n + 1);
                LOG.log(Level.WARNING, "Mail to {0} (\"{1}\") failed, attempt {2} of {3}; retrying in {4} s: {5}",
                        new Object[] {out.username(), out.mail().subject(), n, settings.attempts(), wait, e.toString()});
                scheduler.schedule(() -> attempt(out, n + 1), wait, TimeUnit.SECONDS);
            } else {
                LOG.log(Level.SEVERE, "Mail to {0} (\"{1}\") given up after {2} attempts: {3}",
                        new Object[] {out.username(), out.mail().subject(), n, e.toString()});
            }
        }
    }

    private void deliver(MailText.Mail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress(settings.from(), true));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        m.setSubject(mail.subject(), "UTF-8");
        m.setText(mail.body(), "UTF-8");
        m.setHeader("Content-Language", mail.locale().toLanguageTag());
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setSentDate(java.util.Date.from(Instant.now()));
        if (settings.user().isPresent()) {
            Transport.send(m, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(m);
        }
    }

    private Session session() {
        Session s = session;
        if (s == null) {
            s = Session.getInstance(settings.session());
            session = s;
        }
        return s;
    }
}
