package com.csvendor.portal.kpi.boundary;

import com.csvendor.portal.kpi.control.ImportProfileAuditor;
import com.csvendor.portal.kpi.control.ImportProfileRepository;
import com.csvendor.portal.kpi.entity.HeaderAlias;
import com.csvendor.portal.kpi.entity.ImportProfile;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * KPI import profiles. Every signed-in role reads them (a vendor lead chooses one when uploading);
 * only administrators create, edit and delete them, and every change is audited. A built-in
 * profile may be edited but not deleted; a profile's code is unique and never changes.
 */
@Stateless
public class ImportProfileService {

    @Inject
    ImportProfileRepository profiles;

    @Inject
    ImportProfileAuditor auditor;

    @Inject
    Caller caller;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ImportProfileView> list() {
        return profiles.findAll().stream().map(ImportProfileView::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ImportProfileView get(long id) {
        return ImportProfileView.of(profiles.getProfile(id));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ImportProfileView create(@NotNull @Valid ImportProfileForm form) {
        profiles.findByCode(form.getCode()).ifPresent(p -> {
            throw new ConflictException("code", "kpiProfile.code.taken", p.getCode());
        });
        ImportProfile profile = profiles.add(new ImportProfile(form.getCode(), form.getName(), form.getPlatform(),
                aliasesOf(form)));
        auditor.record(profile, "CREATED", caller.username(), null, ImportProfileAuditor.snapshot(profile));
        return ImportProfileView.of(profile);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ImportProfileView update(long id, @NotNull @Valid ImportProfileForm form) {
        ImportProfile profile = profiles.getProfile(id);
        Versions.check(form.getVersion(), profile.getVersion());
        if (!profile.getCode().equalsIgnoreCase(form.getCode().strip())) {
            throw new InvalidInputException("code", "kpiProfile.code.immutable");
        }
        String before = ImportProfileAuditor.snapshot(profile);
        profile.rename(form.getName());
        profile.changePlatform(form.getPlatform());
        profile.replaceAliases(aliasesOf(form));
        profiles.written(profile);
        auditor.record(profile, "UPDATED", caller.username(), before, ImportProfileAuditor.snapshot(profile));
        return ImportProfileView.of(profile);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id) {
        ImportProfile profile = profiles.getProfile(id);
        if (profile.isBuiltIn()) {
            throw new ConflictException(null, "kpiProfile.builtIn.delete", profile.getCode());
        }
        String before = ImportProfileAuditor.snapshot(profile);
        auditor.record(profile, "DELETED", caller.username(), before, null);
        profiles.remove(profile);
    }

    private static List<HeaderAlias> aliasesOf(ImportProfileForm form) {
        return form.getAliases().stream().map(a -> new HeaderAlias(a.getHeader(), a.getField())).toList();
    }
}
