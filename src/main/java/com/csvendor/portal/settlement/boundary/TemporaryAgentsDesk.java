package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.settlement.control.StatementPeriod;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Temporary agents: recorded by finance or by the manager of the contract's store (who orders them
 * for promotions), within the contract's period and outside its settled cycles (an approved
 * statement's figures are final); read by everyone who sees the contract.
 */
@RequestScoped
public class TemporaryAgentsDesk {

    static final int MAX_LISTED = 500;

    @Inject
    SettlementScope scope;

    @Inject
    StatementRepository statements;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    TemporaryAgentsView record(TemporaryAgentsForm form) {
        Contract c = scope.visibleContract(form.getContractId());
        if (!scope.finance() && !scope.manages(c)) {
            throw new NotFoundException("contract", form.getContractId());
        }
        LocalDate from = form.getWorkFrom();
        LocalDate to = form.getWorkTo();
        LocalDate last = c.lastDayInForce();
        if (from.isBefore(c.getStartDate()) || to.isAfter(last)) {
            throw new InvalidInputException("workFrom", "temporaryAgents.outsidePeriod", from, to, c.getStartDate(),
                    last);
        }
        if (statements.lockedBetween(c.getId(), from, to)) {
            throw new ConflictException("workFrom", "temporaryAgents.settled", from, to);
        }
        TemporaryAgents t = statements.add(new TemporaryAgents(c.getId(), from, to, form.getAgents(), form.getNote(),
                scope.username(), clock.instant()));
        audit.record("TEMPORARY_AGENTS", t.getId(), "RECORDED", scope.username(), c.getNumber() + " " + from + ".."
                + to + " × " + t.getAgents(), null, t.getNote());
        return StatementViews.temporaryAgents(t, c.getNumber());
    }

    TemporaryAgentsView one(long id) {
        TemporaryAgents t = statements.findTemporaryAgents(id)
                .orElseThrow(() -> new NotFoundException("temporaryAgents", id));
        Contract c;
        try {
            c = scope.visibleContract(t.getContractId());
        } catch (NotFoundException e) {
            throw new NotFoundException("temporaryAgents", id);
        }
        return StatementViews.temporaryAgents(t, c.getNumber());
    }

    List<TemporaryAgentsView> list(Long contractId) {
        Map<Long, Contract> inScope = (contractId == null ? scope.contracts()
                : List.of(scope.visibleContract(contractId))).stream()
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        return statements.temporaryAgents(inScope.keySet(), MAX_LISTED).stream()
                .map(t -> StatementViews.temporaryAgents(t, inScope.get(t.getContractId()).getNumber())).toList();
    }
}
