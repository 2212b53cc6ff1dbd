package com.csvendor.portal.demo;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.sla.control.SerialEvaluation;
import com.csvendor.portal.sla.entity.Incident;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the demo data: every signed demo contract's SLA evaluated over the dates that have KPI
 * figures (or, without figures, its cycles' fees computed), and one incident recorded — a forbidden
 * phrase in the PETS-TM seat contract five days ago — so the SLA pages show something real. Runs
 * once (while no incident exists), each contract in its own transaction; a failure is logged and
 * never stops the portal.
 */
@Startup
@Singleton
@DependsOn("DemoKpiData")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSla {

    private static final Logger LOG = Logger.getLogger(DemoSla.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "auto")
    String demoData;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String databaseUrl;

    @PersistenceContext
    EntityManager em;

    @Inject
    SerialEvaluation evaluations;

    @Inject
    UserTransaction tx;

    @PostConstruct
    void seed() {
        if (!DemoData.enabled(demoData, databaseUrl)
                || em.createQuery("SELECT COUNT(i) FROM Incident i", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Contract> contracts = em.createQuery("SELECT c FROM Contract c WHERE c.status <> :draft ORDER BY c.id",
                Contract.class).setParameter("draft", ContractStatus.DRAFT).getResultList();
        for (Contract c : contracts) {
            try {
                evaluate(c);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo SLA evaluation of " + c.getNumber() + " failed", e);
            }
        }
        contracts.stream().filter(c -> c.getNumber().startsWith("YF-PETS-") && c.getStatus().inForce()).findFirst()
                .ifPresent(this::incident);
    }

    private void evaluate(Contract c) {
        Object[] range = (Object[]) em.createNativeQuery("SELECT MIN(business_date), MAX(business_date)"
                + " FROM kpi_vendor_store_day WHERE store_id = ?1 AND vendor_id = ?2 AND business_date BETWEEN ?3 AND ?4")
                .setParameter(1, c.getStore().getId()).setParameter(2, c.getVendor().getId())
                .setParameter(3, c.getStartDate()).setParameter(4, c.getEndDate()).getSingleResult();
        if (range[0] != null) {
            evaluations.evaluate(c.getId(), date(range[0]), date(range[1]), "the demo data");
        } else {
            evaluations.recomputeCycles(c.getId(), "the demo data");
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private void incident(Contract c) {
        LocalDate day = LocalDate.now(BusinessTime.ZONE).minusDays(5);
        try {
            tx.begin();
            em.persist(new Incident(c.getId(), day, IncidentType.FORBIDDEN_PHRASE, "v" + c.versionOn(day)
                    .orElse(c.current()).getNumber() + " penalties.incidentFines[0]",
                    "质检抽查：客服在会话中回复顾客“不知道，自己看”（禁用语），会话编号 QC-20481。", new BigDecimal("200.00"),
                    "demo-data", Instant.now()));
            tx.commit();
            evaluations.recomputeCycles(c.getId(), "the demo incident");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Demo incident not recorded", e);
        }
    }
}
