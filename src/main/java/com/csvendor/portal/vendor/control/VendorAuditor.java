package com.csvendor.portal.vendor.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.audit.control.Snapshots;
import com.csvendor.portal.vendor.entity.Agent;
import com.csvendor.portal.vendor.entity.AgentStatus;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records every change of a vendor or an agent (with its platform accounts) in the audit trail,
 * as the subject before and after.
 */
@ApplicationScoped
public class VendorAuditor {

    public static final String VENDOR = "VENDOR";
    public static final String AGENT = "AGENT";

    /** What the audit trail keeps of a vendor at one moment. */
    public record VendorSnapshot(String name, String legalName, String creditCode, TaxpayerType taxpayerType,
            String contactName, String contactPhone, String contactEmail, boolean active) {
    }

    /** What the audit trail keeps of an agent at one moment; accounts as "store code/account name", sorted. */
    public record AgentSnapshot(String vendor, String displayName, AgentStatus status, List<String> accounts) {
    }

    @Inject
    AuditLog log;

    public static String snapshot(Vendor v) {
        return Snapshots.json(new VendorSnapshot(v.getName(), v.getLegalName(), v.getCreditCode().value(),
                v.getTaxpayerType(), v.getContact().getName(), v.getContact().getPhone(), v.getContact().getEmail(),
                v.isActive()));
    }

    public static String snapshot(Agent a) {
        List<String> accounts = a.getAccounts().stream()
                .map(acc -> acc.getStore().getCode() + "/" + acc.getAccountName()).sorted().toList();
        return Snapshots.json(new AgentSnapshot(a.getVendor().getName(), a.getDisplayName(), a.getStatus(), accounts));
    }

    /** {@code before} is the snapshot taken before the change, {@code null} for a new vendor. */
    public void record(Vendor v, String action, String actor, String before) {
        log.recordChange(VENDOR, v.getId(), action, actor, v.getName(), before, snapshot(v));
    }

    /** {@code before} is the snapshot taken before the change, {@code null} for a new agent. */
    public void record(Agent a, String action, String actor, String before) {
        log.recordChange(AGENT, a.getId(), action, actor, a.getVendor().getName() + " " + a.getDisplayName(), before,
                snapshot(a));
    }
}
