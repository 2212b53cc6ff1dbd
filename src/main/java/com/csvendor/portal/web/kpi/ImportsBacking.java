package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportProfileService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.boundary.KpiImportService;
import com.csvendor.portal.kpi.boundary.KpiImportView;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The import history, newest first: a vendor lead's own uploads, a store manager's stores', every
 * import for administrators (the service decides). Times in Asia/Shanghai.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 500;

    @EJB
    KpiImportService imports;

    @EJB
    ImportProfileService profiles;

    @Inject
    LocaleBacking language;

    private transient List<KpiImportView> list;
    private transient List<ImportProfileView> profileList;

    public List<KpiImportView> getImports() {
        if (list == null) {
            list = imports.history(SHOWN, language.getLocale());
        }
        return list;
    }

    public String at(Instant instant) {
        return ImportLabels.at(instant);
    }

    public String profileName(String code) {
        if (profileList == null) {
            profileList = profiles.list();
        }
        return ImportLabels.profileName(code, profileList, language.getLocale());
    }
}
