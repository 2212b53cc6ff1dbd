package com.csvendor.portal.web.kpi;

import com.csvendor.portal.web.ErrorPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** One import on its own page ({@code ?id=N}); an import outside the caller's scope is not found. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportPanel panel;

    private String idParam;

    public void load() throws IOException {
        Long id = ErrorPages.id(idParam).orElse(null);
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

    public ImportPanel getPanel() {
        return panel;
    }

    public String getId() {
        return panel.shownIdOr(idParam);
    }

    public void setId(String id) {
        this.idParam = id;
    }
}
