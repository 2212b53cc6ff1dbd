package com.csvendor.portal.web.contracts;

import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.boundary.ContractSummary;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.boundary.StoreView;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.boundary.VendorView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The contracts the caller may see, filtered by store, vendor, status and "ending within N days". */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ContractService contracts;

    @EJB
    StoreService stores;

    @EJB
    VendorService vendors;

    private Long storeId;
    private Long vendorId;
    private ContractStatus status;
    private Integer expiringWithinDays;
    private List<ContractSummary> list;
    private List<StoreView> storeChoices;
    private List<VendorView> vendorChoices;

    public List<ContractSummary> getContracts() {
        if (list == null) {
            list = contracts.list(storeId, vendorId, status, expiringWithinDays);
        }
        return list;
    }

    public void search() {
        list = null;
    }

    public void reset() {
        storeId = null;
        vendorId = null;
        status = null;
        expiringWithinDays = null;
        list = null;
    }

    public List<StoreView> getStores() {
        if (storeChoices == null) {
            storeChoices = stores.list();
        }
        return storeChoices;
    }

    public List<VendorView> getVendors() {
        if (vendorChoices == null) {
            vendorChoices = vendors.list();
        }
        return vendorChoices;
    }

    public ContractStatus[] getStatuses() {
        return ContractStatus.values();
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public Integer getExpiringWithinDays() {
        return expiringWithinDays;
    }

    public void setExpiringWithinDays(Integer expiringWithinDays) {
        this.expiringWithinDays = expiringWithinDays;
    }

    /** A rate as every page writes it: "6 %". */
    public String percent(java.math.BigDecimal value) {
        return com.csvendor.portal.shared.Figures.percent(value);
    }
}
