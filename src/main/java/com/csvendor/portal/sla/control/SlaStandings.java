package com.csvendor.portal.sla.control;

import com.csvendor.portal.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per vendor, over the contracts of a set of stores and a period, in one query: the SLA windows met
 * and breached (not waived) among the windows lying wholly inside the period, and the penalties of
 * the settlement cycles ending inside it. A cycle's penalty is owed when the cycle closes, so a
 * cycle is counted whole in the period its last day falls in, never prorated; windows that
 * straddle an edge of the period are left out, as are NOT_JUDGED, provisional (still running) and
 * waived ones.
 */
@ApplicationScoped
public class SlaStandings {

    @PersistenceContext
    EntityManager em;

    /** A vendor's SLA standing over the period. */
    public record Standing(long met, long breached, BigDecimal penalties) {

        public static final Standing NONE = new Standing(0, 0, Money.ZERO);

        /** MET / (MET + BREACHED not waived) in percent, or null when no window was judged. */
        public BigDecimal compliance() {
            long judged = met + breached;
            return judged == 0 ? null : BigDecimal.valueOf(met).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(judged), 4, RoundingMode.HALF_UP);
        }
    }

    public Map<Long, Standing> of(Collection<Long> storeIds, LocalDate from, LocalDate to) {
        Map<Long, Standing> out = new HashMap<>();
        if (storeIds.isEmpty()) {
            return out;
        }
        String stores = storeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Object o : em.createNativeQuery("SELECT vendor_id, SUM(met), SUM(breached), SUM(penalties) FROM ("
                + "SELECT c.vendor_id AS vendor_id, CASE WHEN r.outcome = 'MET' THEN 1 ELSE 0 END AS met,"
                + " CASE WHEN r.outcome = 'BREACHED' AND r.waived = FALSE THEN 1 ELSE 0 END AS breached,"
                + " 0 AS penalties FROM sla_result r JOIN contract c ON c.id = r.contract_id"
                + " WHERE c.store_id IN (" + stores + ") AND r.window_start >= ?1 AND r.window_end <= ?2"
                + " UNION ALL SELECT c.vendor_id, 0, 0, y.penalty_total FROM sla_cycle y"
                + " JOIN contract c ON c.id = y.contract_id"
                + " WHERE c.store_id IN (" + stores + ") AND y.cycle_end BETWEEN ?1 AND ?2) s GROUP BY vendor_id")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] row = (Object[]) o;
            out.put(((Number) row[0]).longValue(), new Standing(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), money(row[3])));
        }
        return out;
    }

    private static BigDecimal money(Object o) {
        BigDecimal b = o == null ? BigDecimal.ZERO : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
        return Money.fen(b);
    }
}
