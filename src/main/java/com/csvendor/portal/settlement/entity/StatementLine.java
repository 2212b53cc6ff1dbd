package com.csvendor.portal.settlement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One numbered line of a statement: section, type, quantity, rate, amount (to the fen; negative
 * for penalties and credits), how it was computed — an i18n key with its arguments encoded as
 * JSON ({@code settlement.control.LineArgs}) — and what it came from. Written with its
 * statement, never changed on its own.
 */
@Entity
@Table(name = "statement_line")
public class StatementLine {

    /** What a line says, before it belongs to a statement. */
    public record Content(LineSection section, String type, BigDecimal quantity, BigDecimal rate, BigDecimal amount,
            String explanationKey, String explanationArgs, String source) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private Statement statement;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private LineSection section;

    @Column(name = "line_type", nullable = false, length = 32, updatable = false)
    private String type;

    @Column(precision = 18, scale = 4, updatable = false)
    private BigDecimal quantity;

    @Column(precision = 18, scale = 4, updatable = false)
    private BigDecimal rate;

    @Column(nullable = false, precision = 16, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "explanation_key", nullable = false, length = 100, updatable = false)
    private String explanationKey;

    @Column(name = "explanation_args", nullable = false, length = 4000, updatable = false)
    private String explanationArgs;

    @Column(nullable = false, length = 200, updatable = false)
    private String source;

    protected StatementLine() {
    }

    StatementLine(Statement statement, int lineNo, Content c) {
        this.statement = Objects.requireNonNull(statement);
        this.lineNo = lineNo;
        this.section = Objects.requireNonNull(c.section());
        this.type = Objects.requireNonNull(c.type());
        this.quantity = c.quantity();
        this.rate = c.rate();
        this.amount = Objects.requireNonNull(c.amount());
        this.explanationKey = Objects.requireNonNull(c.explanationKey());
        this.explanationArgs = Objects.requireNonNull(c.explanationArgs());
        this.source = c.source() == null ? "" : c.source();
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public LineSection getSection() {
        return section;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getExplanationKey() {
        return explanationKey;
    }

    public String getExplanationArgs() {
        return explanationArgs;
    }

    public String getSource() {
        return source;
    }

    public Content content() {
        return new Content(section, type, quantity, rate, amount, explanationKey, explanationArgs, source);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StatementLine other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return StatementLine.class.hashCode();
    }
}
