package com.csvendor.portal.web.kpi;

import com.csvendor.portal.kpi.boundary.ImportProfileService;
import com.csvendor.portal.kpi.boundary.ImportProfileView;
import com.csvendor.portal.kpi.boundary.KpiImportLauncher;
import com.csvendor.portal.kpi.control.UploadStore;
import com.csvendor.portal.kpi.entity.ImportChannel;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.web.ErrorPages;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.LocaleBacking;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FilesUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The vendor lead's upload page: the store (unless the file has a store column) and the profile
 * (detected unless chosen) are set as they are picked, then a dropped file (a report or a ZIP of
 * reports) is uploaded at once and the page follows its import; several files chosen together are
 * one import. {@code ?import=N} shows an import again, so that switching the
 * language keeps the result on the page.
 */
@Named
@ViewScoped
public class UploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiImportLauncher imports;

    @EJB
    StoreService stores;

    @EJB
    ImportProfileService profiles;

    @Inject
    UploadStore uploads;

    @Inject
    ImportPanel panel;

    @Inject
    LocaleBacking language;

    private String importParam;
    private String storeCode;
    private String profileCode;
    private boolean replaceEmptier;
    private List<StoreView> storeChoices;
    private List<ImportProfileView> profileChoices;

    public void load() throws IOException {
        if (importParam == null || importParam.isBlank()) {
            return;
        }
        Long id = ErrorPages.id(importParam).orElse(null);
        if (id == null) {
            ErrorPages.send(404);
            return;
        }
        try {
            panel.follow(id);
        } catch (RuntimeException e) {
            ErrorPages.sendFor(e);
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            panel.follow(imports.upload(content, file.getFileName(), storeCode, profileCode, replaceEmptier,
                    ImportChannel.WEB, language.getLocale()).id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    /**
     * Several files chosen at once (Taobao's per-day exports of a month): one import of them all,
     * published or refused as a whole. The streams are closed once they are stored.
     */
    public void uploadAll(FilesUploadEvent event) {
        List<UploadedFile> files = event.getFiles().getFiles();
        try {
            List<UploadStore.Part> parts = new java.util.ArrayList<>(files.size());
            for (UploadedFile f : files) {
                parts.add(new UploadStore.Part(f.getFileName(), f.getInputStream()));
            }
            panel.follow(imports.uploadAll(parts, storeCode, profileCode, replaceEmptier, ImportChannel.WEB,
                    language.getLocale()).id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
    }

    public List<StoreView> getStores() {
        if (storeChoices == null) {
            storeChoices = stores.list();
        }
        return storeChoices;
    }

    /** The profiles a report may be read with, as administrators keep them. */
    public List<ImportProfileView> getProfiles() {
        if (profileChoices == null) {
            profileChoices = profiles.list();
        }
        return profileChoices;
    }

    /** A profile's name in the reader's language (see {@link ImportLabels#profileName(ImportProfileView, java.util.Locale)}). */
    public String profileName(ImportProfileView profile) {
        return ImportLabels.profileName(profile, language.getLocale());
    }

    /** The upload limit, checked in the browser before sending and by the server while receiving. */
    public long getMaxBytes() {
        return uploads.maxBytes();
    }

    public long getMaxMegabytes() {
        return uploads.maxBytes() / (1024 * 1024);
    }

    public ImportPanel getPanel() {
        return panel;
    }

    /** The import shown, for the address (language switch); the {@code import} parameter as given before. */
    public String getImportParam() {
        return panel.shownIdOr(importParam);
    }

    public void setImportParam(String importParam) {
        this.importParam = importParam;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public boolean isReplaceEmptier() {
        return replaceEmptier;
    }

    public void setReplaceEmptier(boolean replaceEmptier) {
        this.replaceEmptier = replaceEmptier;
    }

    public String getProfileCode() {
        return profileCode;
    }

    public void setProfileCode(String profileCode) {
        this.profileCode = profileCode;
    }
}
