package com.csvendor.portal.store.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.audit.control.Snapshots;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Records every change of a store's master data in the audit trail, as the store before and after. */
@ApplicationScoped
public class StoreAuditor {

    public static final String SUBJECT = "STORE";

    /** What the audit trail keeps of a store at one moment. */
    public record Snapshot(String code, String name, Platform platform, String timeZone, boolean active) {
    }

    @Inject
    AuditLog log;

    public static String snapshot(Store s) {
        return Snapshots.json(new Snapshot(s.getCode(), s.getName(), s.getPlatform(), s.getTimeZone(), s.isActive()));
    }

    /** {@code before} is the snapshot taken before the change, {@code null} for a new store. */
    public void record(Store s, String action, String actor, String before) {
        log.recordChange(SUBJECT, s.getId(), action, actor, s.getCode(), before, snapshot(s));
    }
}
