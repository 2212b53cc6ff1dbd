package com.csvendor.portal.settlement.control;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.contract.control.ContractRepository;
import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementFigures;
import com.csvendor.portal.settlement.entity.StatementLine;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.NotFoundException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    @Inject
    Clock clock;

    private final StatementCalculator calculator = new StatementCalculator();

    /** A new regular statement of the cycle; {@link StatementExists} when the cycle has one already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(long contractId, LocalDate cycleStart, String by) {
        Contract c = contracts.getContract(contractId);
        Window cycle = StatementInputs.period(c, cycleStart).cycle();
        if (statements.findRegular(contractId, cycle.start()).isPresent()) {
            throw new StatementExists(contractId, cycle.start());
        }
        Statement s = regular(c, cycle);
        fill(s, c, null, by);
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

    /** A regular statement to write: the contract and a day of its cycle (the cycle's first). */
    public record Planned(long contractId, LocalDate cycleStart) {
    }

    /**
     * New regular statements of many cycles in one transaction, their inputs read together
     * ({@link StatementInputs#inputs}) and written in one flush, their lines in a few multi-row
     * INSERTs ({@link StatementRepository#insertLines}); any failure (a cycle written
     * meanwhile elsewhere, a provisional result) rolls all of them back: the caller then writes
     * them one by one with {@link #create}. Answers the new statements' ids.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> createAll(List<Planned> planned, String by) {
        Map<Long, Contract> byId = new HashMap<>();
        contracts.contracts(planned.stream().map(Planned::contractId).distinct().toList())
                .forEach(c -> byId.put(c.getId(), c));
        List<StatementInputs.Wanted> wanted = new ArrayList<>();
        for (Planned p : planned) {
            Contract c = byId.get(p.contractId());
            if (c == null) {
                throw new NotFoundException("contract", p.contractId());
            }
            wanted.add(new StatementInputs.Wanted(c, StatementInputs.period(c, p.cycleStart())));
        }
        List<StatementInput> read = inputs.inputs(wanted);
        List<Statement> written = new ArrayList<>();
        List<List<StatementLine.Content>> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Contract c = wanted.get(i).contract();
            StatementPeriod p = wanted.get(i).period();
            Statement s = regular(c, p.cycle());
            Computed computed = compute(c, p, read.get(i), null);
            // The lines go in below, all statements' together: not as entities, one INSERT each.
            s.recompute(computed.figures(), List.of(), p.from(), p.to(), p.statementDueOn(), by, clock.instant());
            statements.add(s);
            written.add(s);
            lines.add(computed.lines());
        }
        statements.flush();
        statements.insertLines(written, lines);
        List<AuditLog.Entry> generated = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Statement s = written.get(i);
            generated.add(new AuditLog.Entry("STATEMENT", s.getId(), "GENERATED", by, s.getNumber() + " "
                    + summary(s, lines.get(i).size()), null, null));
        }
        audit.recordAll(generated);
        return written.stream().map(Statement::getId).toList();
    }

    private static Statement regular(Contract c, Window cycle) {
        return new Statement("ST-" + c.getNumber() + "-" + NUMBER_DATE.format(cycle.start()), c.getId(),
                cycle.start(), cycle.end(), null, 0, null);
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
        fill(s, c, null, by);
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
        fill(s, c, null, by);
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
    public long adjust(long statementId, String reason, List<Adjustments.Manual> manual, String by) {
        Statement original = statements.getStatement(statementId);
        Contract c = contracts.getContract(original.getContractId());
        int n = statements.nextAdjustmentNo(c.getId(), original.getCycleStart());
        Statement s = new Statement(original.getNumber().replaceFirst("-A\\d+$", "") + "-A" + n, c.getId(),
                original.getCycleStart(), original.getCycleEnd(), original, n, reason);
        List<Adjustments.Original> lines = original.getLines().stream()
                .map(l -> new Adjustments.Original(l.getLineNo(), l.getSection(), l.getAmount())).toList();
        fill(s, c, d -> Adjustments.of(d, original.getNumber(), lines, manual), by);
        try {
            statements.insert(s);
        } catch (PersistenceException e) {
            throw duplicateKey(e) ? new ConflictException("version", "error.version.stale") : e;
        }
        audit.record("STATEMENT", s.getId(), "ADJUSTMENT_CREATED", by, s.getNumber() + " adjusts "
                + original.getNumber() + " " + summary(s), null, reason);
        return s.getId();
    }

    /** Computes the statement's cycle now, {@code adjusting} the draft for an adjustment statement (null: none). */
    private void fill(Statement s, Contract c, UnaryOperator<StatementDraft> adjusting, String by) {
        StatementPeriod p = StatementInputs.period(c, s.getCycleStart());
        fill(s, c, p, inputs.input(c, p), adjusting, by);
    }

    private void fill(Statement s, Contract c, StatementPeriod p, StatementInput input,
            UnaryOperator<StatementDraft> adjusting, String by) {
        Computed computed = compute(c, p, input, adjusting);
        s.recompute(computed.figures(), computed.lines(), p.from(), p.to(), p.statementDueOn(), by, clock.instant());
    }

    /** A statement's figures and lines as computed. */
    private record Computed(StatementFigures figures, List<StatementLine.Content> lines) {
    }

    private Computed compute(Contract c, StatementPeriod p, StatementInput input,
            UnaryOperator<StatementDraft> adjusting) {
        StatementDraft d = calculator.compute(input);
        if (adjusting != null) {
            d = adjusting.apply(d);
        }
        List<StatementLine.Content> lines = d.lines().stream().map(l -> new StatementLine.Content(l.section(),
                l.type(), l.quantity(), l.rate(), l.amount(), l.explanationKey(), LineArgs.encode(l.args()),
                l.source())).toList();
        InvoiceType invoiceType = c.version(p.governing().version()).orElseThrow().readOnlyTerms().getTax()
                .getInvoiceType();
        StatementFigures f = new StatementFigures(d.contractVersion(), d.finalStatement(), d.feeTotal(),
                d.penaltyTotal(), d.penaltyCap(), d.subtotal(), d.vatRatePercent(), d.pricesIncludeTax(),
                d.netAmount(), d.taxAmount(), d.total(), d.depositTotal(), d.amountDue(), invoiceType);
        return new Computed(f, lines);
    }

    private void flush() {
        try {
            statements.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", "error.version.stale");
        }
    }

    static String summary(Statement s) {
        return summary(s, s.getLines().size());
    }

    static String summary(Statement s, int lines) {
        return s.getStatus() + " total " + s.getFigures().getTotal() + " due " + s.getFigures().getAmountDue()
                + " (" + lines + " lines)";
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
