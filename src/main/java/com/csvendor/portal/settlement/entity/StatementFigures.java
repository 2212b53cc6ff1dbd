package com.csvendor.portal.settlement.entity;

import com.csvendor.portal.contract.entity.InvoiceType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A statement's computed figures, as the calculator produced them (its invariants are the
 * calculator's: totals are sums of rounded lines; net + tax = total; total + deposits = amount
 * due), with the terms they were computed under: the contract version, VAT rate and whether
 * prices include tax, and the invoice type the contract asks for. Immutable.
 */
@Embeddable
public class StatementFigures {

    @Column(name = "contract_version", nullable = false)
    private int contractVersion;

    @Column(name = "final_statement", nullable = false)
    private boolean finalStatement;

    @Column(name = "fee_total", nullable = false, precision = 16, scale = 2)
    private BigDecimal feeTotal;

    @Column(name = "penalty_total", nullable = false, precision = 16, scale = 2)
    private BigDecimal penaltyTotal;

    @Column(name = "penalty_cap", precision = 16, scale = 2)
    private BigDecimal penaltyCap;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal subtotal;

    @Column(name = "vat_rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal vatRatePercent;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(name = "net_amount", nullable = false, precision = 16, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "tax_amount", nullable = false, precision = 16, scale = 2)
    private BigDecimal taxAmount;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal total;

    @Column(name = "deposit_total", nullable = false, precision = 16, scale = 2)
    private BigDecimal depositTotal;

    @Column(name = "amount_due", nullable = false, precision = 16, scale = 2)
    private BigDecimal amountDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 10)
    private InvoiceType invoiceType;

    protected StatementFigures() {
    }

    @SuppressWarnings("java:S107")
    public StatementFigures(int contractVersion, boolean finalStatement, BigDecimal feeTotal, BigDecimal penaltyTotal,
            BigDecimal penaltyCap, BigDecimal subtotal, BigDecimal vatRatePercent, boolean pricesIncludeTax,
            BigDecimal netAmount, BigDecimal taxAmount, BigDecimal total, BigDecimal depositTotal,
            BigDecimal amountDue, InvoiceType invoiceType) {
        this.contractVersion = contractVersion;
        this.finalStatement = finalStatement;
        this.feeTotal = Objects.requireNonNull(feeTotal);
        this.penaltyTotal = Objects.requireNonNull(penaltyTotal);
        this.penaltyCap = penaltyCap;
        this.subtotal = Objects.requireNonNull(subtotal);
        this.vatRatePercent = Objects.requireNonNull(vatRatePercent);
        this.pricesIncludeTax = pricesIncludeTax;
        this.netAmount = Objects.requireNonNull(netAmount);
        this.taxAmount = Objects.requireNonNull(taxAmount);
        this.total = Objects.requireNonNull(total);
        this.depositTotal = Objects.requireNonNull(depositTotal);
        this.amountDue = Objects.requireNonNull(amountDue);
        this.invoiceType = Objects.requireNonNull(invoiceType);
    }

    public int getContractVersion() {
        return contractVersion;
    }

    public boolean isFinalStatement() {
        return finalStatement;
    }

    public BigDecimal getFeeTotal() {
        return feeTotal;
    }

    public BigDecimal getPenaltyTotal() {
        return penaltyTotal;
    }

    public BigDecimal getPenaltyCap() {
        return penaltyCap;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getVatRatePercent() {
        return vatRatePercent;
    }

    public boolean isPricesIncludeTax() {
        return pricesIncludeTax;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDepositTotal() {
        return depositTotal;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public InvoiceType getInvoiceType() {
        return invoiceType;
    }
}
