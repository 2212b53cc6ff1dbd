package com.csvendor.portal.notification.control;

import com.csvendor.portal.contract.entity.StaffingRequestChanged;
import com.csvendor.portal.kpi.entity.KpiRejected;
import com.csvendor.portal.settlement.entity.StatementTransitioned;
import com.csvendor.portal.sla.entity.DisputeChanged;
import com.csvendor.portal.sla.entity.ReportFellDueMissing;
import com.csvendor.portal.sla.entity.TerminationRightReached;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Observes the events worth a notification once their transaction has committed
 * ({@link TransactionPhase#AFTER_SUCCESS}: a rolled-back action sends nothing) and hands each to the
 * {@link Dispatcher}, which returns at once: the business action never waits for a mail, and never
 * fails because of one. Does nothing while mail is off.
 */
@ApplicationScoped
public class NotificationTrigger {

    private static final Logger LOG = Logger.getLogger(NotificationTrigger.class.getName());

    @Inject
    MailSettings settings;

    @EJB
    Dispatcher dispatcher;

    @PostConstruct
    void announce() {
        LOG.info(() -> "Notifications by e-mail: " + settings);
    }

    void statement(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementTransitioned e) {
        hand(e);
    }

    void dispute(@Observes(during = TransactionPhase.AFTER_SUCCESS) DisputeChanged e) {
        hand(e);
    }

    void refused(@Observes(during = TransactionPhase.AFTER_SUCCESS) KpiRejected e) {
        hand(e);
    }

    void terminationRight(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminationRightReached e) {
        hand(e);
    }

    void staffing(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffingRequestChanged e) {
        hand(e);
    }

    void reportMissing(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportFellDueMissing e) {
        hand(e);
    }

    private void hand(Object event) {
        if (!settings.enabled()) {
            return;
        }
        try {
            dispatcher.dispatch(event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No notification sent for " + event, e);
        }
    }
}
