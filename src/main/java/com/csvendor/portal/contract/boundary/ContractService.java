package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.control.ContractAuditor;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.control.ContractRules;
import com.csvendor.portal.contract.control.LockedPeriods;
import com.csvendor.portal.contract.control.TermsDiff;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.security.boundary.Caller;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.BusinessException;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.NotFoundException;
import com.csvendor.portal.shared.RuleViolations;
import com.csvendor.portal.shared.Versions;
import com.csvendor.portal.store.boundary.StoreService;
import com.csvendor.portal.store.entity.Store;
import com.csvendor.portal.vendor.boundary.VendorService;
import com.csvendor.portal.vendor.entity.Vendor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Contracts: store managers create and change the contracts of their stores; finance and
 * administrators read every contract, a vendor lead the non-draft contracts of their vendor, and
 * any other contract answers not found. Terms are checked by Bean Validation and
 * {@link ContractRules}; contracts in force may not overlap for the same store, vendor and service
 * type. Every change is audited in the same transaction.
 */
@Stateless
public class ContractService {

    @Inject
    ContractRepository contracts;

    @Inject
    ContractAuditor auditor;

    @Inject
    StoreService stores;

    @Inject
    VendorService vendors;

    @Inject
    ContractScope scope;

    @Inject
    Caller caller;

    @Inject
    LockedPeriods locked;

    @Inject
    Clock clock;

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<ContractSummary> list(Long storeId, Long vendorId, ContractStatus status, Integer expiringWithinDays) {
        LocalDate today = BusinessTime.today(clock);
        LocalDate endingBy = expiringWithinDays == null ? null : today.plusDays(Math.max(0, expiringWithinDays));
        return scope.search(storeId, vendorId, status, endingBy, today).stream().map(ContractSummary::of).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractView get(long id, Locale locale) {
        Contract c = scope.visible(id);
        return view(c, c.current(), locale);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractView version(long id, int number, Locale locale) {
        Contract c = scope.visible(id);
        return view(c, c.version(number).orElseThrow(() -> new NotFoundException("version", number)), locale);
    }

    /** The version in force on a date: what anything computed for that date must use. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public ContractView inForceOn(long id, @NotNull LocalDate date, Locale locale) {
        Contract c = scope.visible(id);
        return view(c, c.versionOn(date).orElseThrow(() -> new NotFoundException("version", date)), locale);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<VersionSummary> versions(long id) {
        List<ContractVersion> all = scope.visible(id).getVersions();
        List<VersionSummary> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LocalDate to = i + 1 < all.size() ? all.get(i + 1).getEffectiveFrom().minusDays(1) : null;
            out.add(VersionSummary.of(all.get(i), to));
        }
        return out;
    }

    /** Field by field, what changed from one version to another (either order). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<TermsDiff.Change> diff(long id, int from, int to) {
        Contract c = scope.visible(id);
        ContractVersion a = c.version(from).orElseThrow(() -> new NotFoundException("version", from));
        ContractVersion b = c.version(to).orElseThrow(() -> new NotFoundException("version", to));
        return TermsDiff.between(a.termsJson(), b.termsJson());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<AuditView> audit(long id) {
        return auditor.entriesOf(scope.visible(id)).stream().map(e -> new AuditView(e.getAt(), e.getActor(), e.getAction(),
                e.getSummary(), TermsDiff.between(e.getBefore(), e.getAfter()))).toList();
    }

    /** Checks terms without saving: the errors that would block and the warnings. */
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public List<ContractView.Note> check(long vendorId, @NotNull @Valid ContractTerms terms, Locale locale) {
        Vendor vendor = vendors.visibleVendor(vendorId);
        List<ContractView.Note> notes = new ArrayList<>(notes(ContractRules.errors(terms), true, locale));
        notes.addAll(notes(ContractRules.warnings(terms, vendor.getTaxpayerType()), false, locale));
        return notes;
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView create(@NotNull @Valid ContractForm form, Locale locale) {
        Contract c = newContract(form.getNumber(), managedStore(form.getStoreId()),
                vendors.visibleVendor(form.getVendorId()), form.getSignedOn(), form.getTerms());
        auditor.record(c, "CREATED", caller.username(), c.getNumber(), null);
        return view(c, c.current(), locale);
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView reviseDraft(long id, @NotNull @Valid ContractForm form, Locale locale) {
        Contract c = contracts.changing(scope.editable(id));
        Versions.check(form.getVersion(), c.getVersion());
        RuleViolations.throwIfAny(termsErrors(form.getTerms()));
        requireFreeNumber(form.getNumber(), id);
        String before = ContractAuditor.snapshot(c);
        c.reviseDraft(form.getNumber(), managedStore(form.getStoreId()), vendors.visibleVendor(form.getVendorId()),
                form.getSignedOn(), form.getTerms());
        contracts.written(c);
        auditor.record(c, "DRAFT_REVISED", caller.username(), c.getNumber(), before);
        return view(c, c.current(), locale);
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView amend(long id, @NotNull @Valid AmendmentForm form, Locale locale) {
        Contract c = contracts.changing(scope.editable(id));
        Versions.check(form.getVersion(), c.getVersion());
        String before = ContractAuditor.snapshot(c);
        amend(c, form.getTerms(), form.getEffectiveFrom(), form.getReason());
        auditor.record(c, "AMENDED", caller.username(), "v" + c.current().getNumber() + " "
                + form.getEffectiveFrom() + ": " + form.getReason().trim(), before);
        return view(c, c.current(), locale);
    }

    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public ContractView changeStatus(long id, @NotNull @Valid StatusChangeForm form, Locale locale) {
        Contract c = scope.editable(id);
        Versions.check(form.getVersion(), c.getVersion());
        String before = ContractAuditor.snapshot(c);
        ContractStatus from = c.getStatus();
        changeStatus(c, form.getStatus(), form.getOn() == null ? BusinessTime.today(clock) : form.getOn(),
                form.getReason());
        auditor.record(c, "STATUS_CHANGED", caller.username(), from + " → " + c.getStatus(), before);
        return view(c, c.current(), locale);
    }

    /**
     * Brings existing contracts in at once: every contract of the list with its amendments and
     * status, all or nothing. Problems are reported with the position in the list.
     */
    @RolesAllowed(Role.STORE_MANAGER_NAME)
    public List<ContractSummary> importAll(@NotNull List<@NotNull @Valid ContractImport> items) {
        List<Parties> parties = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                parties.add(parties(items.get(i)));
            } catch (InvalidInputException | NotFoundException e) {
                // The store or vendor boundary that refused has marked the transaction for rollback:
                // no boundary may be called and nothing written in it any more, so answer now.
                throw new RuleViolations(at(i, e));
            }
        }
        List<Finding> problems = new ArrayList<>();
        List<Contract> imported = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                imported.add(importOne(items.get(i), parties.get(i)));
            } catch (InvalidInputException | NotFoundException | ConflictException e) {
                problems.addAll(at(i, e));
            }
        }
        RuleViolations.throwIfAny(problems);
        return imported.stream().map(ContractSummary::of).toList();
    }

    private record Parties(Store store, Vendor vendor) {
    }

    private Parties parties(ContractImport item) {
        return new Parties(managedStore(stores.visibleStoreByCode(item.getStoreCode()).getId()),
                vendors.visibleVendorByCreditCode(item.getVendorCreditCode()));
    }

    /** The problems of the item at a position in the import list, each field prefixed with it. */
    private static List<Finding> at(int position, BusinessException e) {
        String at = "[" + position + "]";
        if (e.findings().isEmpty()) {
            return List.of(new Finding(at, e.messageKey(), e.arguments()));
        }
        return e.findings().stream().map(f -> f.under(at + ".")).toList();
    }

    private Contract importOne(ContractImport item, Parties parties) {
        Contract c = newContract(item.getNumber(), parties.store(), parties.vendor(), item.getSignedOn(),
                item.getTerms());
        LocalDate since = item.getStatusSince() != null ? item.getStatusSince()
                : item.getStatus() == ContractStatus.EXPIRED ? c.getEndDate().plusDays(1) : BusinessTime.today(clock);
        if (item.getStatus() != ContractStatus.DRAFT) {
            changeStatus(c, ContractStatus.ACTIVE, c.getStartDate(), null);
        }
        for (int i = 0; i < item.getAmendments().size(); i++) {
            ContractImport.ImportedAmendment a = item.getAmendments().get(i);
            String at = "amendments[" + i + "].";
            try {
                amend(c, a.getTerms(), a.getEffectiveFrom(), a.getReason());
            } catch (InvalidInputException e) {
                throw new RuleViolations(e.findings().stream().map(f -> f.under(at)).toList());
            }
        }
        if (item.getStatus() != ContractStatus.DRAFT && item.getStatus() != ContractStatus.ACTIVE) {
            changeStatus(c, item.getStatus(), since, item.getStatusReason());
        }
        auditor.record(c, "IMPORTED", caller.username(), c.getNumber(), null);
        return c;
    }

    private Contract newContract(String number, Store store, Vendor vendor, LocalDate signedOn, ContractTerms terms) {
        RuleViolations.throwIfAny(termsErrors(terms));
        requireFreeNumber(number, null);
        return contracts.add(new Contract(number, store, vendor, signedOn, terms, caller.username(), clock.instant()));
    }

    private void amend(Contract c, ContractTerms terms, LocalDate effectiveFrom, String reason) {
        RuleViolations.throwIfAny(termsErrors(terms));
        if (!terms.getPeriod().getStart().equals(c.getStartDate())) {
            throw new InvalidInputException("terms.period.start", "contract.amend.startFixed", c.getStartDate());
        }
        requireUnsettledFrom(c, "effectiveFrom", "contract.amend.settled", effectiveFrom);
        c.amend(terms, effectiveFrom, reason.trim(), caller.username(), clock.instant());
        requireNoOverlap(c);
        contracts.written(c);
    }

    private void changeStatus(Contract c, ContractStatus target, LocalDate on, String reason) {
        if (target == ContractStatus.TERMINATED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "contract.status.reasonRequired");
        }
        requireUnsettledFrom(c, "on", "contract.status.settled", on);
        c.changeStatus(target, on, reason);
        requireNoOverlap(c);
        contracts.written(c);
    }

    /**
     * A change taking effect on {@code day} must not reach into a settled period (a cycle whose
     * statement is approved or paid): its figures never change; a correction is an adjustment statement.
     */
    private void requireUnsettledFrom(Contract c, String field, String key, LocalDate day) {
        if (c.getId() == null) {
            return;
        }
        locked.settledFrom(c.getId(), day).ifPresent(s -> {
            throw new ConflictException(field, key, day, s.statementNo(), s.from(), s.to());
        });
    }

    /** Contracts in force for the same store and vendor must not share a service type on any day. */
    private void requireNoOverlap(Contract c) {
        if (!c.getStatus().inForce()) {
            return;
        }
        ContractTerms mine = c.current().getTerms();
        for (Contract other : contracts.inForceBetween(c.getStore().getId(), c.getVendor().getId())) {
            if (other.equals(c) || other.getEndDate().isBefore(c.getStartDate())
                    || c.getEndDate().isBefore(other.getStartDate())) {
                continue;
            }
            Set<?> shared = new TreeSet<>(mine.getScope().getServiceTypes());
            shared.retainAll(other.current().getTerms().getScope().getServiceTypes());
            if (!shared.isEmpty()) {
                throw new ConflictException("terms.scope.serviceTypes", "contract.overlap", other.getNumber(),
                        shared.toString(), other.getStartDate(), other.getEndDate());
            }
        }
    }

    private void requireFreeNumber(String number, Long ownId) {
        contracts.findByNumber(number).filter(c -> !c.getId().equals(ownId)).ifPresent(c -> {
            throw new ConflictException("number", "contract.number.taken", number.trim());
        });
    }

    private Store managedStore(long storeId) {
        if (!caller.managedStoreIds().contains(storeId)) {
            throw new NotFoundException("store", storeId);
        }
        return stores.visibleStore(storeId);
    }

    private ContractView view(Contract c, ContractVersion shown, Locale locale) {
        ContractTerms terms = shown.getTerms();
        List<ContractView.Note> warnings = notes(ContractRules.warnings(terms, c.getVendor().getTaxpayerType()),
                false, locale);
        return ContractView.of(c, shown, terms, warnings, scope.mayEdit(c));
    }

    /** Rule errors named by their path in the request body, like Bean Validation's: {@code terms.period.end}. */
    private static List<Finding> termsErrors(ContractTerms terms) {
        return ContractRules.errors(terms).stream().map(f -> f.under("terms.")).toList();
    }

    private static List<ContractView.Note> notes(List<Finding> findings, boolean blocking, Locale locale) {
        return findings.stream().map(f -> new ContractView.Note(f.field(), f.message(locale), blocking)).toList();
    }
}
