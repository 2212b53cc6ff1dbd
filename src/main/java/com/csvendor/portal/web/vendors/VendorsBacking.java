package com.csvendor.portal.web.vendors;

import com.csvendor.portal.vendor.boundary.VendorForm;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.web.FacesMessages;
import com.csvendor.portal.web.DialogMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The vendor list; administrators create, edit, deactivate and reactivate vendors in a dialog. */
@Named
@ViewScoped
public class VendorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VendorService service;

    private List<VendorView> vendors;
    private VendorForm form = new VendorForm();
    private Long editedId;

    public List<VendorView> getVendors() {
        if (vendors == null) {
            vendors = service.list();
        }
        return vendors;
    }

    public TaxpayerType[] getTaxpayerTypes() {
        return TaxpayerType.values();
    }

    public void startNew() {
        editedId = null;
        form = new VendorForm();
    }

    public void edit(VendorView vendor) {
        editedId = vendor.id();
        form = new VendorForm();
        form.setName(vendor.name());
        form.setLegalName(vendor.legalName());
        form.setCreditCode(vendor.creditCode());
        form.setTaxpayerType(vendor.taxpayerType());
        form.setContactName(vendor.contactName());
        form.setContactPhone(vendor.contactPhone());
        form.setContactEmail(vendor.contactEmail());
        form.setVersion(vendor.version());
    }

    public void save() {
        try {
            if (editedId == null) {
                DialogMessages.saved("vendor.created", service.create(form).name());
            } else {
                DialogMessages.saved("vendor.updated", service.update(editedId, form).name());
            }
        } catch (RuntimeException e) {
            DialogMessages.failed("vendor-dialog-form", e);
        }
        vendors = null;
    }

    public void setActive(VendorView vendor, boolean active) {
        try {
            service.setActive(vendor.id(), active);
            FacesMessages.info(active ? "vendor.reactivated" : "vendor.deactivated", vendor.name());
        } catch (RuntimeException e) {
            FacesMessages.error(e);
        }
        vendors = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public VendorForm getForm() {
        return form;
    }
}
