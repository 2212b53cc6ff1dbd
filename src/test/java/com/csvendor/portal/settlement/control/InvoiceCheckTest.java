package com.csvendor.portal.settlement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceCheckTest {

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static InvoiceCheck.Invoice invoice(InvoiceType type, String excl, String tax, String total) {
        return new InvoiceCheck.Invoice(null, "24442000000012345678", type, m(excl), m(tax), m(total));
    }

    private static List<String> fields(List<Finding> found) {
        return found.stream().map(Finding::field).toList();
    }

    @ParameterizedTest(name = "code {0} number {1}")
    @CsvSource(value = {"NULL, 24442000000012345678", "'', 24442000000012345678", "4400231130, 01234567",
        "044002300111, 01234567"}, nullValues = "NULL")
    void wellFormedNumbers(String code, String number) {
        assertEquals(List.of(), InvoiceCheck.numberFindings(code, number));
    }

    @Test
    void malformedNumbersNameTheirField() {
        assertEquals(List.of("number"), fields(InvoiceCheck.numberFindings(null, "2444200000001234567")));
        assertEquals(List.of("number"), fields(InvoiceCheck.numberFindings(null, "01234567")));
        assertEquals(List.of("number"), fields(InvoiceCheck.numberFindings(null, " ")));
        assertEquals(List.of("number"), fields(InvoiceCheck.numberFindings("4400231130", "24442000000012345678")));
        assertEquals(List.of("code"), fields(InvoiceCheck.numberFindings("44002311", "01234567")));
        assertEquals(List.of("number", "code"), fields(InvoiceCheck.numberFindings("44002311301", "0123456A")));
        Finding f = InvoiceCheck.numberFindings(null, "123").get(0);
        assertEquals("Invoice number \"123\": a fully-digital e-invoice number has 20 digits (or enter the invoice "
                + "code as well).", f.message(Locale.ENGLISH));
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("20 位"), f.message(Locale.SIMPLIFIED_CHINESE));
        String code = InvoiceCheck.numberFindings("1", "01234567").get(0).message(Locale.SIMPLIFIED_CHINESE);
        assertEquals("发票代码“1”：应为 10 位或 12 位数字。", code);
    }

    @Test
    void aMatchingInvoiceHasNoFlags() {
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.SPECIAL, "47169.81", "2830.19", "50000.00"),
                InvoiceType.SPECIAL, m("6"), m("50000.00"));
        assertEquals(List.of(), r.flags());
        assertEquals(m("0.00"), r.difference());
        assertEquals(m("6.00"), r.impliedRatePercent());
    }

    @Test
    void aTaxOffByOneFenIsRounding() {
        // 47,169.81 × 6 % = 2,830.1886 → 2,830.19; the vendor wrote 2,830.18 (and a matching total).
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.SPECIAL, "47169.81", "2830.18", "49999.99"),
                InvoiceType.SPECIAL, m("6"), m("50000.00"));
        assertEquals(List.of(InvoiceFlag.AMOUNT), r.flags());
        assertEquals(m("-0.01"), r.difference());
    }

    @Test
    void wrongTypeRateAmountAndArithmeticAreAllFlagged() {
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.GENERAL, "48543.69", "1456.31", "50001.00"),
                InvoiceType.SPECIAL, m("6"), m("50000.00"));
        assertEquals(List.of(InvoiceFlag.TYPE, InvoiceFlag.TAX_RATE, InvoiceFlag.AMOUNT, InvoiceFlag.ARITHMETIC),
                r.flags());
        assertEquals(m("1.00"), r.difference());
        assertEquals(m("3.00"), r.impliedRatePercent(), "the vendor invoiced at 3 %");
        assertEquals("Tax is not the contract's VAT rate", Messages.label(Locale.ENGLISH, InvoiceFlag.TAX_RATE));
        assertEquals("税额与合同税率不符", Messages.label(Locale.SIMPLIFIED_CHINESE, InvoiceFlag.TAX_RATE));
    }

    @Test
    void anInvoiceWhereTheContractSaysNoneIsFlagged() {
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.GENERAL, "100.00", "0.00", "100.00"),
                InvoiceType.NONE, m("0"), m("100.00"));
        assertEquals(List.of(InvoiceFlag.TYPE), r.flags());
        assertEquals(m("0.00"), r.impliedRatePercent());
    }

    @Test
    void aZeroInvoiceHasNoImpliedRate() {
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.SPECIAL, "0", "0", "0"), InvoiceType.SPECIAL,
                m("6"), m("0"));
        assertNull(r.impliedRatePercent());
        assertEquals(List.of(), r.flags());
    }

    @Test
    void aCreditInvoiceForANegativeStatement() {
        InvoiceCheck.Result r = InvoiceCheck.check(invoice(InvoiceType.SPECIAL, "-1886.79", "-113.21", "-2000.00"),
                InvoiceType.SPECIAL, m("6"), m("-2000.00"));
        assertEquals(List.of(), r.flags());
    }
}
