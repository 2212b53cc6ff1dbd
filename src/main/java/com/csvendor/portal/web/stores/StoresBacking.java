package com.csvendor.portal.web.stores;

import com.csvendor.portal.store.boundary.StoreForm;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.store.entity.Platform;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.DialogMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The store list; administrators create, edit, deactivate and reactivate stores in a dialog. */
@Named
@ViewScoped
public class StoresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StoreService service;

    private List<StoreView> stores;
    private StoreForm form = new StoreForm();
    private Long editedId;

    public List<StoreView> getStores() {
        if (stores == null) {
            stores = service.list();
        }
        return stores;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public void startNew() {
        editedId = null;
        form = new StoreForm();
        form.setTimeZone(Store.DEFAULT_TIME_ZONE);
    }

    public void edit(StoreView store) {
        editedId = store.id();
        form = new StoreForm();
        form.setCode(store.code());
        form.setName(store.name());
        form.setPlatform(store.platform());
        form.setTimeZone(store.timeZone());
        form.setVersion(store.version());
    }

    public void save() {
        try {
            if (editedId == null) {
                DialogMessages.saved("store.created", service.create(form).code());
            } else {
                DialogMessages.saved("store.updated", service.update(editedId, form).code());
            }
        } catch (RuntimeException e) {
            DialogMessages.failed("store-dialog-form", e);
        }
        stores = null;
    }

    public void setActive(StoreView store, boolean active) {
        try {
            service.setActive(store.id(), active);
            FacesMessages.info(active ? "store.reactivated" : "store.deactivated", store.code());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        stores = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public StoreForm getForm() {
        return form;
    }
}
