package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.ContractRepository.ContractQuery;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which contracts the signed-in caller sees and changes. Administrators and finance see all; a
 * store manager the contracts of their stores and only those they may change; a vendor lead their
 * vendor's contracts once signed (drafts are the store's own negotiation).
 */
@RequestScoped
public class ContractScope {

    @Inject
    ContractRepository contracts;

    @Inject
    Caller caller;

    List<Contract> search(Long storeId, Long vendorId, ContractStatus status, LocalDate endingBy, LocalDate today) {
        Set<Long> storeIds = caller.seesAllStores() || caller.leadVendorId().isPresent() ? null
                : caller.managedStoreIds();
        if (storeId != null) {
            storeIds = storeIds == null || storeIds.contains(storeId) ? Set.of(storeId) : Set.of();
        }
        Long vendor = caller.leadVendorId().orElse(vendorId);
        if (vendorId != null && !vendorId.equals(vendor)) {
            return List.of();
        }
        return contracts.search(new ContractQuery(storeIds, vendor, status, endingBy, today,
                caller.leadVendorId().isPresent()));
    }

    /** The contract, if the caller may see it; otherwise not found. */
    Contract visible(long id) {
        Contract c = contracts.getContract(id);
        boolean visible = caller.seesAllStores() || mayEdit(c)
                || caller.leadVendorId().map(v -> v.equals(c.getVendor().getId())
                        && c.getStatus() != ContractStatus.DRAFT).orElse(false);
        if (!visible) {
            throw new NotFoundException("contract", id);
        }
        return c;
    }

    /** The contract, if the caller may change it; otherwise not found. */
    Contract editable(long id) {
        Contract c = visible(id);
        if (!mayEdit(c)) {
            throw new NotFoundException("contract", id);
        }
        return c;
    }

    boolean mayEdit(Contract c) {
        return caller.managedStoreIds().contains(c.getStore().getId());
    }
}
