package com.csvendor.portal.settlement.entity;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The vendor's invoice recorded against a statement (one per statement): number (20 digits for a
 * fully digital e-invoice, or the older 10/12-digit code with an 8-digit number), type, date,
 * amounts, and the mismatches found when it was recorded (flags such as TYPE, TAX_RATE, AMOUNT,
 * ARITHMETIC) with the difference to the statement's total and the tax rate the invoice implies.
 * Recording again replaces it while the statement allows (see {@link Statement#requireInvoiceable}).
 */
@Entity
@Table(name = "statement_invoice")
public class StatementInvoice {

    /** What was recorded and what the check found. */
    public record Details(String number, String code, InvoiceType type, LocalDate issuedOn, BigDecimal amountExclTax,
            BigDecimal tax, BigDecimal total, List<String> flags, BigDecimal difference, BigDecimal impliedRate) {
    }

    @Id
    @Column(name = "statement_id")
    private Long statementId;

    @Column(name = "invoice_no", nullable = false, length = 20)
    private String number;

    @Column(name = "invoice_code", length = 12)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_type", nullable = false, length = 10)
    private InvoiceType type;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "amount_excl_tax", nullable = false, precision = 16, scale = 2)
    private BigDecimal amountExclTax;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal tax;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal total;

    @Column(nullable = false, length = 200)
    private String flags;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal difference;

    @Column(name = "implied_rate", precision = 9, scale = 4)
    private BigDecimal impliedRate;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected StatementInvoice() {
    }

    public StatementInvoice(long statementId) {
        this.statementId = statementId;
    }

    public void record(Details d, String by, Instant at) {
        this.number = Objects.requireNonNull(d.number());
        this.code = d.code();
        this.type = Objects.requireNonNull(d.type());
        this.issuedOn = Objects.requireNonNull(d.issuedOn());
        this.amountExclTax = Objects.requireNonNull(d.amountExclTax());
        this.tax = Objects.requireNonNull(d.tax());
        this.total = Objects.requireNonNull(d.total());
        this.flags = String.join(",", d.flags());
        this.difference = Objects.requireNonNull(d.difference());
        this.impliedRate = d.impliedRate();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
    }

    public Long getStatementId() {
        return statementId;
    }

    public String getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public InvoiceType getType() {
        return type;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public BigDecimal getAmountExclTax() {
        return amountExclTax;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<String> getFlags() {
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }

    public BigDecimal getDifference() {
        return difference;
    }

    public BigDecimal getImpliedRate() {
        return impliedRate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StatementInvoice other && statementId != null
                && statementId.equals(other.statementId);
    }

    @Override
    public int hashCode() {
        return StatementInvoice.class.hashCode();
    }
}
