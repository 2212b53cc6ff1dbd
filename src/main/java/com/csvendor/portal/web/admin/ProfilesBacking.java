package com.csvendor.portal.web.admin;

import com.csvendor.portal.kpi.boundary.ImportProfileForm;
import com.csvendor.portal.kpi.boundary.ImportProfileService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.kpi.entity.KpiField;
import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.Failures;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.web.DialogMessages;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.kpi.ImportLabels;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KPI import profiles: the list, and a dialog where the administrator edits a profile's name,
 * platform and header aliases row by row. A problem with one alias is shown next to its row.
 */
@Named
@ViewScoped
public class ProfilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DIALOG_FORM = "profile-dialog-form";
    private static final Pattern ALIAS_FIELD = Pattern.compile("aliases\\[(\\d+)]\\.(header|field)");

    @EJB
    ImportProfileService service;

    private List<ImportProfileView> profiles;
    private ImportProfileForm form = new ImportProfileForm();
    private Long editedId;

    /** A profile's name in the reader's language; the edit dialog shows the name as stored. */
    public String name(ImportProfileView profile) {
        return ImportLabels.profileName(profile, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<ImportProfileView> getProfiles() {
        if (profiles == null) {
            profiles = service.list();
        }
        return profiles;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public KpiField[] getFields() {
        return KpiField.values();
    }

    /** A new profile starts with the rows every profile needs. */
    public void startNew() {
        editedId = null;
        form = new ImportProfileForm();
        ImportProfile.REQUIRED.forEach(f -> form.getAliases().add(new ImportProfileForm.Alias(null, f)));
    }

    public void edit(ImportProfileView profile) {
        editedId = profile.id();
        form = new ImportProfileForm();
        form.setCode(profile.code());
        form.setName(profile.name());
        form.setPlatform(profile.platform());
        profile.aliases().forEach(a -> form.getAliases().add(new ImportProfileForm.Alias(a.header(), a.field())));
        form.setVersion(profile.version());
    }

    public void addAlias() {
        form.getAliases().add(new ImportProfileForm.Alias());
    }

    public void removeAlias(ImportProfileForm.Alias alias) {
        form.getAliases().remove(alias);
    }

    public void save() {
        try {
            if (editedId == null) {
                DialogMessages.saved("kpiProfile.created", service.create(form).code());
            } else {
                DialogMessages.saved("kpiProfile.updated", service.update(editedId, form).code());
            }
        } catch (RuntimeException e) {
            failed(e);
        }
        profiles = null;
    }

    public void delete(ImportProfileView profile) {
        try {
            service.delete(profile.id());
            FacesMessages.info("kpiProfile.deleted", profile.code());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        profiles = null;
    }

    /** Findings about alias rows go next to the row's input; the others as the other dialogs show them. */
    private static void failed(RuntimeException thrown) {
        if (!(Failures.unwrap(thrown) instanceof BusinessException be)
                || be.findings().stream().noneMatch(f -> f.field() != null && ALIAS_FIELD.matcher(f.field()).matches())) {
            DialogMessages.failed(DIALOG_FORM, thrown);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Finding finding : be.findings()) {
            Matcher row = ALIAS_FIELD.matcher(String.valueOf(finding.field()));
            String clientId = row.matches() ? DIALOG_FORM + ":aliases:" + row.group(1) + ":" + row.group(2) : null;
            FacesMessages.error(clientId, finding.message(faces.getViewRoot().getLocale()));
        }
        faces.validationFailed();
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public ImportProfileForm getForm() {
        return form;
    }
}
