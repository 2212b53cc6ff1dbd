package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.sla.boundary.SlaService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.Optional;

/**
 * Looks up the records a statement's lines name — the cycle's SLA results, the contract's incidents
 * and temporary agents — so the statement page and its PDF word the lines' sources alike
 * ({@link LineSourceWords}). Serializable, as the view-scoped statement page holds it (the EJB
 * references it holds are).
 */
@Dependent
public class StatementSources implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SLA_RESULTS = 1000;

    @EJB
    SlaService sla;

    @EJB
    SettlementService settlement;

    /** The records as far as the caller may see the contract's SLA page; empty when they may not. */
    public Optional<LineSourceWords> of(StatementView s) {
        try {
            return Optional.of(new LineSourceWords(
                    sla.results(s.contractId(), null, s.cycleStart(), s.cycleEnd(), false, 0, SLA_RESULTS),
                    sla.incidents(s.contractId()), settlement.temporaryAgents(s.contractId())));
        } catch (RuntimeException outOfScope) {
            // A statement stays readable when its contract's SLA page is not: its lines then read by reference.
            return Optional.empty();
        }
    }
}
