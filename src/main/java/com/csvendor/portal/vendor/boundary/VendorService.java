package com.csvendor.portal.vendor.boundary;

import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.vendor.control.VendorAuditor;
import com.csvendor.portal.vendor.control.VendorRepository;
import com.csvendor.portal.vendor.entity.Contact;
import com.csvendor.portal.vendor.entity.CreditCode;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Vendor master data. Vendors are shared reference data for administrators, store managers and
 * finance (a manager chooses among them when contracting); a vendor lead sees only their own
 * vendor, and any other vendor id answers not found. Only administrators change vendors; every
 * change is audited.
 */
@Stateless
public class VendorService {

    @Inject
    VendorRepository vendors;

    @Inject
    Caller caller;

    @Inject
    VendorAuditor audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<VendorView> list() {
        List<Vendor> all = caller.leadVendorId().map(id -> vendors.findVendor(id).stream().toList())
                .orElseGet(vendors::findAll);
        return all.stream().map(VendorView::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public VendorView get(long id) {
        return VendorView.of(visibleVendor(id));
    }

    /** The vendor, if the caller may see it; otherwise not found. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Vendor visibleVendor(long id) {
        if (caller.has(Role.VENDOR_LEAD) && !caller.leadVendorId().map(v -> v == id).orElse(false)) {
            throw new NotFoundException("vendor", id);
        }
        return vendors.getVendor(id);
    }

    /** The vendor with this credit code, if the caller may see it; otherwise not found. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public Vendor visibleVendorByCreditCode(String creditCode) {
        Vendor vendor = vendors.findByCreditCode(CreditCode.of(creditCode))
                .orElseThrow(() -> new NotFoundException("vendor", creditCode));
        return visibleVendor(vendor.getId());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView create(@NotNull @Valid VendorForm form) {
        CreditCode code = CreditCode.of(form.getCreditCode());
        requireUnique(form.getName(), code, null);
        Vendor vendor = vendors.add(new Vendor(form.getName(), form.getLegalName(), code, form.getTaxpayerType(),
                contactOf(form)));
        audit.record(vendor, "CREATED", caller.username(), null);
        return VendorView.of(vendor);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView update(long id, @NotNull @Valid VendorForm form) {
        Vendor vendor = vendors.getVendor(id);
        Versions.check(form.getVersion(), vendor.getVersion());
        CreditCode code = CreditCode.of(form.getCreditCode());
        requireUnique(form.getName(), code, id);
        String before = VendorAuditor.snapshot(vendor);
        vendor.change(form.getName(), form.getLegalName(), code, form.getTaxpayerType(), contactOf(form));
        vendors.written(vendor);
        audit.record(vendor, "UPDATED", caller.username(), before);
        return VendorView.of(vendor);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VendorView setActive(long id, boolean active) {
        Vendor vendor = vendors.getVendor(id);
        String before = VendorAuditor.snapshot(vendor);
        vendor.changeActive(active);
        vendors.written(vendor);
        audit.record(vendor, active ? "REACTIVATED" : "DEACTIVATED", caller.username(), before);
        return VendorView.of(vendor);
    }

    private static Contact contactOf(VendorForm form) {
        return new Contact(form.getContactName(), form.getContactPhone(), form.getContactEmail());
    }

    private void requireUnique(String name, CreditCode code, Long ownId) {
        vendors.findByName(name).filter(v -> !v.getId().equals(ownId)).ifPresent(v -> {
            throw new ConflictException("name", "vendor.name.taken", name.trim());
        });
        vendors.findByCreditCode(code).filter(v -> !v.getId().equals(ownId)).ifPresent(v -> {
            throw new ConflictException("creditCode", "vendor.creditCode.taken", code.value());
        });
    }
}
