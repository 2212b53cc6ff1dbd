package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.DraftChecks.en;
import static com.csvendor.portal.settlement.control.DraftChecks.zh;
import static com.csvendor.portal.settlement.control.Inputs.agents;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.seats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.settlement.entity.LineSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deposit offsets: on the final statement only, outside VAT, 定金 and 订金 named apart. */
class StatementDepositsTest {

    private final StatementCalculator calculator = new StatementCalculator();

    private static Inputs lastMonth() {
        return Inputs.month("2026-12").clipped("2026-12-01", "2026-12-20").fees(seats("3100")).everyDay(agents(10));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "EARNEST, STORE_TO_VENDOR, -10000.00, settlement.line.deposit.earnest.storeToVendor, DEPOSIT_EARNEST, 定金",
        "EARNEST, VENDOR_TO_STORE, 10000.00, settlement.line.deposit.earnest.vendorToStore, DEPOSIT_EARNEST, 定金",
        "ADVANCE, STORE_TO_VENDOR, -10000.00, settlement.line.deposit.advance.storeToVendor, DEPOSIT_ADVANCE, 订金",
        "ADVANCE, VENDOR_TO_STORE, 10000.00, settlement.line.deposit.advance.vendorToStore, DEPOSIT_ADVANCE, 订金"})
    void theFinalStatementOffsetsTheDepositAfterTax(DepositKind kind, DepositDirection direction, String amount,
            String key, String type, String name) {
        StatementDraft s = consistent(calculator.compute(lastMonth().deposit(kind, direction, "10000")
                .finalStatement().get()));
        // 200 agent-days × ¥3,100 / 31 = ¥20,000, VAT included.
        assertEquals(m("20000.00"), s.total());
        assertEquals(m("1132.08"), s.taxAmount(), "the deposit is outside VAT");
        DraftLine d = s.lines().get(s.lines().size() - 1);
        assertEquals(LineSection.DEPOSIT, d.section());
        assertEquals(type, d.type());
        assertEquals(m(amount), d.amount());
        assertEquals(key, d.explanationKey());
        assertEquals("deposit v1", d.source());
        assertEquals(m(amount), s.depositTotal());
        assertEquals(m("20000.00").add(m(amount)), s.amountDue());
        assertTrue(en(d).contains(name) && zh(d).contains(name), en(d));
        assertTrue(en(d).contains("¥10,000.00"), en(d));
    }

    @Test
    void earnestMoneyIsNeverForfeitedByTheCalculator() {
        DraftLine d = calculator.compute(lastMonth().deposit(DepositKind.EARNEST, DepositDirection.STORE_TO_VENDOR,
                "10000").finalStatement().get()).lines().get(1);
        assertTrue(en(d).contains("not automatic"), en(d));
        assertTrue(zh(d).contains("调整对账单"), zh(d));
    }

    @Test
    void noDepositLineBeforeTheFinalStatementOrWithoutADeposit() {
        StatementDraft regular = consistent(calculator.compute(lastMonth()
                .deposit(DepositKind.EARNEST, DepositDirection.STORE_TO_VENDOR, "10000").get()));
        assertEquals(List.of(LineSection.FEE), regular.lines().stream().map(DraftLine::section).toList());
        assertEquals(m("0.00"), regular.depositTotal());
        assertEquals(regular.total(), regular.amountDue());
        StatementDraft none = consistent(calculator.compute(lastMonth().finalStatement().get()));
        assertEquals(1, none.lines().size());
        assertTrue(none.finalStatement());
    }

    @Test
    void aDepositWithoutDirectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calculator.compute(lastMonth()
                .deposit(DepositKind.ADVANCE, null, "100").finalStatement().get()));
    }
}
