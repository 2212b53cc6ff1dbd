package com.csvendor.portal.settlement.entity;

import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.InvalidInputException;
import com.csvendor.portal.shared.UtcInstantConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The statement of one contract for one settlement cycle (REGULAR, adjustment number 0), or an
 * ADJUSTMENT that corrects an approved one and refers to it. Life cycle (see
 * {@link StatementStatus}): only a DRAFT takes new figures ({@link #recompute}); every other
 * change is a named transition that checks the status it starts from. From APPROVED on, the
 * figures and lines never change: {@link #recompute} and {@link #recordInvoice} refuse, and a
 * correction is a new adjustment statement. Four eyes: who generated or issued it never approves
 * it ({@link #approvableBy}), also when the system generated it.
 */
@Entity
@Table(name = "statement")
@NamedQuery(name = "Statement.findRegular", query = "SELECT s FROM Statement s WHERE s.contractId = :contract"
        + " AND s.cycleStart = :cycleStart AND s.adjustmentNo = 0")
@NamedQuery(name = "Statement.maxAdjustment", query = "SELECT MAX(s.adjustmentNo) FROM Statement s"
        + " WHERE s.contractId = :contract AND s.cycleStart = :cycleStart")
@NamedQuery(name = "Statement.regularCycles", query = "SELECT s.cycleStart FROM Statement s"
        + " WHERE s.contractId = :contract AND s.adjustmentNo = 0")
@NamedQuery(name = "Statement.lockedOn", query = "SELECT COUNT(s) FROM Statement s WHERE s.contractId = :contract"
        + " AND s.adjustmentNo = 0 AND s.status IN :locked AND s.serviceFrom <= :day AND s.serviceTo >= :day")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_no", nullable = false, length = 80, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private StatementKind kind;

    @Column(name = "adjustment_no", nullable = false, updatable = false)
    private int adjustmentNo;

    @Column(name = "adjusts_id", updatable = false)
    private Long adjustsId;

    @Column(name = "adjustment_reason", length = 2000, updatable = false)
    private String adjustmentReason;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "cycle_start", nullable = false, updatable = false)
    private LocalDate cycleStart;

    @Column(name = "cycle_end", nullable = false, updatable = false)
    private LocalDate cycleEnd;

    @Column(name = "service_from", nullable = false)
    private LocalDate serviceFrom;

    @Column(name = "service_to", nullable = false)
    private LocalDate serviceTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private StatementStatus status = StatementStatus.DRAFT;

    @Embedded
    private StatementFigures figures;

    @Column(name = "statement_due_on", nullable = false)
    private LocalDate statementDueOn;

    @Column(name = "payment_due_on")
    private LocalDate paymentDueOn;

    @Column(name = "generated_by", nullable = false, length = 64)
    private String generatedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "responded_by", length = 64)
    private String respondedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "vendor_comment", length = 2000)
    private String vendorComment;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "paid_by", length = 64)
    private String paidBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "paid_at")
    private Instant paidAt;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<StatementLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Statement() {
    }

    /** A regular statement (adjusts null) or the n-th adjustment of the statement it adjusts. */
    public Statement(String number, long contractId, LocalDate cycleStart, LocalDate cycleEnd, Statement adjusts,
            int adjustmentNo, String adjustmentReason) {
        this.number = Objects.requireNonNull(number);
        this.contractId = contractId;
        this.cycleStart = Objects.requireNonNull(cycleStart);
        this.cycleEnd = Objects.requireNonNull(cycleEnd);
        if (adjusts == null) {
            this.kind = StatementKind.REGULAR;
        } else {
            if (!adjusts.status.locked()) {
                throw new InvalidInputException("status", "statement.adjust.notLocked", adjusts.number, adjusts.status);
            }
            this.kind = StatementKind.ADJUSTMENT;
            this.adjustsId = adjusts.id;
            this.adjustmentNo = adjustmentNo;
            this.adjustmentReason = adjustmentReason == null || adjustmentReason.isBlank() ? null
                    : adjustmentReason.strip();
        }
    }

    /** New figures and lines for a DRAFT; who computed them counts as its generator. */
    public void recompute(StatementFigures figures, List<StatementLine.Content> lines, LocalDate serviceFrom,
            LocalDate serviceTo, LocalDate statementDueOn, String by, Instant at) {
        require(StatementStatus.DRAFT, "statement.recompute.notDraft");
        this.figures = Objects.requireNonNull(figures);
        this.serviceFrom = Objects.requireNonNull(serviceFrom);
        this.serviceTo = Objects.requireNonNull(serviceTo);
        this.statementDueOn = Objects.requireNonNull(statementDueOn);
        this.generatedBy = Objects.requireNonNull(by);
        this.generatedAt = Objects.requireNonNull(at);
        this.lines.clear();
        for (StatementLine.Content c : lines) {
            this.lines.add(new StatementLine(this, this.lines.size() + 1, c));
        }
    }

    /** Lets go of the old lines before new ones are written (their numbers are unique per statement). */
    public void clearLines() {
        require(StatementStatus.DRAFT, "statement.recompute.notDraft");
        lines.clear();
    }

    /** Finance sends the draft to the vendor. */
    public void issue(String by, Instant at) {
        require(StatementStatus.DRAFT, "statement.issue.notDraft");
        status = StatementStatus.ISSUED;
        issuedBy = by;
        issuedAt = at;
    }

    /** The vendor lead agrees, optionally with a comment. */
    public void confirm(String by, String comment, Instant at) {
        require(StatementStatus.ISSUED, "statement.respond.notIssued");
        respond(StatementStatus.CONFIRMED, by, comment, at);
    }

    /** The vendor lead disagrees and must say why. */
    public void dispute(String by, String comment, Instant at) {
        require(StatementStatus.ISSUED, "statement.respond.notIssued");
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "statement.dispute.commentRequired");
        }
        respond(StatementStatus.DISPUTED, by, comment, at);
    }

    /** Finance takes a disputed statement back to DRAFT to recompute or correct it; the vendor's comment stays. */
    public void revise() {
        require(StatementStatus.DISPUTED, "statement.revise.notDisputed");
        status = StatementStatus.DRAFT;
        issuedBy = null;
        issuedAt = null;
    }

    /**
     * Finance approves a confirmed statement: never the user who generated or issued it. Payment
     * falls due then.
     */
    public void approve(String by, Instant at, LocalDate paymentDueOn) {
        require(StatementStatus.CONFIRMED, "statement.approve.notConfirmed");
        if (!approvableBy(by)) {
            throw by.equals(generatedBy)
                    ? new ConflictException("approvedBy", "statement.approve.ownStatement", generatedBy)
                    : new ConflictException("approvedBy", "statement.approve.issuedByApprover", number, issuedBy);
        }
        status = StatementStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        this.paymentDueOn = Objects.requireNonNull(paymentDueOn);
    }

    /**
     * Whether this user may approve the statement as far as four eyes go: a second person, neither
     * its generator (a statement the system generated has none) nor its issuer.
     */
    public boolean approvableBy(String user) {
        return !user.equals(generatedBy) && !user.equals(issuedBy);
    }

    /** Finance records the payment of an approved statement. */
    public void pay(LocalDate paidOn, String reference, String by, Instant at) {
        require(StatementStatus.APPROVED, "statement.pay.notApproved");
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException("paymentReference", "statement.pay.referenceRequired");
        }
        if (paidOn == null) {
            throw new InvalidInputException("paidOn", "statement.pay.dateRequired");
        }
        status = StatementStatus.PAID;
        this.paidOn = paidOn;
        this.paymentReference = reference.strip();
        this.paidBy = by;
        this.paidAt = at;
    }

    /** Whether an invoice may be recorded or replaced now (see {@code SettlementService#recordInvoice}). */
    public void requireInvoiceable(boolean hasInvoice) {
        boolean open = status == StatementStatus.ISSUED || status == StatementStatus.CONFIRMED
                || status == StatementStatus.DISPUTED;
        if (!(open || status == StatementStatus.APPROVED && !hasInvoice)) {
            throw new ConflictException("status", "statement.invoice.notAllowed", number, status);
        }
    }

    private void respond(StatementStatus to, String by, String comment, Instant at) {
        status = to;
        respondedBy = by;
        respondedAt = at;
        vendorComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    private void require(StatementStatus required, String key) {
        if (status != required) {
            throw new ConflictException("status", key, number, status);
        }
    }

    /** Overdue: approved, not paid, and the payment date has passed. */
    public boolean overdue(LocalDate today) {
        return status == StatementStatus.APPROVED && paymentDueOn != null && paymentDueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public StatementKind getKind() {
        return kind;
    }

    public int getAdjustmentNo() {
        return adjustmentNo;
    }

    public Long getAdjustsId() {
        return adjustsId;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public long getContractId() {
        return contractId;
    }

    public LocalDate getCycleStart() {
        return cycleStart;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    public LocalDate getServiceFrom() {
        return serviceFrom;
    }

    public LocalDate getServiceTo() {
        return serviceTo;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public StatementFigures getFigures() {
        return figures;
    }

    public LocalDate getStatementDueOn() {
        return statementDueOn;
    }

    public LocalDate getPaymentDueOn() {
        return paymentDueOn;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getRespondedBy() {
        return respondedBy;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public String getVendorComment() {
        return vendorComment;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public List<StatementLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Statement other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Statement.class.hashCode();
    }
}
