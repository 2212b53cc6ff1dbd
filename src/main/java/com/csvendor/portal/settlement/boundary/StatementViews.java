package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.contract.entity.Contract;
import com.csvendor.portal.settlement.control.LineArgs;
import com.csvendor.portal.settlement.control.PaymentDue;
import com.csvendor.portal.settlement.control.StatementRepository;
import com.csvendor.portal.settlement.entity.Statement;
import com.csvendor.portal.settlement.entity.StatementFigures;
import com.csvendor.portal.settlement.entity.StatementInvoice;
import com.csvendor.portal.settlement.entity.StatementLine;
import com.csvendor.portal.settlement.entity.StatementStatus;
import com.csvendor.portal.settlement.entity.TemporaryAgents;
import com.csvendor.portal.shared.BusinessTime;
import com.csvendor.portal.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Statements as the caller sees them: explanations in their language, the actions their role allows now. */
@RequestScoped
public class StatementViews {

    @Inject
    SettlementScope scope;

    @Inject
    StatementRepository statements;

    @Inject
    Clock clock;

    StatementView view(Statement s, Contract c, Locale locale) {
        StatementFigures f = s.getFigures();
        StatementInvoice invoice = statements.findInvoice(s.getId()).orElse(null);
        String adjustsNumber = s.getAdjustsId() == null ? null
                : statements.findStatement(s.getAdjustsId()).map(Statement::getNumber).orElse(null);
        return new StatementView(s.getId(), s.getNumber(), s.getKind(), s.getAdjustsId(), adjustsNumber,
                s.getAdjustmentReason(), c.getId(), c.getNumber(), c.getStore().getId(), c.getStore().getName(),
                c.getVendor().getId(), c.getVendor().getName(), s.getCycleStart(), s.getCycleEnd(),
                s.getServiceFrom(), s.getServiceTo(), f.getContractVersion(), f.isFinalStatement(), s.getStatus(),
                s.getLines().stream().map(l -> line(l, locale)).toList(), f.getFeeTotal(), f.getPenaltyTotal(),
                f.getPenaltyCap(), f.getSubtotal(), f.getVatRatePercent(), f.isPricesIncludeTax(), f.getNetAmount(),
                f.getTaxAmount(), f.getTotal(), f.getDepositTotal(), f.getAmountDue(), f.getInvoiceType(),
                s.getStatementDueOn(), s.getPaymentDueOn(), s.overdue(today()), s.getGeneratedBy(),
                s.getGeneratedAt(), s.getIssuedBy(), s.getIssuedAt(), s.getRespondedBy(), s.getRespondedAt(),
                s.getVendorComment(), s.getApprovedBy(), s.getApprovedAt(), s.getPaidOn(), s.getPaymentReference(),
                s.getPaidBy(), invoice == null ? null : invoice(invoice), actions(s, c, invoice != null),
                s.getVersion());
    }

    StatementSummary summary(Statement s, Contract c, StatementInvoice invoice) {
        StatementFigures f = s.getFigures();
        return new StatementSummary(s.getId(), s.getNumber(), s.getKind(), s.getAdjustsId(), c.getId(), c.getNumber(),
                c.getStore().getId(), c.getStore().getName(), c.getVendor().getId(), c.getVendor().getName(),
                s.getCycleStart(), s.getCycleEnd(), s.getStatus(), f.getTotal(), f.getAmountDue(),
                s.getStatementDueOn(), s.getPaymentDueOn(), s.overdue(today()),
                PaymentDue.statementLate(s.getStatus(), s.getStatementDueOn(), today()), invoice != null,
                invoice == null ? 0 : invoice.getFlags().size(), s.getGeneratedBy(), s.getVersion());
    }

    static LineView line(StatementLine l, Locale locale) {
        return new LineView(l.getLineNo(), l.getSection(), l.getType(), l.getQuantity(), l.getRate(), l.getAmount(),
                Messages.format(locale, l.getExplanationKey(), LineArgs.decode(l.getExplanationArgs()).toArray()),
                l.getSource());
    }

    static InvoiceView invoice(StatementInvoice i) {
        return new InvoiceView(i.getNumber(), i.getCode(), i.getType(), i.getIssuedOn(), i.getAmountExclTax(),
                i.getTax(), i.getTotal(), i.getFlags(), i.getDifference(), i.getImpliedRate(), i.getRecordedBy(),
                i.getRecordedAt(), i.getVersion());
    }

    static TemporaryAgentsView temporaryAgents(TemporaryAgents t, String contractNumber) {
        return new TemporaryAgentsView(t.getId(), t.getContractId(), contractNumber, t.getWorkFrom(), t.getWorkTo(),
                t.getAgents(), t.daysWithin(t.getWorkFrom(), t.getWorkTo()), t.getNote(), t.getRecordedBy(),
                t.getRecordedAt(), t.getVersion());
    }

    StatementActions actions(Statement s, Contract c, boolean invoiced) {
        boolean finance = scope.finance();
        StatementStatus st = s.getStatus();
        boolean lead = scope.leads(c);
        boolean open = st == StatementStatus.ISSUED || st == StatementStatus.CONFIRMED
                || st == StatementStatus.DISPUTED;
        return new StatementActions((finance || scope.admin()) && st == StatementStatus.DRAFT,
                finance && st == StatementStatus.DRAFT, lead && st == StatementStatus.ISSUED,
                lead && st == StatementStatus.ISSUED, finance && st == StatementStatus.DISPUTED,
                finance && st == StatementStatus.CONFIRMED && s.approvableBy(scope.username()),
                finance && st == StatementStatus.APPROVED, finance && st.locked(),
                finance && (open || st == StatementStatus.APPROVED && !invoiced));
    }

    LocalDate today() {
        return BusinessTime.today(clock);
    }
}
