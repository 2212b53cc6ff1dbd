package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.ContractRepository.ContractQuery;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Whose SLA results, incidents and disputes the caller sees and acts on — the contract's scope:
 * administrators and finance every contract, a store manager those of their stores, a vendor lead
 * their vendor's signed ones. Anything else answers not found, like a missing id.
 */
@RequestScoped
public class SlaScope {

    @Inject
    ContractRepository contracts;

    @Inject
    Caller caller;

    /** The contracts the caller sees (never drafts: nothing is evaluated before signing). */
    public List<Contract> contracts() {
        Set<Long> storeIds = caller.seesAllStores() || caller.leadVendorId().isPresent() ? null
                : caller.managedStoreIds();
        return contracts.search(new ContractQuery(storeIds, caller.leadVendorId().orElse(null), null, null, null, true));
    }

    List<Long> contractIds() {
        return contracts().stream().map(Contract::getId).toList();
    }

    Contract visible(long contractId) {
        Contract c = contracts.findContract(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        if (!sees(c)) {
            throw new NotFoundException("contract", contractId);
        }
        return c;
    }

    boolean sees(Contract c) {
        return c.getStatus() != ContractStatus.DRAFT && (caller.seesAllStores() || manages(c) || leads(c));
    }

    /** A store manager's own contract (incidents, decisions). */
    boolean manages(Contract c) {
        return caller.managedStoreIds().contains(c.getStore().getId());
    }

    /** A vendor lead's own contract (disputes). */
    boolean leads(Contract c) {
        return caller.leadVendorId().map(v -> v.equals(c.getVendor().getId())).orElse(false)
                && c.getStatus() != ContractStatus.DRAFT;
    }

    /** Re-evaluating: a store manager their stores' contracts, an administrator any. */
    boolean mayEvaluate(Contract c) {
        return caller.has(com.csvendor.portal.security.entity.Role.ADMIN) || manages(c);
    }

    String username() {
        return caller.username();
    }
}
