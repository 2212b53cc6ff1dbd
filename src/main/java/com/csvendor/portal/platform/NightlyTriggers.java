package com.csvendor.portal.platform;

import com.csvendor.portal.contract.boundary.ContractCalendar;
import com.csvendor.portal.settlement.boundary.StatementCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Extra triggers of the nightly jobs, from configuration: {@code portal.nightly.extra-minutes} (unset
 * in production) is a minute expression of the EJB timer syntax — {@code *}{@code /5}, {@code 0,30} —
 * at whose second 0 of every hour this instance fires the nightly contract renewal and then the
 * nightly statement generation, exactly as their own 00:05 and 02:10 triggers do. Every instance
 * given the same expression fires at the same moment, which is how the cluster check proves that
 * such a moment runs each job once ({@link OncePerCluster}).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NightlyTriggers {

    private static final Logger LOG = Logger.getLogger(NightlyTriggers.class.getName());
    static final String PROPERTY = "portal.nightly.extra-minutes";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> minutes;

    @Resource
    TimerService timers;

    @EJB
    ContractCalendar contracts;

    @EJB
    StatementCalendar statements;

    @PostConstruct
    void schedule() {
        Optional<String> at = minutes.map(String::strip).filter(m -> !m.isEmpty());
        if (at.isEmpty()) {
            return;
        }
        try {
            timers.createCalendarTimer(new ScheduleExpression().hour("*").minute(at.get()).second("0"),
                    new TimerConfig("nightly jobs, extra trigger (" + PROPERTY + ")", false));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " '" + at.get()
                    + "' is not a minute expression such as */5 or 0,30", e);
        }
        LOG.log(Level.WARNING, "The nightly jobs also fire at minute {0} of every hour ({1})",
                new Object[] {at.get(), PROPERTY});
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        LOG.log(Level.INFO, "Extra trigger of the nightly jobs ({0}): contract renewal, then statement generation",
                PROPERTY);
        try {
            contracts.nightly();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Contract renewal at the extra trigger failed", e);
        }
        statements.nightly();
    }
}
