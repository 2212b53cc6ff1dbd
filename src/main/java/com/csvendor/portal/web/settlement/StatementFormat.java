package com.csvendor.portal.web.settlement;

import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.settlement.boundary.InvoiceForm;
import com.csvendor.portal.settlement.boundary.InvoiceView;
import com.csvendor.portal.settlement.boundary.StatementText;
import com.csvendor.portal.settlement.boundary.StatementView;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.time.LocalDate;

/** How the settlement pages word a statement's codes — line types, invoice flags — and fill the invoice form. */
final class StatementFormat {

    private StatementFormat() {
    }

    /** A line's type in words (seats, temporary agents, penalty cap…), as the PDF words it. */
    static String lineType(String type) {
        return text().lineType(type);
    }

    /** Where a line came from in words, as the PDF words it. */
    static String source(String reference) {
        return text().source(reference);
    }

    /** An invoice flag in words, with the tax rate the invoice implies or its difference, as the PDF words it. */
    static String flag(String flag, InvoiceView invoice) {
        return text().flag(flag, invoice);
    }

    private static StatementText text() {
        return new StatementText(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /**
     * The invoice form with the recorded invoice or, for a first one, the statement's own figures,
     * issued {@code today}.
     */
    static InvoiceForm invoiceForm(StatementView statement, LocalDate today) {
        InvoiceForm form = new InvoiceForm();
        InvoiceView recorded = statement.invoice();
        if (recorded != null) {
            form.setNumber(recorded.number());
            form.setCode(recorded.code());
            form.setType(recorded.type());
            form.setIssuedOn(recorded.issuedOn());
            fill(form, recorded.amountExclTax(), recorded.tax(), recorded.total());
        } else {
            form.setType(statement.contractInvoiceType() == InvoiceType.NONE ? null : statement.contractInvoiceType());
            form.setIssuedOn(today);
            fill(form, statement.netAmount(), statement.taxAmount(), statement.total());
        }
        return form;
    }

    private static void fill(InvoiceForm form, BigDecimal net, BigDecimal tax, BigDecimal total) {
        form.setAmountExclTax(net);
        form.setTax(tax);
        form.setTotal(total);
    }
}
