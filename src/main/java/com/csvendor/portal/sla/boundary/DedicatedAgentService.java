package com.csvendor.portal.sla.boundary;

import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractDates;
import com.csvendor.portal.contract.entity.ContractVersion;
import com.csvendor.portal.security.entity.Role;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.sla.control.AgentsElsewhere;
import com.csvendor.portal.sla.control.DedicatedAgentDays;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dedicated agents (专人专店) working in another store on the same day ({@link DedicatedAgentDays}),
 * read within the contract's scope ({@link SlaScope}). Counts and this store's agents only: a store
 * manager never learns which other store, so nobody sees a store they do not manage.
 */
@Stateless
public class DedicatedAgentService {

    /** How far back the home pages look. */
    public static final int RECENT_DAYS = 31;

    @Inject
    SlaScope scope;

    @Inject
    AgentsElsewhere elsewhere;

    @Inject
    Clock clock;

    /** From the contract's start or 31 days back, whichever is later (no {@code from}), to today (no {@code to}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public DedicatedAgentFlagsView flags(long contractId, LocalDate from, LocalDate to) {
        Contract c = scope.visible(contractId);
        LocalDate today = BusinessTime.today(clock);
        LocalDate b = to == null ? today : to;
        LocalDate a = from == null ? later(c.getStartDate(), b.minusDays(RECENT_DAYS - 1L)) : from;
        if (b.isBefore(a)) {
            throw new InvalidInputException("to", "sla.evaluate.range", a, b);
        }
        return flags(c, a, b);
    }

    /** The caller's contracts (their scope) with agent-days flagged in the last {@link #RECENT_DAYS} days. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STORE_MANAGER_NAME, Role.VENDOR_LEAD_NAME, Role.FINANCE_NAME})
    public List<DedicatedAgentFlagsView> recent() {
        LocalDate today = BusinessTime.today(clock);
        List<DedicatedAgentFlagsView> out = new ArrayList<>();
        for (Contract c : scope.contracts()) {
            if (c.lastDayInForce().isBefore(today.minusDays(RECENT_DAYS)) || c.getStartDate().isAfter(today)) {
                continue;
            }
            DedicatedAgentFlagsView v = flags(c, later(c.getStartDate(), today.minusDays(RECENT_DAYS - 1L)), today);
            if (v.agentDays() > 0) {
                out.add(v);
            }
        }
        return out;
    }

    private DedicatedAgentFlagsView flags(Contract c, LocalDate from, LocalDate to) {
        List<DedicatedAgentDays.Dedicated> dedicated = new ArrayList<>();
        LocalDate a = later(from, c.getStartDate());
        LocalDate b = to.isAfter(c.lastDayInForce()) ? c.lastDayInForce() : to;
        if (!b.isBefore(a)) {
            for (ContractDates.Segment<ContractVersion> s : c.dates().segments(a, b)) {
                if (s.version().readOnlyTerms().getHours().isDedicatedAgents()) {
                    dedicated.add(new DedicatedAgentDays.Dedicated(s.from(), s.to()));
                }
            }
        }
        DedicatedAgentDays.Flags f = dedicated.isEmpty() ? DedicatedAgentDays.of(List.of(), List.of())
                : DedicatedAgentDays.of(elsewhere.of(c.getStore().getId(), c.getVendor().getId(),
                        dedicated.get(0).from(), dedicated.get(dedicated.size() - 1).to()), dedicated);
        return DedicatedAgentFlagsView.of(c.getId(), c.getNumber(), c.getStore().getName(), c.getVendor().getName(),
                from, to, !dedicated.isEmpty(), f);
    }

    private static LocalDate later(LocalDate x, LocalDate y) {
        return x.isAfter(y) ? x : y;
    }
}
