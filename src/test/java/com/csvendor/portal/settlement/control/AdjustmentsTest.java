package com.csvendor.portal.settlement.control;

import static com.csvendor.portal.settlement.control.DraftChecks.consistent;
import static com.csvendor.portal.settlement.control.DraftChecks.en;
import static com.csvendor.portal.settlement.control.DraftChecks.zh;
import static com.csvendor.portal.settlement.control.Inputs.m;
import static com.csvendor.portal.settlement.control.Inputs.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.settlement.entity.LineSection;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Adjustment statements: the recomputed cycle, the original reversed, manual lines; totals are the difference. */
class AdjustmentsTest {

    private static final String NUMBER = "ST-HT-2026-01-20261101";

    private final StatementCalculator calculator = new StatementCalculator();

    private static List<Adjustments.Original> reversed(StatementDraft original) {
        List<Adjustments.Original> out = new ArrayList<>();
        for (int i = 0; i < original.lines().size(); i++) {
            DraftLine l = original.lines().get(i);
            out.add(new Adjustments.Original(i + 1, l.section(), l.amount()));
        }
        return out;
    }

    private static Inputs november(long customersPerDay) {
        return Inputs.month("2026-11").fees(Inputs.sessions(null, "1.00")).everyDay(received(3, customersPerDay));
    }

    @Test
    void aLateUploadIsChargedAsTheDifference() {
        StatementDraft original = calculator.compute(november(100).get());
        StatementDraft now = calculator.compute(november(104).get());
        StatementDraft a = consistent(Adjustments.of(now, NUMBER, reversed(original), List.of()));
        assertEquals(List.of(m("3120.00"), m("-3000.00")), a.lines().stream().map(DraftLine::amount).toList());
        DraftLine reversal = a.lines().get(1);
        assertEquals(LineSection.ADJUSTMENT, reversal.section());
        assertEquals(Adjustments.REVERSAL, reversal.type());
        assertEquals("reverses:" + NUMBER + " line 1", reversal.source());
        assertEquals("Reverses line 1 of " + NUMBER + ": ¥3,000.00", en(reversal));
        assertEquals("冲销 " + NUMBER + " 第 1 行：¥3,000.00", zh(reversal));
        assertEquals(m("120.00"), a.subtotal());
        assertEquals(m("120.00"), a.total());
        assertEquals(m("113.21"), a.netAmount());
        assertEquals(m("3120.00"), a.feeTotal(), "the recomputed fees; the reversal is an adjustment");
    }

    @Test
    void aReversedDepositStaysOutsideVatAndManualLinesCount() {
        Inputs last = november(100).deposit(DepositKind.EARNEST, DepositDirection.STORE_TO_VENDOR, "5000")
                .finalStatement();
        StatementDraft original = calculator.compute(last.get());
        StatementDraft a = consistent(Adjustments.of(calculator.compute(last.get()), NUMBER, reversed(original),
                List.of(new Adjustments.Manual("Goodwill credit", m("-200"), "complaint #17"))));
        assertEquals(m("0.00"), a.depositTotal(), "the deposit set off again, its reversal undoing the first");
        assertEquals(m("-200.00"), a.subtotal());
        assertEquals(m("-200.00"), a.amountDue());
        DraftLine manual = a.lines().get(a.lines().size() - 1);
        assertEquals("Goodwill credit (reason: complaint #17)", en(manual));
        assertEquals("Goodwill credit（原因：complaint #17）", zh(manual));
    }

    @Test
    void randomAdjustmentsAreTheDifferenceOfTheTwoStatements() {
        Random rnd = new Random(61L);
        for (int run = 0; run < 1_000; run++) {
            StatementInput first = StatementPropertiesTest.input(rnd);
            StatementDraft original = calculator.compute(first);
            StatementDraft now = calculator.compute(StatementPropertiesTest.recomputed(first, rnd));
            BigDecimal manual = BigDecimal.valueOf(rnd.nextLong(-100_000, 100_000), 2);
            StatementDraft a = consistent(Adjustments.of(now, NUMBER, reversed(original),
                    List.of(new Adjustments.Manual("correction", manual, "audit"))));
            assertEquals(now.subtotal().subtract(original.subtotal()).add(manual), a.subtotal());
            assertEquals(now.depositTotal().subtract(original.depositTotal()), a.depositTotal());
            BigDecimal difference = now.total().subtract(original.total());
            if (now.pricesIncludeTax()) {
                assertEquals(difference.add(manual), a.total());
                assertEquals(now.amountDue().subtract(original.amountDue()).add(manual), a.amountDue());
            } else {
                BigDecimal manualTax = Money.fen(manual.multiply(now.vatRatePercent()).movePointLeft(2));
                BigDecimal off = a.total().subtract(difference.add(manual).add(manualTax)).abs();
                assertTrue(off.compareTo(m("0.02")) <= 0, () -> "tax rounded on the difference is off by " + off);
            }
        }
    }
}
