package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.contract.entity.ContractStatus;
import com.csvendor.portal.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContractRepository {

    private static final Collection<ContractStatus> IN_FORCE = EnumSet.of(ContractStatus.ACTIVE,
            ContractStatus.SUSPENDED);

    @PersistenceContext
    EntityManager em;

    public Optional<Contract> findContract(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    public Contract getContract(long id) {
        return findContract(id).orElseThrow(() -> new NotFoundException("contract", id));
    }

    public Optional<Contract> findByNumber(String number) {
        return em.createNamedQuery("Contract.findByNumber", Contract.class).setParameter("number", number.trim())
                .getResultStream().findFirst();
    }

    /** Contracts in force between the same store and vendor (candidates for an overlap). */
    public List<Contract> inForceBetween(long storeId, long vendorId) {
        return em.createNamedQuery("Contract.findByStoreAndVendor", Contract.class).setParameter("storeId", storeId)
                .setParameter("vendorId", vendorId).getResultStream()
                .filter(c -> c.getStatus().inForce()).toList();
    }

    /**
     * Contracts matching a filter within a scope. {@code storeIds} and {@code vendorId} narrow to
     * the caller's scope when not null; {@code endingBy} keeps contracts in force ending on or
     * before that date; {@code hideDrafts} leaves drafts out (vendor leads never see them).
     */
    public List<Contract> search(ContractQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Contract c WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (q.storeIds() != null) {
            if (q.storeIds().isEmpty()) {
                return List.of();
            }
            jpql.append(" AND c.store.id IN :storeIds");
            params.add(new Object[] {"storeIds", q.storeIds()});
        }
        if (q.vendorId() != null) {
            jpql.append(" AND c.vendor.id = :vendorId");
            params.add(new Object[] {"vendorId", q.vendorId()});
        }
        if (q.status() != null) {
            jpql.append(" AND c.status = :status");
            params.add(new Object[] {"status", q.status()});
        }
        if (q.hideDrafts()) {
            jpql.append(" AND c.status <> :draft");
            params.add(new Object[] {"draft", ContractStatus.DRAFT});
        }
        if (q.endingBy() != null) {
            jpql.append(" AND c.status IN :inForce AND c.endDate <= :endingBy AND c.endDate >= :today");
            params.add(new Object[] {"inForce", IN_FORCE});
            params.add(new Object[] {"endingBy", q.endingBy()});
            params.add(new Object[] {"today", q.today()});
        }
        jpql.append(" ORDER BY c.endDate, c.number");
        TypedQuery<Contract> query = em.createQuery(jpql.toString(), Contract.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.getResultList();
    }

    /** Contracts still in force whose end date has passed: the calendar renews or expires them. */
    public List<Long> endedInForce(LocalDate today) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status IN :inForce AND c.endDate < :today",
                Long.class).setParameter("inForce", IN_FORCE).setParameter("today", today).getResultList();
    }

    /** The filter of {@link #search}. */
    public record ContractQuery(Collection<Long> storeIds, Long vendorId, ContractStatus status, LocalDate endingBy,
            LocalDate today, boolean hideDrafts) {
    }

    /**
     * The ids of the signed contracts (not drafts) whose period may share a day with [from, to] (their
     * end date, not a termination, bounds it: a superset), in id order: what "evaluate all" runs over.
     */
    public List<Long> signedIdsBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status <> :draft AND c.startDate <= :to"
                + " AND c.endDate >= :from ORDER BY c.id", Long.class).setParameter("draft", ContractStatus.DRAFT)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The ids of the signed contracts (not drafts) starting on or before the day, in id order. */
    public List<Long> signedIdsStartedBy(LocalDate day) {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status <> :draft AND c.startDate <= :day"
                + " ORDER BY c.id", Long.class).setParameter("draft", ContractStatus.DRAFT).setParameter("day", day)
                .getResultList();
    }

    /** The contracts found among the ids, in id order, with their versions, stores and vendors read in a few queries. */
    public List<Contract> contracts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT c FROM Contract c WHERE c.id IN :ids ORDER BY c.id",
                Contract.class).setParameter("ids", ids).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.versions").setHint("eclipselink.batch", "c.store")
                .setHint("eclipselink.batch", "c.vendor").getResultList();
    }

    public Contract add(Contract contract) {
        em.persist(contract);
        em.flush();
        return contract;
    }

    /**
     * Marks the contract as changed by this transaction before anything is written, so that its
     * optimistic-lock version rises even when only its versions change (an amendment, a draft's
     * terms): they are the other side of the relationship, which JPA does not count as a change of
     * the contract, and a second edit from the same read would otherwise overwrite the first.
     */
    public Contract changing(Contract contract) {
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return contract;
    }

    /** Writes pending changes now, so views carry the new optimistic-lock version. */
    public Contract written(Contract contract) {
        em.flush();
        return contract;
    }
}
