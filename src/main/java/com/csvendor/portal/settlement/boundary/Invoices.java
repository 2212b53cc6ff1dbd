package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.audit.control.AuditLog;
import com.csvendor.portal.settlement.control.InvoiceCheck;
import com.csvendor.portal.settlement.control.InvoiceFlag;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementFigures;
import com.csvendor.portal.settlement.entity.StatementInvoice;
import com.csvendor.portal.shared.ConflictException;
import com.csvendor.portal.shared.Money;
import com.csvendor.portal.shared.RuleViolations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;

/**
 * Records the vendor's invoice against a statement, in the caller's transaction: the number's form
 * is checked (refused when malformed), the amounts are compared with the statement's total and the
 * contract's invoice type and VAT rate as the statement was computed ({@link InvoiceCheck}); the
 * mismatches are stored as flags, not refused. Audited with the amounts and flags.
 */
@ApplicationScoped
public class Invoices {

    @Inject
    StatementRepository statements;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void record(Statement s, InvoiceForm form, String by) {
        String code = form.getCode() == null || form.getCode().isBlank() ? null : form.getCode().strip();
        String number = form.getNumber() == null ? null : form.getNumber().strip();
        RuleViolations.throwIfAny(InvoiceCheck.numberFindings(code, number));
        var existing = statements.findInvoice(s.getId());
        s.requireInvoiceable(existing.isPresent());
        statements.touch(s);
        StatementFigures f = s.getFigures();
        InvoiceCheck.Result r = InvoiceCheck.check(new InvoiceCheck.Invoice(code, number, form.getType(),
                form.getAmountExclTax(), form.getTax(), form.getTotal()), f.getInvoiceType(), f.getVatRatePercent(),
                f.getTotal());
        String before = existing.map(Invoices::summary).orElse(null);
        StatementInvoice invoice = existing.orElseGet(() -> new StatementInvoice(s.getId()));
        invoice.record(new StatementInvoice.Details(number, code, form.getType(), form.getIssuedOn(),
                Money.fen(form.getAmountExclTax()), Money.fen(form.getTax()), Money.fen(form.getTotal()),
                r.flags().stream().map(InvoiceFlag::name).toList(), r.difference(), r.impliedRatePercent()), by,
                clock.instant());
        try {
            statements.save(invoice);
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", "error.version.stale");
        }
        audit.record("STATEMENT", s.getId(), before == null ? "INVOICE_RECORDED" : "INVOICE_REPLACED", by,
                s.getNumber() + " invoice " + summary(invoice), before, summary(invoice));
    }

    static String summary(StatementInvoice i) {
        return (i.getCode() == null ? "" : i.getCode() + " ") + i.getNumber() + " " + i.getType() + " "
                + i.getIssuedOn() + " " + i.getAmountExclTax() + " + " + i.getTax() + " = " + i.getTotal()
                + (i.getFlags().isEmpty() ? "" : " flags " + i.getFlags() + " difference " + i.getDifference());
    }
}
