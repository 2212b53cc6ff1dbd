package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.control.LockedPeriods;
import com.csvendor.portal.settlement.entity.DueFilter;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementInvoice;
import com.csvendor.portal.settlement.entity.StatementLine;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.shared.Money;
import com.csvendor.portal.shared.MultiRowInsert;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Statements, their invoices and temporary agents. */
@ApplicationScoped
public class StatementRepository {

    static final Collection<StatementStatus> LOCKED = EnumSet.of(StatementStatus.APPROVED, StatementStatus.PAID);

    @PersistenceContext
    EntityManager em;

    public Optional<Statement> findStatement(long id) {
        return Optional.ofNullable(em.find(Statement.class, id));
    }

    public Statement getStatement(long id) {
        return findStatement(id).orElseThrow(() -> new NotFoundException("statement", id));
    }

    /** The regular statement of a contract's cycle. */
    public Optional<Statement> findRegular(long contractId, LocalDate cycleStart) {
        return em.createNamedQuery("Statement.findRegular", Statement.class).setParameter("contract", contractId)
                .setParameter("cycleStart", cycleStart).getResultStream().findFirst();
    }

    /** Adds a new statement with its lines, written at the next flush. */
    public void add(Statement s) {
        em.persist(s);
    }

    private static final List<String> LINE_COLUMNS = List.of("statement_id", "line_no", "section", "line_type",
            "quantity", "rate", "amount", "explanation_key", "explanation_args", "source");

    /**
     * Inserts the lines of statements just written (flushed, so with their ids) whose entity holds none,
     * numbered from 1 in the order given, as {@link Statement#recompute} numbers them: a few multi-row
     * INSERTs ({@link MultiRowInsert}) instead of an INSERT and an identity query per line.
     */
    public void insertLines(List<Statement> written, List<List<StatementLine.Content>> lines) {
        record Row(long statementId, int lineNo, StatementLine.Content line) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Statement s = written.get(i);
            if (s.getId() == null || !s.getLines().isEmpty()) {
                throw new IllegalArgumentException("statement " + s.getNumber() + " is not written without lines");
            }
            List<StatementLine.Content> of = lines.get(i);
            for (int n = 0; n < of.size(); n++) {
                rows.add(new Row(s.getId(), n + 1, of.get(n)));
            }
        }
        MultiRowInsert.insert(em, "statement_line", LINE_COLUMNS, rows, r -> new Object[] {r.statementId(),
            r.lineNo(), r.line().section().name(), r.line().type(), r.line().quantity(), r.line().rate(),
            r.line().amount(), r.line().explanationKey(), r.line().explanationArgs(),
            r.line().source() == null ? "" : r.line().source()});
    }

    /** Writes a new statement with its lines now: a duplicate cycle fails here, on the unique key. */
    public Statement insert(Statement s) {
        em.persist(s);
        em.flush();
        return s;
    }

    /** Writes pending changes now (old lines go before new ones take their numbers; views get the new version). */
    public void flush() {
        em.flush();
    }

    public int nextAdjustmentNo(long contractId, LocalDate cycleStart) {
        Integer max = em.createNamedQuery("Statement.maxAdjustment", Integer.class).setParameter("contract", contractId)
                .setParameter("cycleStart", cycleStart).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The cycles of the contract that have a regular statement. */
    public Set<LocalDate> regularCycles(long contractId) {
        return new HashSet<>(em.createNamedQuery("Statement.regularCycles", LocalDate.class)
                .setParameter("contract", contractId).getResultList());
    }

    /** Whether the day falls in a cycle of the contract whose regular statement is approved or paid. */
    public boolean locked(long contractId, LocalDate day) {
        return em.createNamedQuery("Statement.lockedOn", Long.class).setParameter("contract", contractId)
                .setParameter("locked", LOCKED).setParameter("day", day).getSingleResult() > 0;
    }

    /** The earliest approved or paid regular statement of the contract whose days end on or after {@code day}. */
    public Optional<LockedPeriods.Settled> settledFrom(long contractId, LocalDate day) {
        return em.createQuery("SELECT c.store.id, s.serviceFrom, s.serviceTo, s.number FROM Statement s, Contract c"
                + " WHERE c.id = s.contractId AND s.contractId = :contract AND s.adjustmentNo = 0"
                + " AND s.status IN :locked AND s.serviceTo >= :day ORDER BY s.serviceFrom", Object[].class)
                .setParameter("contract", contractId).setParameter("locked", LOCKED).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst().map(r -> new LockedPeriods.Settled((Long) r[0],
                        (LocalDate) r[1], (LocalDate) r[2], (String) r[3]));
    }

    /** The days of the vendor's contracts that approved or paid regular statements settled, with their store. */
    public List<LockedPeriods.Settled> settledOfVendor(long vendorId) {
        List<Object[]> rows = em.createQuery("SELECT c.store.id, s.serviceFrom, s.serviceTo, s.number FROM Statement s,"
                + " Contract c WHERE c.id = s.contractId AND c.vendor.id = :vendor AND s.adjustmentNo = 0"
                + " AND s.status IN :locked", Object[].class).setParameter("vendor", vendorId)
                .setParameter("locked", LOCKED).getResultList();
        return rows.stream().map(r -> new LockedPeriods.Settled((Long) r[0], (LocalDate) r[1], (LocalDate) r[2],
                (String) r[3])).toList();
    }

    /** Whether any day of [from, to] falls in a locked cycle of the contract. */
    public boolean lockedBetween(long contractId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(s) FROM Statement s WHERE s.contractId = :contract"
                + " AND s.adjustmentNo = 0 AND s.status IN :locked AND s.serviceFrom <= :to AND s.serviceTo >= :from",
                Long.class).setParameter("contract", contractId).setParameter("locked", LOCKED)
                .setParameter("from", from).setParameter("to", to).getSingleResult() > 0;
    }

    /**
     * Marks the statement as changed by this transaction (its version rises), so that a change next
     * to it — its invoice — conflicts with a concurrent transition instead of slipping past it.
     */
    public void touch(Statement s) {
        em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Per status: how many statements, and the sums of their totals and amounts due. */
    public List<Object[]> countsByStatus() {
        return em.createQuery("SELECT s.status, COUNT(s), SUM(s.figures.total), SUM(s.figures.amountDue)"
                + " FROM Statement s GROUP BY s.status", Object[].class).getResultList();
    }

    /** Approved statements not yet paid, earliest payment due first. */
    public List<Statement> due(int max) {
        return em.createQuery("SELECT s FROM Statement s WHERE s.status = :approved"
                + " ORDER BY s.paymentDueOn, s.id", Statement.class).setParameter("approved", StatementStatus.APPROVED)
                .setMaxResults(max).getResultList();
    }

    /** Per vendor and cycle end: vendor id, vendor name, cycle end, count, total, amount due (no drafts). */
    public List<Object[]> totalsByVendorAndCycleEnd() {
        return em.createQuery("SELECT c.vendor.id, c.vendor.name, s.cycleEnd, COUNT(s), SUM(s.figures.total),"
                + " SUM(s.figures.amountDue) FROM Statement s, Contract c WHERE c.id = s.contractId"
                + " AND s.status <> :draft GROUP BY c.vendor.id, c.vendor.name, s.cycleEnd", Object[].class)
                .setParameter("draft", StatementStatus.DRAFT).getResultList();
    }

    /**
     * The filter of {@link #search} and {@link #totals}; null members do not filter. {@code contractIds} is the
     * caller's scope; {@code dueFrom}/{@code dueTo} bound the open due date ({@link PaymentDue#openDueOn}: the
     * statement due date of a DRAFT, the payment due date of an APPROVED statement), so that a due filter keeps
     * only those two statuses.
     */
    public record Query(Collection<Long> contractIds, StatementStatus status, Collection<StatementStatus> hidden,
            LocalDate from, LocalDate to, LocalDate dueFrom, LocalDate dueTo, int limit) {

        public Query(Collection<Long> contractIds, StatementStatus status, Collection<StatementStatus> hidden,
                LocalDate from, LocalDate to, int limit) {
            this(contractIds, status, hidden, from, to, null, null, limit);
        }

        /** The same filter on the open due dates that {@code due} matches on {@code today}. */
        public Query due(DueFilter due, LocalDate today) {
            return due == null ? this : new Query(contractIds, status, hidden, from, to, due.from(today),
                    due.to(today), limit);
        }
    }

    /** How many statements a query finds, and the sum of their amounts due. */
    public record Totals(long count, BigDecimal amountDue) {
    }

    /** Statements of the contracts whose cycle overlaps [from, to], newest cycle first. */
    public List<Statement> search(Query q) {
        if (q.contractIds().isEmpty()) {
            return List.of();
        }
        List<Object[]> params = new ArrayList<>();
        String where = where(q, params);
        TypedQuery<Statement> query = em.createQuery("SELECT s FROM Statement s WHERE " + where
                + " ORDER BY s.cycleStart DESC, s.contractId, s.adjustmentNo", Statement.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.setMaxResults(q.limit()).getResultList();
    }

    /** The count and amount due of every statement the query finds (not only the first {@code limit}). */
    public Totals totals(Query q) {
        if (q.contractIds().isEmpty()) {
            return new Totals(0, Money.ZERO);
        }
        List<Object[]> params = new ArrayList<>();
        String where = where(q, params);
        TypedQuery<Object[]> query = em.createQuery("SELECT COUNT(s), SUM(s.figures.amountDue) FROM Statement s WHERE "
                + where, Object[].class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        Object[] row = query.getSingleResult();
        return new Totals(((Number) row[0]).longValue(), row[1] == null ? Money.ZERO
                : Money.fen(new BigDecimal(row[1].toString())));
    }

    private static String where(Query q, List<Object[]> params) {
        StringBuilder jpql = new StringBuilder("s.contractId IN :contracts");
        params.add(new Object[] {"contracts", q.contractIds()});
        if (q.status() != null) {
            jpql.append(" AND s.status = :status");
            params.add(new Object[] {"status", q.status()});
        }
        if (q.hidden() != null && !q.hidden().isEmpty()) {
            jpql.append(" AND s.status NOT IN :hidden");
            params.add(new Object[] {"hidden", q.hidden()});
        }
        if (q.from() != null) {
            jpql.append(" AND s.cycleEnd >= :from");
            params.add(new Object[] {"from", q.from()});
        }
        if (q.to() != null) {
            jpql.append(" AND s.cycleStart <= :to");
            params.add(new Object[] {"to", q.to()});
        }
        if (q.dueFrom() != null || q.dueTo() != null) {
            // PaymentDue.openDueOn in JPQL: a DRAFT's statement due date, an APPROVED statement's payment due date.
            jpql.append(" AND ((s.status = :draft").append(dueBounds("s.statementDueOn", q))
                    .append(") OR (s.status = :approved").append(dueBounds("s.paymentDueOn", q)).append("))");
            params.add(new Object[] {"draft", StatementStatus.DRAFT});
            params.add(new Object[] {"approved", StatementStatus.APPROVED});
            if (q.dueFrom() != null) {
                params.add(new Object[] {"dueFrom", q.dueFrom()});
            }
            if (q.dueTo() != null) {
                params.add(new Object[] {"dueTo", q.dueTo()});
            }
        }
        return jpql.toString();
    }

    private static String dueBounds(String field, Query q) {
        return (q.dueFrom() == null ? "" : " AND " + field + " >= :dueFrom")
                + (q.dueTo() == null ? "" : " AND " + field + " <= :dueTo");
    }

    public Optional<StatementInvoice> findInvoice(long statementId) {
        return Optional.ofNullable(em.find(StatementInvoice.class, statementId));
    }

    /** The invoices of the statements, by statement id. */
    public Map<Long, StatementInvoice> invoices(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM StatementInvoice i WHERE i.statementId IN :ids", StatementInvoice.class)
                .setParameter("ids", statementIds).getResultStream()
                .collect(Collectors.toMap(StatementInvoice::getStatementId, Function.identity()));
    }

    public StatementInvoice save(StatementInvoice invoice) {
        if (!em.contains(invoice)) {
            em.persist(invoice);
        }
        em.flush();
        return invoice;
    }

    public Optional<TemporaryAgents> findTemporaryAgents(long id) {
        return Optional.ofNullable(em.find(TemporaryAgents.class, id));
    }

    public TemporaryAgents add(TemporaryAgents agents) {
        em.persist(agents);
        em.flush();
        return agents;
    }

    public List<TemporaryAgents> temporaryAgents(long contractId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("TemporaryAgents.findOverlapping", TemporaryAgents.class)
                .setParameter("contract", contractId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** {@link #temporaryAgents(long, LocalDate, LocalDate)} of many contracts at once, by contract and first day. */
    public List<TemporaryAgents> temporaryAgents(Collection<Long> contractIds, LocalDate from, LocalDate to) {
        return contractIds.isEmpty() ? List.of() : em.createQuery("SELECT t FROM TemporaryAgents t"
                + " WHERE t.contractId IN :contracts AND t.workFrom <= :to AND t.workTo >= :from"
                + " ORDER BY t.contractId, t.workFrom, t.id", TemporaryAgents.class)
                .setParameter("contracts", contractIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Every contract's regular statements' cycle starts: what "generate all" need not write again. */
    public Map<Long, Set<LocalDate>> regularCycles() {
        Map<Long, Set<LocalDate>> out = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.contractId, s.cycleStart FROM Statement s"
                + " WHERE s.adjustmentNo = 0", Object[].class).getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((LocalDate) row[1]);
        }
        return out;
    }

    public List<TemporaryAgents> temporaryAgents(Collection<Long> contractIds, int max) {
        return contractIds.isEmpty() ? List.of()
                : em.createNamedQuery("TemporaryAgents.findOfContracts", TemporaryAgents.class)
                        .setParameter("contracts", contractIds).setMaxResults(max).getResultList();
    }
}
