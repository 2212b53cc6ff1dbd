package com.csvendor.portal.vendor.boundary;

import com.csvendor.portal.vendor.entity.TaxpayerType;
import com.csvendor.portal.vendor.entity.Vendor;
import java.io.Serializable;

public record VendorView(long id, String name, String legalName, String creditCode, TaxpayerType taxpayerType,
        String contactName, String contactPhone, String contactEmail, boolean active, long version) implements Serializable {

    static VendorView of(Vendor v) {
        return new VendorView(v.getId(), v.getName(), v.getLegalName(), v.getCreditCode().value(),
                v.getTaxpayerType(), v.getContact().getName(), v.getContact().getPhone(), v.getContact().getEmail(),
                v.isActive(), v.getVersion());
    }
}
