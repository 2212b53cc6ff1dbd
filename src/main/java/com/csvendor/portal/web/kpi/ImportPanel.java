package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportProfileService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.boundary.KpiImportLauncher;
import com.csvendor.portal.kpi.boundary.KpiImportService;
import com.csvendor.portal.kpi.boundary.KpiImportView;
import com.csvendor.portal.kpi.entity.ImportStatus;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One import as a page shows it: while the job runs the page polls {@link #refresh()} and shows
 * the progress, then the outcome — counts and dates, or why nothing was imported with the row
 * errors and the accounts no agent holds. The vendor lead registers those accounts as agents of
 * their vendor, then runs the import again from its stored file; the panel follows the new run.
 * Only the id lives in the view state; the import itself is read again for each request.
 */
@Dependent
public class ImportPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KpiImportService imports;

    @EJB
    ImportProfileService profiles;

    @Inject
    KpiImportLauncher launcher;

    /** The page's language; while a view action runs the view root still has the browser's. */
    @Inject
    LocaleBacking language;

    private Long importId;
    private Integer registered;
    private transient KpiImportView current;
    private transient List<ImportProfileView> profileList;

    /** Shows this import from now on; not found (as the service says) when the caller may not see it. */
    public void follow(long id) {
        current = imports.get(id, locale());
        importId = id;
        registered = null;
    }

    /** Reads the import again (the page polls this while it runs). */
    public void refresh() {
        current = importId == null ? null : imports.get(importId, locale());
    }

    public void registerAccounts() {
        try {
            registered = imports.registerUnknownAccounts(importId);
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        refresh();
    }

    public void rerun() {
        try {
            follow(launcher.rerun(importId, locale()).id());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
            refresh();
        }
    }

    /** The id of the import shown, for the page's address; else the parameter as it was given. */
    String shownIdOr(String parameter) {
        return importId != null ? importId.toString() : parameter;
    }

    public Long getImportId() {
        return importId;
    }

    public KpiImportView getCurrent() {
        if (current == null && importId != null) {
            refresh();
        }
        return current;
    }

    public boolean isShown() {
        return getCurrent() != null;
    }

    public boolean isRunning() {
        return isShown() && !current.finished();
    }

    /** Nothing left to poll for. */
    public boolean isFinished() {
        return !isRunning();
    }

    public boolean is(ImportStatus status) {
        return isShown() && current.status() == status;
    }

    public int getPercent() {
        return isShown() ? ImportLabels.percent(current.progress()) : 0;
    }

    public String getProfileName() {
        if (!isShown()) {
            return "";
        }
        if (profileList == null) {
            profileList = profiles.list();
        }
        return ImportLabels.profileName(current.profile(), profileList, locale());
    }

    public String getUploadedAt() {
        return isShown() ? ImportLabels.at(current.uploadedAt()) : "";
    }

    public String getIgnoredColumns() {
        return isShown() ? String.join(", ", current.unknownColumns()) : "";
    }

    public List<KpiImportView.ErrorView> getErrors() {
        return isShown() && current.errors() != null ? current.errors() : List.of();
    }

    public List<KpiImportView.UnknownAccount> getUnknownAccounts() {
        return isShown() && current.unknownAccounts() != null ? current.unknownAccounts() : List.of();
    }

    /** More errors than the page lists: the CSV report has them all. */
    public boolean isErrorsTruncated() {
        return isShown() && current.errorCount() > getErrors().size();
    }

    /** How many agents were just registered, or {@code null} before. */
    public Integer getRegistered() {
        return registered;
    }

    /**
     * Running again helps a failed import, and a rejected one once its unknown accounts are
     * registered; other rejections need a corrected file.
     */
    public boolean isRerunOffered() {
        return is(ImportStatus.FAILED) || is(ImportStatus.REJECTED) && registered != null;
    }

    private Locale locale() {
        return language.getLocale();
    }
}
