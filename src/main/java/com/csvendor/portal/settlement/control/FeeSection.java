package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.sla.control.FeeBreakdown;
import com.csvendor.portal.sla.control.FeeLine;
import com.csvendor.portal.sla.control.MonthPart;
import com.csvendor.portal.sla.control.MonthParts;
import com.csvendor.portal.sla.control.ServiceFeeCalculator;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The service fee lines of a statement, segment by segment; {@code serviceFee} is their sum. Session
 * tiers go on from the customers charged per session in the cycle's earlier segments (customers of a
 * segment under another model were paid for otherwise).
 */
record FeeSection(List<DraftLine> lines, BigDecimal serviceFee) {

    private static final ServiceFeeCalculator CALCULATOR = new ServiceFeeCalculator();

    static FeeSection of(StatementInput in) {
        List<DraftLine> lines = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        long receivedBefore = 0;
        for (StatementInput.Segment s : in.segments()) {
            List<MonthPart> parts = MonthParts.split(s.fees(), s.from(), s.to(), in.days());
            boolean continued = receivedBefore > 0 && s.fees().getModel() == FeeModel.PER_SESSION;
            Fees fees = continued ? CycleTiers.after(s.fees(), receivedBefore) : s.fees();
            FeeBreakdown b = CALCULATOR.fees(fees, parts);
            String source = "kpi:" + s.from() + ".." + s.to() + " v" + s.version();
            for (FeeLine l : b.lines()) {
                List<Object> args = continued && FeeLine.SESSIONS.equals(l.type())
                        ? CycleTiers.renumbered(l.args(), receivedBefore) : l.args();
                lines.add(new DraftLine(LineSection.FEE, l.type(), l.quantity(), l.rate(), l.amount(),
                        l.explanationKey(), args, source));
            }
            total = total.add(b.total());
            if (s.fees().getModel() == FeeModel.PER_SESSION) {
                receivedBefore += parts.stream().mapToLong(p -> p.sums().received()).sum();
            }
        }
        return new FeeSection(lines, total);
    }
}
