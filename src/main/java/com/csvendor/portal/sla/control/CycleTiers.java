package com.csvendor.portal.sla.control;

import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.SessionTier;
import java.util.ArrayList;
import java.util.List;

/**
 * Graduated session tiers count per settlement cycle, but {@code ServiceFeeCalculator} counts per
 * call, and a cycle that spans an amendment is priced in one call per version. A later segment is
 * therefore priced with its version's tiers moved down by the customers received before it in the
 * cycle (tiers already used up dropped), and its lines' "customers a–b" renumbered back.
 */
final class CycleTiers {

    private CycleTiers() {
    }

    /** A copy of the fees whose tiers start after {@code before} customers. */
    static Fees after(Fees fees, long before) {
        List<SessionTier> tiers = new ArrayList<>();
        for (SessionTier t : fees.getSessionTiers()) {
            if (t.getUpTo() != null && t.getUpTo() <= before) {
                continue;
            }
            SessionTier moved = new SessionTier();
            moved.setPrice(t.getPrice());
            moved.setUpTo(t.getUpTo() == null ? null : Math.toIntExact(t.getUpTo() - before));
            tiers.add(moved);
        }
        Fees copy = new Fees();
        copy.setModel(fees.getModel());
        copy.setSeatPrice(fees.getSeatPrice());
        copy.setSessionTiers(tiers);
        copy.setCommissionPercent(fees.getCommissionPercent());
        copy.setCommissionNetOfRefunds(fees.isCommissionNetOfRefunds());
        copy.setBasePerAgent(fees.getBasePerAgent());
        copy.setHourlyRate(fees.getHourlyRate());
        copy.setContractedHoursPerAgent(fees.getContractedHoursPerAgent());
        copy.setOvertimeRate(fees.getOvertimeRate());
        copy.setSurcharges(fees.getSurcharges());
        copy.setTemporaryAgentDayRate(fees.getTemporaryAgentDayRate());
        copy.setMinimumMonthlyFee(fees.getMinimumMonthlyFee());
        return copy;
    }

    /** A sessions line's arguments (quantity, price, first customer[, last customer]) counted in the cycle. */
    static List<Object> renumbered(List<Object> args, long before) {
        List<Object> out = new ArrayList<>(args);
        for (int i = 2; i < out.size(); i++) {
            out.set(i, ((Number) out.get(i)).longValue() + before);
        }
        return out;
    }
}
