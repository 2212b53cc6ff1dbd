package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.ContractAuditor;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.platform.ClusterJob;
import com.csvendor.portal.platform.OncePerCluster;
import com.csvendor.portal.shared.BusinessTime;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, contracts in force whose end date has passed are renewed (auto-renewal) or expired,
 * each in its own transaction and audited as the system. With several portal instances it runs on
 * one of them ({@link OncePerCluster}); run twice all the same, it changes nothing more: a contract
 * renewed or expired is no longer ended and in force, and an instance that touches a contract
 * another one just closed meets the optimistic lock and leaves it.
 */
@Stateless
public class ContractCalendar {

    private static final Logger LOG = Logger.getLogger(ContractCalendar.class.getName());
    static final String SYSTEM = "system";
    /** Minutes for thousands of contracts; an instance that dies mid-run leaves the rest to the next night. */
    static final ClusterJob JOB = new ClusterJob("contract-renewal", Duration.ofHours(1), Duration.ofMinutes(5));

    @Inject
    ContractRepository contracts;

    @Inject
    ContractAuditor auditor;

    @Resource
    SessionContext context;

    @Inject
    OncePerCluster cluster;

    @Inject
    Clock clock;

    @Schedule(hour = "0", minute = "5", timezone = BusinessTime.ZONE_ID, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        cluster.run(JOB, this::closeEnded);
    }

    private void closeEnded() {
        LocalDate today = BusinessTime.today(clock);
        ContractCalendar self = context.getBusinessObject(ContractCalendar.class);
        for (Long id : self.ended(today)) {
            try {
                self.close(id, today);
            } catch (OptimisticLockException | jakarta.ejb.EJBException e) {
                LOG.log(Level.INFO, "Contract {0} was closed elsewhere or changed meanwhile: {1}",
                        new Object[] {id, e.getMessage()});
            }
        }
    }

    public java.util.List<Long> ended(LocalDate today) {
        return contracts.endedInForce(today);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long id, LocalDate today) {
        Contract c = contracts.getContract(id);
        String before = ContractAuditor.snapshot(c);
        if (c.closeEnded(today, SYSTEM, clock.instant())) {
            contracts.written(c);
            auditor.record(c, c.getStatus().inForce() ? "RENEWED" : "STATUS_CHANGED", SYSTEM,
                    c.getNumber() + " → " + c.getStatus() + " " + c.getEndDate(), before);
            LOG.log(Level.INFO, "Contract {0} is now {1} until {2}",
                    new Object[] {c.getNumber(), c.getStatus(), c.getEndDate()});
        }
    }
}
