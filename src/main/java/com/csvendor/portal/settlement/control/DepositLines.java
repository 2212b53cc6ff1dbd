package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.Deposit;
import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The deposit offset of a final statement. A deposit the store paid the vendor (STORE_TO_VENDOR) is
 * credited against the last fees (−); a vendor's performance bond (VENDOR_TO_STORE) is returned (+).
 * 定金 (EARNEST) and 订金 (ADVANCE) are named apart in the explanation; forfeiting 定金 or returning
 * it double on a breach is a decision, not arithmetic: finance makes an adjustment statement for it.
 */
final class DepositLines {

    private DepositLines() {
    }

    static List<DraftLine> of(StatementInput in) {
        Deposit d = in.governing().deposit();
        if (!in.finalStatement() || d.getKind() == DepositKind.NONE || d.getAmount() == null
                || d.getAmount().signum() == 0) {
            return List.of();
        }
        if (d.getDirection() == null) {
            throw new IllegalArgumentException("deposit of version " + in.governing().version() + " has no direction");
        }
        BigDecimal amount = Money.fen(d.getAmount());
        boolean storePaid = d.getDirection() == DepositDirection.STORE_TO_VENDOR;
        boolean earnest = d.getKind() == DepositKind.EARNEST;
        String key = "settlement.line.deposit." + (earnest ? "earnest" : "advance") + "."
                + (storePaid ? "storeToVendor" : "vendorToStore");
        return List.of(new DraftLine(LineSection.DEPOSIT,
                earnest ? StatementCalculator.DEPOSIT_EARNEST : StatementCalculator.DEPOSIT_ADVANCE, null, null,
                storePaid ? amount.negate() : amount, key, List.of(amount), "deposit v" + in.governing().version()));
    }
}
