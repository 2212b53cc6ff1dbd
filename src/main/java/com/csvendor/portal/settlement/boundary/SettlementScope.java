package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.sla.boundary.SlaScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Whose statements the caller sees and acts on, from the signed-in user only: finance and
 * administrators every contract's, a store manager their stores', a vendor lead their vendor's —
 * but never a DRAFT, which is finance's work in progress. Anything else answers not found, like a
 * missing id.
 */
@RequestScoped
public class SettlementScope {

    @Inject
    ContractRepository contracts;

    @Inject
    Caller caller;

    @Inject
    SlaScope slaScope;

    /** The signed contracts the caller sees (drafts have no statements): the same as the SLA's scope. */
    List<Contract> contracts() {
        return slaScope.contracts();
    }

    Contract visibleContract(long contractId) {
        Contract c = contracts.findContract(contractId).orElseThrow(() -> new NotFoundException("contract", contractId));
        if (c.getStatus() == ContractStatus.DRAFT || !(caller.seesAllStores() || manages(c) || leads(c))) {
            throw new NotFoundException("contract", contractId);
        }
        return c;
    }

    /** The statement's contract if the caller may see the statement; not found otherwise. */
    Contract visible(Statement s) {
        Contract c = contracts.findContract(s.getContractId()).orElseThrow();
        boolean sees = caller.seesAllStores() || manages(c) || leads(c) && s.getStatus() != StatementStatus.DRAFT;
        if (!sees) {
            throw new NotFoundException("statement", s.getId());
        }
        return c;
    }

    /** Whether the caller's role hides drafts from them (vendor leads). */
    boolean hidesDrafts() {
        return !caller.seesAllStores() && caller.leadVendorId().isPresent() && caller.managedStoreIds().isEmpty();
    }

    boolean manages(Contract c) {
        return caller.managedStoreIds().contains(c.getStore().getId());
    }

    boolean leads(Contract c) {
        return caller.leadVendorId().map(v -> v.equals(c.getVendor().getId())).orElse(false);
    }

    boolean finance() {
        return caller.has(Role.FINANCE);
    }

    boolean admin() {
        return caller.has(Role.ADMIN);
    }

    String username() {
        return caller.username();
    }
}
