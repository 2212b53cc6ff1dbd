package com.csvendor.portal.contract.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.audit.entity.AuditEntry;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.TermsJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Records every change of a contract in the audit trail as a snapshot before and after: parties,
 * life cycle and the terms of the current version.
 */
@ApplicationScoped
public class ContractAuditor {

    public static final String SUBJECT = "CONTRACT";

    /** What the audit trail keeps of a contract at one moment. */
    public record Snapshot(String number, String store, String vendor, LocalDate signedOn, ContractStatus status,
            LocalDate statusSince, String statusReason, int version, LocalDate effectiveFrom, ContractTerms terms) {
    }

    @Inject
    AuditLog log;

    public static String snapshot(Contract c) {
        return TermsJson.writeRecord(new Snapshot(c.getNumber(), c.getStore().getCode(), c.getVendor().getName(),
                c.getSignedOn(), c.getStatus(), c.getStatusSince(), c.getStatusReason(), c.current().getNumber(),
                c.current().getEffectiveFrom(), c.current().getTerms()));
    }

    public void record(Contract c, String action, String actor, String summary, String before) {
        log.record(SUBJECT, c.getId(), action, actor, summary, before, snapshot(c));
    }

    public List<AuditEntry> entriesOf(Contract c) {
        return log.entriesOf(SUBJECT, c.getId());
    }
}
