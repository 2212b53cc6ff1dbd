package com.csvendor.portal.settlement.boundary;

import com.csvendor.portal.platform.pdf.LabelValue;
import com.csvendor.portal.platform.pdf.PdfDocument;
import com.csvendor.portal.settlement.entity.StatementKind;
import com.csvendor.portal.shared.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statement as a printable PDF in one language (zh or en): the parties and cycle, its status and
 * trail, every line with how it was computed and what it came from, the totals down to the amount
 * due, the vendor's invoice with its mismatch flags, and the due dates. Reads only the view, so it
 * prints exactly what the caller may see; the view's line explanations are already in the
 * statement's language, and the lines' sources read as on the statement page ({@link LineSourceWords}).
 */
public final class StatementPdf {

    private static final float[] LINE_WIDTHS = {0.45f, 1.4f, 3.4f, 2.1f, 1.3f};

    private StatementPdf() {
    }

    public static String fileName(StatementView s, Locale locale) {
        return s.number() + "-" + ("zh".equals(locale.getLanguage()) ? "zh" : "en") + ".pdf";
    }

    /**
     * @param sources the records the lines name, looked up as the statement page looks them up
     *                ({@link StatementSources}); {@link LineSourceWords#NONE} when the caller may not see them
     */
    public static byte[] render(StatementView s, LineSourceWords sources, Locale locale) {
        StatementText x = new StatementText(locale);
        PdfDocument pdf = PdfDocument.create().title(x.t("settlement.pdf.title", s.number()));
        pdf.labelValues(header(s, x));
        pdf.heading(x.t("settlement.lines"));
        if (s.lines().isEmpty()) {
            pdf.paragraph(x.t("settlement.lines.none"));
        } else {
            pdf.table(List.of(x.t("settlement.line.no"), x.t("settlement.line.item"), x.t("settlement.line.explanation"),
                    x.t("settlement.line.source"), x.t("settlement.line.amount")), LINE_WIDTHS,
                    s.lines().stream().map(l -> List.of(String.valueOf(l.no()),
                            x.of(l.section()) + " · " + x.lineType(l.type()), x.of(l.explanation()),
                            sources.of(l.source(), locale), Figures.money(l.amount()))).toList());
        }
        pdf.heading(x.t("settlement.totals")).labelValues(totals(s, x));
        pdf.paragraph(x.t(s.pricesIncludeTax() ? "settlement.vat.inclusive.explain" : "settlement.vat.exclusive.explain"));
        pdf.heading(x.t("settlement.invoice"));
        if (s.invoice() == null) {
            pdf.paragraph(x.t("settlement.invoice.none", x.of(s.contractInvoiceType())));
        } else {
            pdf.labelValues(invoice(s, x));
        }
        pdf.heading(x.t("settlement.trail")).labelValues(trail(s, x));
        return pdf.toBytes();
    }

    private static List<LabelValue> header(StatementView s, StatementText x) {
        List<LabelValue> rows = new ArrayList<>();
        rows.add(row(x, "settlement.number", s.number()));
        if (s.kind() == StatementKind.ADJUSTMENT) {
            rows.add(row(x, "settlement.kind", x.of(s.kind()) + " · " + x.t("settlement.adjusts", x.of(s.adjustsNumber()))));
            rows.add(row(x, "settlement.adjustmentReason", x.of(s.adjustmentReason())));
        }
        rows.add(row(x, "settlement.contract", s.contractNumber() + " (v" + s.contractVersion() + ")"));
        rows.add(row(x, "settlement.store", s.storeName()));
        rows.add(row(x, "settlement.vendor", s.vendorName()));
        rows.add(row(x, "settlement.cycle", s.cycleStart() + " – " + s.cycleEnd()
                + (s.finalStatement() ? " · " + x.t("settlement.final") : "")));
        if (!s.serviceFrom().equals(s.cycleStart()) || !s.serviceTo().equals(s.cycleEnd())) {
            rows.add(row(x, "settlement.serviceDays", s.serviceFrom() + " – " + s.serviceTo()));
        }
        rows.add(row(x, "settlement.status", x.of(s.status())));
        rows.add(row(x, "settlement.statementDueOn", x.of(s.statementDueOn())));
        rows.add(row(x, "settlement.paymentDueOn", x.of(s.paymentDueOn())
                + (s.overdue() ? " · " + x.t("settlement.overdue") : "")));
        return rows;
    }

    private static List<LabelValue> totals(StatementView s, StatementText x) {
        List<LabelValue> rows = new ArrayList<>();
        rows.add(row(x, "settlement.feeTotal", Figures.money(s.feeTotal())));
        rows.add(row(x, "settlement.penaltyTotal", Figures.money(s.penaltyTotal())
                + (s.penaltyCap() == null ? "" : " (" + x.t("settlement.penaltyCap") + " "
                        + Figures.money(s.penaltyCap()) + ")")));
        rows.add(row(x, "settlement.subtotal", Figures.money(s.subtotal())));
        rows.add(row(x, "settlement.vatRate", x.percent(s.vatRatePercent()) + " · "
                + x.t(s.pricesIncludeTax() ? "settlement.vat.inclusive" : "settlement.vat.exclusive")));
        rows.add(row(x, "settlement.netAmount", Figures.money(s.netAmount())));
        rows.add(row(x, "settlement.taxAmount", Figures.money(s.taxAmount())));
        rows.add(row(x, "settlement.total", Figures.money(s.total())));
        rows.add(row(x, "settlement.depositTotal", Figures.money(s.depositTotal())));
        rows.add(row(x, "settlement.amountDue", Figures.money(s.amountDue())));
        return rows;
    }

    private static List<LabelValue> invoice(StatementView s, StatementText x) {
        InvoiceView i = s.invoice();
        List<LabelValue> rows = new ArrayList<>();
        rows.add(row(x, "settlement.invoice.number", (i.code() == null ? "" : i.code() + " / ") + i.number()));
        rows.add(row(x, "settlement.invoice.type", x.of(i.type()) + " (" + x.t("settlement.invoice.contractType")
                + ": " + x.of(s.contractInvoiceType()) + ")"));
        rows.add(row(x, "settlement.invoice.issuedOn", x.of(i.issuedOn())));
        rows.add(row(x, "settlement.invoice.amountExclTax", Figures.money(i.amountExclTax())));
        rows.add(row(x, "settlement.invoice.tax", Figures.money(i.tax())));
        rows.add(row(x, "settlement.invoice.total", Figures.money(i.total())));
        rows.add(row(x, "settlement.invoice.difference", Figures.money(i.difference())));
        rows.add(row(x, "settlement.invoice.flags", i.flags().isEmpty() ? x.t("settlement.invoice.noFlags")
                : String.join("\n", i.flags().stream().map(f -> x.flag(f, i)).toList())));
        rows.add(row(x, "settlement.recordedBy", x.by(i.recordedBy(), i.recordedAt())));
        return rows;
    }

    private static List<LabelValue> trail(StatementView s, StatementText x) {
        List<LabelValue> rows = new ArrayList<>();
        rows.add(row(x, "settlement.generatedBy", x.by(s.generatedBy(), s.generatedAt())));
        rows.add(row(x, "settlement.issuedBy", x.by(s.issuedBy(), s.issuedAt())));
        rows.add(row(x, "settlement.respondedBy", x.by(s.respondedBy(), s.respondedAt())));
        rows.add(row(x, "settlement.vendorComment", x.of(s.vendorComment())));
        rows.add(row(x, "settlement.approvedBy", x.by(s.approvedBy(), s.approvedAt())));
        rows.add(row(x, "settlement.paidOn", s.paidOn() == null ? "—"
                : s.paidOn() + " · " + x.of(s.paymentReference()) + " · " + x.of(s.paidBy())));
        return rows;
    }

    private static LabelValue row(StatementText x, String key, String value) {
        return new LabelValue(x.t(key), value);
    }
}
