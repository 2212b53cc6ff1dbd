package com.csvendor.portal.settlement.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.boundary.ContractService;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementFigures;
import com.csvendor.portal.settlement.entity.StatementLine;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.sla.control.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes statements, each call in a transaction of its own: a new regular statement (the unique
 * key on contract, cycle and adjustment number makes a second writer of the same cycle fail with
 * {@link StatementExists}, in this instance or another), a DRAFT recomputed in place, an adjustment
 * of an approved statement. Every write is audited in its transaction.
 */
@ApplicationScoped
public class StatementGeneration {

    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    ContractRepository contracts;

    @Inject
    StatementRepository statements;

    @Inject
    StatementInputs inputs;

    @Inject
    AuditLog audit;

    Clock clock = Clock.system(ContractService.BUSINESS_ZONE);

    private final StatementCalculator calculator = new StatementCalculator();

    /** A new regular statement of the cycle; {@link StatementExists} when the cycle has one already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(long contractId, LocalDate cycleStart, String by) {
        Contract c = contracts.getContract(contractId);
        Window cycle = StatementInputs.cycleOf(c, cycleStart);
        if (statements.findRegular(contractId, cycle.start()).isPresent()) {
            throw new StatementExists(contractId, cycle.start());
        }
        Statement s = new Statement("ST-" + c.getNumber() + "-" + NUMBER_DATE.format(cycle.start()), contractId,
                cycle.start(), cycle.end(), null, 0, null);
        fill(s, c, cycle, List.of(), by);
        try {
            statements.insert(s);
        } catch (PersistenceException e) {
            if (duplicateKey(e)) {
                throw new StatementExists(contractId, cycle.start());
            }
            throw e;
        }
        audit.record("STATEMENT", s.getId(), "GENERATED", by, s.getNumber() + " " + summary(s), null, null);
        return s.getId();
    }

    /**
     * Recomputes a DRAFT in place (the caller becomes its generator). {@code version} is the one the
     * caller saw, or null when the caller did not see one (generating a cycle again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recompute(long statementId, Long version, String by) {
        Statement s = statements.getStatement(statementId);
        if (version != null && version != s.getVersion()) {
            throw new ConflictException("version", "error.version.stale");
        }
        String before = summary(s);
        Contract c = contracts.getContract(s.getContractId());
        s.clearLines();
        flush();
        fill(s, c, new Window(SlaWindow.SETTLEMENT_CYCLE, s.getCycleStart(),
                s.getCycleEnd()), List.of(), by);
        flush();
        audit.record("STATEMENT", s.getId(), "RECOMPUTED", by, s.getNumber() + " " + summary(s), before, null);
        return s.getId();
    }

    /** Takes a DISPUTED statement back to DRAFT and recomputes it, at the version the caller saw. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long revise(long statementId, Long version, String comment, String by) {
        Statement s = statements.getStatement(statementId);
        if (version == null || version != s.getVersion()) {
            throw new ConflictException("version", "error.version.stale");
        }
        String before = summary(s);
        s.revise();
        Contract c = contracts.getContract(s.getContractId());
        s.clearLines();
        flush();
        fill(s, c, new Window(SlaWindow.SETTLEMENT_CYCLE, s.getCycleStart(), s.getCycleEnd()), List.of(), by);
        flush();
        audit.record("STATEMENT", s.getId(), "REVISED", by, s.getNumber() + " DISPUTED → " + summary(s), before,
                comment == null || comment.isBlank() ? null : comment.strip());
        return s.getId();
    }

    /**
     * An adjustment of an approved or paid statement: the cycle recomputed now, the original's lines
     * reversed (deposits stay in their section, outside VAT), plus the manual lines; DRAFT.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long adjust(long statementId, String reason, List<DraftLine> manual, String by) {
        Statement original = statements.getStatement(statementId);
        Contract c = contracts.getContract(original.getContractId());
        int n = statements.nextAdjustmentNo(c.getId(), original.getCycleStart());
        Statement s = new Statement(original.getNumber().replaceFirst("-A\\d+$", "") + "-A" + n, c.getId(),
                original.getCycleStart(), original.getCycleEnd(), original, n, reason);
        List<DraftLine> extra = new ArrayList<>();
        for (StatementLine l : original.getLines()) {
            extra.add(new DraftLine(l.getSection() == LineSection.DEPOSIT ? LineSection.DEPOSIT : LineSection.ADJUSTMENT,
                    l.getType(), l.getQuantity() == null ? null : l.getQuantity().negate(), l.getRate(),
                    l.getAmount().negate(), "settlement.line.reversal", List.of(l.getLineNo(), original.getNumber()),
                    "statement:" + original.getNumber() + " line " + l.getLineNo()));
        }
        extra.addAll(manual);
        fill(s, c, new Window(SlaWindow.SETTLEMENT_CYCLE,
                original.getCycleStart(), original.getCycleEnd()), extra, by);
        try {
            statements.insert(s);
        } catch (PersistenceException e) {
            throw duplicateKey(e) ? new ConflictException("version", "error.version.stale") : e;
        }
        audit.record("STATEMENT", s.getId(), "ADJUSTMENT_CREATED", by, s.getNumber() + " adjusts "
                + original.getNumber() + " " + summary(s), null, reason);
        return s.getId();
    }

    private void fill(Statement s, Contract c, Window cycle, List<DraftLine> extra, String by) {
        StatementInput in = inputs.of(c, cycle);
        StatementDraft d = calculator.compute(in);
        if (!extra.isEmpty()) {
            List<DraftLine> lines = new ArrayList<>(d.lines());
            lines.addAll(extra);
            d = StatementTotals.of(d.contractVersion(), lines, d.penaltyCap(), d.vatRatePercent(),
                    d.pricesIncludeTax(), d.finalStatement());
        }
        List<StatementLine.Content> lines = d.lines().stream().map(l -> new StatementLine.Content(l.section(),
                l.type(), l.quantity(), l.rate(), l.amount(), l.explanationKey(), LineArgs.encode(l.args()),
                l.source())).toList();
        var terms = c.versionOn(in.to()).orElseThrow().getTerms();
        StatementFigures f = new StatementFigures(d.contractVersion(), d.finalStatement(), d.feeTotal(),
                d.penaltyTotal(), d.penaltyCap(), d.subtotal(), d.vatRatePercent(), d.pricesIncludeTax(),
                d.netAmount(), d.taxAmount(), d.total(), d.depositTotal(), d.amountDue(),
                terms.getTax().getInvoiceType());
        s.recompute(f, lines, in.from(), in.to(), PaymentDue.statementDueOn(in.to(), terms.getSettlement()), by,
                clock.instant());
    }

    private void flush() {
        try {
            statements.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", "error.version.stale");
        }
    }

    static String summary(Statement s) {
        return s.getStatus() + " total " + s.getFigures().getTotal() + " due " + s.getFigures().getAmountDue()
                + " (" + s.getLines().size() + " lines)";
    }

    /** Whether the database refused a row for a unique key (SQLState class 23). */
    static boolean duplicateKey(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
