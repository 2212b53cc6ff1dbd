package com.csvendor.portal.settlement.control;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a vendor's invoice against its statement and the contract (PRODUCT.md, "Settlement").
 * Its number is either a fully-digital e-invoice number (数电票, 20 digits, no code) or the older
 * invoice code (10 or 12 digits) with an 8-digit number. Mismatches do not refuse the invoice: they
 * are {@link InvoiceFlag}s stored and shown with it.
 */
public final class InvoiceCheck {

    /** Tax may differ from the contract's rate of the amount excluding tax by this much (rounding). */
    static final BigDecimal TAX_TOLERANCE = new BigDecimal("0.01");

    private static final Pattern DIGITAL = Pattern.compile("\\d{20}");
    private static final Pattern CODE = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d{8}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceCheck() {
    }

    /** An invoice as recorded: code null or blank for a fully-digital e-invoice. */
    public record Invoice(String code, String number, InvoiceType type, BigDecimal amountExclTax, BigDecimal tax,
            BigDecimal total) {

        public Invoice {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amountExclTax, "amountExclTax");
            Objects.requireNonNull(tax, "tax");
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * The outcome: the flags in {@link InvoiceFlag} order, {@code difference} = invoice total −
     * statement total (0.00 when they agree) and {@code impliedRatePercent} = tax / amount excluding
     * tax in percent, to 0.01 % (null when the amount excluding tax is 0).
     */
    public record Result(List<InvoiceFlag> flags, BigDecimal difference, BigDecimal impliedRatePercent) {

        public Result {
            flags = List.copyOf(flags);
        }
    }

    /**
     * What is wrong with the number's form, one finding per field ("code", "number"), empty when it
     * is well-formed. Spaces are not stripped here: the caller trims what the user typed.
     */
    public static List<Finding> numberFindings(String code, String number) {
        List<Finding> found = new ArrayList<>();
        boolean digital = code == null || code.isBlank();
        if (number == null || number.isBlank()) {
            found.add(new Finding("number", "settlement.invoice.numberRequired"));
        } else if (digital && !DIGITAL.matcher(number).matches()) {
            found.add(new Finding("number", "settlement.invoice.numberDigital", number));
        } else if (!digital && !NUMBER.matcher(number).matches()) {
            found.add(new Finding("number", "settlement.invoice.numberWithCode", number));
        }
        if (!digital && !CODE.matcher(code).matches()) {
            found.add(new Finding("code", "settlement.invoice.code", code));
        }
        return found;
    }

    /**
     * Compares the invoice with the contract's invoice type and VAT rate and with the statement's
     * total (the amount invoiced, VAT included).
     */
    public static Result check(Invoice invoice, InvoiceType contractType, BigDecimal contractRatePercent,
            BigDecimal statementTotal) {
        List<InvoiceFlag> flags = new ArrayList<>();
        if (invoice.type() != contractType) {
            flags.add(InvoiceFlag.TYPE);
        }
        BigDecimal excl = Money.fen(invoice.amountExclTax());
        BigDecimal tax = Money.fen(invoice.tax());
        BigDecimal expectedTax = Money.fen(excl.multiply(contractRatePercent).divide(HUNDRED, MathContext.DECIMAL128));
        if (tax.subtract(expectedTax).abs().compareTo(TAX_TOLERANCE) > 0) {
            flags.add(InvoiceFlag.TAX_RATE);
        }
        BigDecimal difference = Money.fen(invoice.total()).subtract(Money.fen(statementTotal));
        if (difference.signum() != 0) {
            flags.add(InvoiceFlag.AMOUNT);
        }
        if (excl.add(tax).compareTo(Money.fen(invoice.total())) != 0) {
            flags.add(InvoiceFlag.ARITHMETIC);
        }
        BigDecimal implied = excl.signum() == 0 ? null
                : tax.multiply(HUNDRED).divide(excl, 2, RoundingMode.HALF_UP);
        return new Result(flags, difference, implied);
    }
}
