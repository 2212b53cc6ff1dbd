package com.csvendor.portal.contract.boundary;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DailyReport;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.platform.pdf.LabelValue;
import com.csvendor.portal.platform.pdf.PdfDocument;
import com.csvendor.portal.shared.LanguageNames;
import java.util.List;
import java.util.Locale;

/**
 * A contract version as a printable PDF in one language: the parties and every term group in the
 * order the contract is written, lists as tables. Reads only the view, so it shows exactly what
 * the caller may see.
 */
public final class ContractPdf {

    private ContractPdf() {
    }

    /**
     * The download's name: number, version and language ({@code HT-2026-001-v2-zh.pdf}), so the Chinese
     * and the English PDF of one version never overwrite each other in a downloads folder.
     */
    public static String fileName(ContractView c, Locale locale) {
        return c.number() + "-v" + c.versionNumber() + "-" + ("zh".equals(locale.getLanguage()) ? "zh" : "en") + ".pdf";
    }

    public static byte[] render(ContractView c, Locale locale) {
        TermsText x = new TermsText(locale);
        ContractTerms t = c.terms();
        PdfDocument pdf = PdfDocument.create().title(x.t("contract.pdf.title", c.number()));
        pdf.labelValues(List.of(
                row(x, "contract.number", c.number()),
                row(x, "contract.store", c.storeName() + " (" + c.storeCode() + ")"),
                row(x, "contract.vendor", c.vendorLegalName() + " (" + c.vendorName() + ", " + x.of(c.vendorTaxpayerType()) + ")"),
                row(x, "contract.signedOn", x.of(c.signedOn())),
                row(x, "contract.status", x.of(c.status())),
                row(x, "contract.version", c.versionNumber() + " / " + c.versionCount()),
                row(x, "contract.effectiveFrom", x.of(c.effectiveFrom()))));
        pdf.heading(x.t("group.period")).labelValues(List.of(
                row(x, "term.period.start", x.of(t.getPeriod().getStart())),
                row(x, "term.period.end", x.of(t.getPeriod().getEnd())),
                row(x, "term.period.autoRenewal", x.of(t.getPeriod().isAutoRenewal())),
                row(x, "term.period.noticeDays", x.of(t.getPeriod().getNoticeDays()))));
        pdf.heading(x.t("group.scope")).labelValues(List.of(
                row(x, "term.scope.serviceTypes", x.of(t.getScope().getServiceTypes())),
                row(x, "term.scope.channels", x.of(t.getScope().getChannels())),
                row(x, "term.scope.languages", x.of(t.getScope().getLanguages().stream()
                        .map(l -> LanguageNames.of(l, x.locale())).toList()))));
        hours(pdf, x, t);
        staffing(pdf, x, t);
        fees(pdf, x, t.getFees());
        pdf.heading(x.t("group.tax")).labelValues(List.of(
                row(x, "term.tax.vatRatePercent", x.percent(t.getTax().getVatRatePercent())),
                row(x, "term.tax.invoiceType", x.of(t.getTax().getInvoiceType())),
                row(x, "term.tax.pricesIncludeTax", x.of(t.getTax().isPricesIncludeTax()))));
        pdf.heading(x.t("group.settlement")).labelValues(List.of(
                row(x, "term.settlement.cycle", x.of(t.getSettlement().getCycle())),
                row(x, "term.settlement.statementDay", x.of(t.getSettlement().getStatementDay())),
                row(x, "term.settlement.paymentNetDays", x.of(t.getSettlement().getPaymentNetDays()))));
        pdf.heading(x.t("group.deposit")).labelValues(List.of(
                row(x, "term.deposit.kind", x.of(t.getDeposit().getKind())),
                row(x, "term.deposit.amount", x.money(t.getDeposit().getAmount())),
                row(x, "term.deposit.direction", x.of(t.getDeposit().getDirection()))))
                .paragraph(x.t("depositKind." + t.getDeposit().getKind() + ".explain"));
        sla(pdf, x, t);
        penalties(pdf, x, t);
        pdf.heading(x.t("group.confidentiality")).labelValues(List.of(
                row(x, "term.confidentiality.scope", x.of(t.getConfidentiality().getScope())),
                row(x, "term.confidentiality.yearsAfterEnd", x.of(t.getConfidentiality().getYearsAfterEnd())),
                row(x, "term.confidentiality.liquidatedDamages", x.money(t.getConfidentiality().getLiquidatedDamages())),
                row(x, "term.confidentiality.noPersonalDataExport", x.of(t.getConfidentiality().isNoPersonalDataExport())),
                row(x, "term.confidentiality.notes", x.of(t.getConfidentiality().getNotes()))));
        pdf.heading(x.t("group.quality")).labelValues(List.of(
                row(x, "term.quality.inspectionSharePercent", x.percent(t.getQuality().getInspectionSharePercent())),
                row(x, "term.quality.minimumScore", x.of(t.getQuality().getMinimumScore())),
                row(x, "term.quality.forbiddenPhrases", x.of(t.getQuality().getForbiddenPhrases()))));
        pdf.heading(x.t("group.termination")).labelValues(List.of(
                row(x, "term.termination.conditions", x.of(t.getTermination().getConditions())),
                row(x, "term.termination.noFaultExitDays", x.of(t.getTermination().getNoFaultExitDays())),
                row(x, "term.termination.dataHandoverDays", x.of(t.getTermination().getDataHandoverDays())),
                row(x, "term.termination.revokeSubAccounts", x.of(t.getTermination().isRevokeSubAccounts()))));
        return pdf.toBytes();
    }

    private static void hours(PdfDocument pdf, TermsText x, ContractTerms t) {
        pdf.heading(x.t("group.hours")).labelValues(List.of(
                row(x, "term.hours.opens", x.of(t.getHours().getOpens()) + " – " + x.of(t.getHours().getCloses())),
                row(x, "term.hours.days", x.days(t.getHours().getDays())),
                row(x, "term.hours.dedicatedAgents", x.of(t.getHours().isDedicatedAgents()))));
        if (!t.getHours().getShifts().isEmpty()) {
            pdf.table(headers(x, "term.hours.shifts.name", "term.hours.shifts.start", "term.hours.shifts.end",
                    "term.hours.shifts.days", "term.hours.shifts.headcount"),
                    t.getHours().getShifts().stream().map(s -> List.of(s.getName(), x.of(s.getStart()),
                            x.of(s.getEnd()), x.days(s.getDays()), x.of(s.getHeadcount()))).toList());
        }
    }

    private static void staffing(PdfDocument pdf, TermsText x, ContractTerms t) {
        pdf.heading(x.t("group.staffing")).labelValues(List.of(
                row(x, "term.staffing.addNoticeDays", x.of(t.getStaffing().getAddNoticeDays())),
                row(x, "term.staffing.maxAdditionalAgents", x.of(t.getStaffing().getMaxAdditionalAgents())),
                row(x, "term.staffing.finePerMissingAgentDay", x.money(t.getStaffing().getFinePerMissingAgentDay())),
                row(x, "term.staffing.withholdSurchargeWhenShort", x.of(t.getStaffing().isWithholdSurchargeWhenShort()))));
        if (!t.getStaffing().getPromotions().isEmpty()) {
            pdf.table(headers(x, "term.staffing.promotions.name", "term.staffing.promotions.from",
                    "term.staffing.promotions.to", "term.staffing.promotions.headcount"),
                    t.getStaffing().getPromotions().stream().map(p -> List.of(p.getName(), x.of(p.getFrom()),
                            x.of(p.getTo()), x.of(p.getHeadcount()))).toList());
        }
    }

    private static void fees(PdfDocument pdf, TermsText x, Fees f) {
        pdf.heading(x.t("group.fees")).labelValues(agreed(List.of(
                row(x, "term.fees.model", x.of(f.getModel())),
                row(x, "term.fees.seatPrice", x.money(f.getSeatPrice())),
                row(x, "term.fees.commissionPercent", x.percent(f.getCommissionPercent())),
                row(x, "term.fees.commissionNetOfRefunds", x.of(f.isCommissionNetOfRefunds())),
                row(x, "term.fees.basePerAgent", x.money(f.getBasePerAgent())),
                row(x, "term.fees.hourlyRate", x.money(f.getHourlyRate())),
                row(x, "term.fees.contractedHoursPerAgent", x.of(f.getContractedHoursPerAgent())),
                row(x, "term.fees.overtimeRate", x.money(f.getOvertimeRate())),
                row(x, "term.fees.temporaryAgentDayRate", x.money(f.getTemporaryAgentDayRate())),
                row(x, "term.fees.minimumMonthlyFee", x.money(f.getMinimumMonthlyFee())))));
        if (!f.getSessionTiers().isEmpty()) {
            pdf.table(headers(x, "term.fees.sessionTiers.upTo", "term.fees.sessionTiers.price"),
                    f.getSessionTiers().stream().map(s -> List.of(s.getUpTo() == null ? x.t("contract.tier.above")
                            : x.of(s.getUpTo()), x.money(s.getPrice()))).toList());
        }
        if (!f.getSurcharges().isEmpty()) {
            pdf.table(headers(x, "term.fees.surcharges.name", "term.fees.surcharges.from", "term.fees.surcharges.to",
                    "term.fees.surcharges.upliftPercent"),
                    f.getSurcharges().stream().map(s -> List.of(s.getName(), x.of(s.getFrom()), x.of(s.getTo()),
                            x.percent(s.getUpliftPercent()))).toList());
        }
    }

    private static void sla(PdfDocument pdf, TermsText x, ContractTerms t) {
        pdf.heading(x.t("group.slaTargets"));
        if (t.getSlaTargets().isEmpty()) {
            pdf.paragraph(x.t("common.none"));
            return;
        }
        pdf.table(headers(x, "term.slaTargets.metric", "term.slaTargets.comparator", "term.slaTargets.threshold",
                "term.slaTargets.window", "term.slaTargets.minimumSample", "term.slaTargets.exemptions",
                "term.slaTargets.penaltyPerBreach"),
                t.getSlaTargets().stream().map(s -> List.of(x.of(s.getMetric()), x.of(s.getComparator()),
                        x.of(s.getThreshold()), x.of(s.getWindow()), x.of(s.getMinimumSample()),
                        x.of(s.getExemptions().stream().map(r -> (r.getLabel() == null ? "" : r.getLabel() + " ")
                                + r.getFrom() + "–" + r.getTo()).toList()),
                        x.money(s.getPenaltyPerBreach()))).toList());
    }

    private static void penalties(PdfDocument pdf, TermsText x, ContractTerms t) {
        DailyReport report = t.getPenalties().getDailyReport();
        pdf.heading(x.t("group.penalties")).labelValues(List.of(
                row(x, "term.penalties.capPercent", x.percent(t.getPenalties().getCapPercent())),
                row(x, "term.penalties.terminationAfterBreaches", x.of(t.getPenalties().getTerminationAfterBreaches())),
                row(x, "term.penalties.dailyReport.dueDaysAfter", x.of(report.getDueDaysAfter())),
                row(x, "term.penalties.dailyReport.dueTime", x.of(report.getDueTime())),
                row(x, "term.penalties.dailyReport.missing", x.of(report.getMissing())),
                row(x, "term.penalties.dailyReport.finePerMissing", x.money(report.getFinePerMissing()))));
        if (!t.getPenalties().getTiers().isEmpty()) {
            pdf.table(headers(x, "term.penalties.tiers.shortfallOverPercent", "term.penalties.tiers.feePercent"),
                    t.getPenalties().getTiers().stream().map(p -> List.of(x.percent(p.getShortfallOverPercent()),
                            x.percent(p.getFeePercent()))).toList());
        }
        if (!t.getPenalties().getIncidentFines().isEmpty()) {
            pdf.table(headers(x, "term.penalties.incidentFines.type", "term.penalties.incidentFines.amount"),
                    t.getPenalties().getIncidentFines().stream().map(f -> List.of(x.of(f.getType()),
                            x.money(f.getAmount()))).toList());
        }
    }

    /** Only the fee parameters the contract sets: a blank price of another model is not a term. */
    private static List<LabelValue> agreed(List<LabelValue> rows) {
        return rows.stream().filter(r -> !"—".equals(r.value())).toList();
    }

    private static LabelValue row(TermsText x, String key, String value) {
        return new LabelValue(x.t(key), value);
    }

    private static List<String> headers(TermsText x, String... keys) {
        return java.util.Arrays.stream(keys).map(x::t).toList();
    }
}
