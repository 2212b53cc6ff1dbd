package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A contract as it reads: parties, life cycle and the terms of the version shown (the current one
 * unless asked otherwise), with the warnings on those terms, the statuses it may move to and
 * whether the caller may change it.
 */
public record ContractView(long id, String number, long storeId, String storeCode, String storeName,
        long vendorId, String vendorName, String vendorLegalName, TaxpayerType vendorTaxpayerType,
        LocalDate signedOn, ContractStatus status, LocalDate statusSince, String statusReason, LocalDate startDate,
        LocalDate endDate, int versionNumber, int versionCount, LocalDate effectiveFrom, String versionReason,
        ContractTerms terms, List<Note> warnings, Set<ContractStatus> nextStatuses, boolean editable,
        String createdBy, Instant createdAt, long version) implements Serializable {

    /** An error (blocks saving) or a warning about one field, already in the caller's language. */
    public record Note(String field, String message, boolean blocking) implements Serializable {
    }

    static ContractView of(Contract c, ContractVersion shown, ContractTerms terms, List<Note> warnings,
            boolean editable) {
        return new ContractView(c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getCode(),
                c.getStore().getName(), c.getVendor().getId(), c.getVendor().getName(), c.getVendor().getLegalName(),
                c.getVendor().getTaxpayerType(), c.getSignedOn(), c.getStatus(), c.getStatusSince(),
                c.getStatusReason(), c.getStartDate(), c.getEndDate(), shown.getNumber(), c.getVersions().size(),
                shown.getEffectiveFrom(), shown.getReason(), terms, warnings,
                editable ? c.getStatus().next() : Set.of(), editable, c.getCreatedBy(), c.getCreatedAt(),
                c.getVersion());
    }
}
