package com.csvendor.portal.kpi.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.kpi.entity.HeaderAlias;
import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.store.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.util.List;

/** Records every change of an import profile in the audit trail, as the profile before and after. */
@ApplicationScoped
public class ImportProfileAuditor {

    public static final String SUBJECT = "KPI_PROFILE";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    /** What the audit trail keeps of a profile at one moment. */
    public record Snapshot(String code, String name, Platform platform, boolean builtIn, List<HeaderAlias> aliases) {
    }

    @Inject
    AuditLog log;

    public static String snapshot(ImportProfile p) {
        return JSONB.toJson(new Snapshot(p.getCode(), p.getName(), p.getPlatform(), p.isBuiltIn(), p.getAliases()));
    }

    /** {@code before} and {@code after} are snapshots, {@code null} where the profile did not exist. */
    public void record(ImportProfile p, String action, String actor, String before, String after) {
        log.record(SUBJECT, p.getId(), action, actor, p.getCode() + ": " + p.getAliases().size() + " header aliases",
                before, after);
    }
}
