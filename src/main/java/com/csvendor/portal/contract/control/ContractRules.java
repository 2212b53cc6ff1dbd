package com.csvendor.portal.contract.control;

import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DailyReport;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.Deposit;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.Fees;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.MissingReportRule;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.ServiceHours;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.Shift;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.Surcharge;
import com.csvendor.portal.contract.entity.TermPeriod;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a contract's terms must keep beyond what Bean Validation says about single fields:
 * the mistakes people really make when typing a contract in (an end before the start, tiers out of
 * order, a shift outside the service window, a fee model without its price). Errors block saving;
 * warnings are shown but do not block (a VAT rate unusual for the vendor's taxpayer type).
 * Positions in messages count from 1, field paths from 0.
 */
public final class ContractRules {

    private ContractRules() {
    }

    public static List<Finding> errors(ContractTerms terms) {
        List<Finding> found = new ArrayList<>();
        TermPeriod period = terms.getPeriod();
        if (period.getEnd().isBefore(period.getStart())) {
            found.add(new Finding("period.end", "terms.period.endBeforeStart", period.getEnd(), period.getStart()));
        }
        hours(terms.getHours(), found);
        promotions(terms, found);
        fees(terms.getFees(), period, found);
        deposit(terms.getDeposit(), found);
        slaTargets(terms.getSlaTargets(), found);
        penalties(terms, found);
        statementDay(terms, found);
        return found;
    }

    public static List<Finding> warnings(ContractTerms terms, TaxpayerType taxpayerType) {
        List<Finding> found = new ArrayList<>();
        BigDecimal vat = terms.getTax().getVatRatePercent();
        if (!usualVatRates(taxpayerType).contains(vat.stripTrailingZeros().toPlainString())) {
            found.add(new Finding("tax.vatRatePercent", "terms.tax.unusualVat", vat.toPlainString(), taxpayerType,
                    String.join(" / ", usualVatRates(taxpayerType))));
        }
        if (terms.getTax().getInvoiceType() == InvoiceType.NONE && vat.signum() > 0) {
            found.add(new Finding("tax.invoiceType", "terms.tax.noInvoiceWithVat", vat.toPlainString()));
        }
        List<SlaTarget> targets = terms.getSlaTargets();
        for (int i = 0; i < targets.size(); i++) {
            SlaTarget t = targets.get(i);
            if (t.getMetric() != null && t.getComparator() != null && !t.getMetric().demandsBetter(t.getComparator())) {
                found.add(new Finding("slaTargets[" + i + "].comparator", "terms.sla.comparatorBackwards", i + 1,
                        t.getMetric(), t.getComparator()));
            }
        }
        return found;
    }

    private static List<String> usualVatRates(TaxpayerType type) {
        return type == TaxpayerType.SMALL_SCALE ? List.of("1", "3", "0") : List.of("6", "0");
    }

    private static void hours(ServiceHours hours, List<Finding> found) {
        boolean roundTheClock = hours.getOpens().equals(hours.getCloses());
        int opens = minutes(hours.getOpens().toSecondOfDay());
        int closes = endMinutes(hours.getCloses().toSecondOfDay());
        if (!roundTheClock && closes <= opens) {
            found.add(new Finding("hours.closes", "terms.hours.closesBeforeOpens", hours.getCloses(), hours.getOpens()));
            return;
        }
        List<Shift> shifts = hours.getShifts();
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            String at = "hours.shifts[" + i + "].";
            if (s.getHeadcount() <= 0) {
                found.add(new Finding(at + "headcount", "terms.shift.headcount", i + 1, s.getHeadcount()));
            }
            if (s.getStart() == null || s.getEnd() == null) {
                continue;
            }
            int start = minutes(s.getStart().toSecondOfDay());
            int end = endMinutes(s.getEnd().toSecondOfDay());
            boolean overnight = end <= start;
            if (overnight && !roundTheClock || !roundTheClock && (start < opens || end > closes)) {
                found.add(new Finding(at + "start", "terms.shift.outsideWindow", i + 1, s.getStart(), s.getEnd(),
                        hours.getOpens(), hours.getCloses()));
            }
            if (!hours.getDays().containsAll(s.getDays())) {
                found.add(new Finding(at + "days", "terms.shift.daysOutsideWindow", i + 1));
            }
        }
    }

    private static int minutes(int secondOfDay) {
        return secondOfDay / 60;
    }

    /** A closing or ending time of 00:00 is midnight at the end of the day. */
    private static int endMinutes(int secondOfDay) {
        return secondOfDay == 0 ? 24 * 60 : secondOfDay / 60;
    }

    private static void promotions(ContractTerms terms, List<Finding> found) {
        List<PromotionCommitment> promotions = terms.getStaffing().getPromotions();
        for (int i = 0; i < promotions.size(); i++) {
            PromotionCommitment p = promotions.get(i);
            String at = "staffing.promotions[" + i + "].";
            if (p.getHeadcount() <= 0) {
                found.add(new Finding(at + "headcount", "terms.promotion.headcount", i + 1, p.getHeadcount()));
            }
            range(p.getFrom(), p.getTo(), at, i, "terms.promotion.toBeforeFrom", found);
            outsidePeriod(p.getFrom(), p.getTo(), terms.getPeriod(), at, i, "terms.promotion.outsidePeriod", found);
        }
    }

    private static void fees(Fees fees, TermPeriod period, List<Finding> found) {
        switch (fees.getModel()) {
            case SEAT_MONTHLY -> positive(fees.getSeatPrice(), "fees.seatPrice", found);
            case PER_SESSION -> tiers(fees.getSessionTiers(), found);
            case COMMISSION -> positive(fees.getCommissionPercent(), "fees.commissionPercent", found);
            case BASE_PLUS_COMMISSION -> {
                positive(fees.getBasePerAgent(), "fees.basePerAgent", found);
                positive(fees.getCommissionPercent(), "fees.commissionPercent", found);
            }
            case HOURLY -> positive(fees.getHourlyRate(), "fees.hourlyRate", found);
        }
        if (fees.getOvertimeRate() != null && fees.getOvertimeRate().signum() > 0
                && (fees.getContractedHoursPerAgent() == null || fees.getContractedHoursPerAgent().signum() <= 0)) {
            found.add(new Finding("fees.contractedHoursPerAgent", "terms.fees.overtimeWithoutHours"));
        }
        List<Surcharge> surcharges = fees.getSurcharges();
        for (int i = 0; i < surcharges.size(); i++) {
            Surcharge s = surcharges.get(i);
            String at = "fees.surcharges[" + i + "].";
            range(s.getFrom(), s.getTo(), at, i, "terms.surcharge.toBeforeFrom", found);
            outsidePeriod(s.getFrom(), s.getTo(), period, at, i, "terms.surcharge.outsidePeriod", found);
        }
    }

    private static void positive(BigDecimal value, String field, List<Finding> found) {
        if (value == null || value.signum() <= 0) {
            found.add(new Finding(field, "terms.fees.required"));
        }
    }

    /** Graduated tiers: strictly ascending limits, and only the last one open-ended. */
    private static void tiers(List<SessionTier> tiers, List<Finding> found) {
        if (tiers.isEmpty()) {
            found.add(new Finding("fees.sessionTiers", "terms.tiers.none"));
            return;
        }
        Integer previous = null;
        for (int i = 0; i < tiers.size(); i++) {
            Integer upTo = tiers.get(i).getUpTo();
            boolean last = i == tiers.size() - 1;
            String field = "fees.sessionTiers[" + i + "].upTo";
            if (upTo == null && !last) {
                found.add(new Finding(field, "terms.tiers.openBeforeLast", i + 1));
            } else if (upTo != null && last) {
                found.add(new Finding(field, "terms.tiers.lastClosed", i + 1, upTo));
            } else if (upTo != null && previous != null && upTo <= previous) {
                found.add(new Finding(field, "terms.tiers.notAscending", i + 1, upTo, previous));
            }
            previous = upTo == null ? previous : upTo;
        }
    }

    private static void deposit(Deposit deposit, List<Finding> found) {
        if (deposit.getKind() == DepositKind.NONE) {
            return;
        }
        if (deposit.getAmount() == null || deposit.getAmount().signum() <= 0) {
            found.add(new Finding("deposit.amount", "terms.deposit.amount"));
        }
        if (deposit.getDirection() == null) {
            found.add(new Finding("deposit.direction", "terms.deposit.direction"));
        }
    }

    private static void slaTargets(List<SlaTarget> targets, List<Finding> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            SlaTarget t = targets.get(i);
            String at = "slaTargets[" + i + "].";
            if (t.getMetric() == null) {
                continue;
            }
            if (t.getThreshold() != null && !t.getMetric().possible(t.getThreshold())) {
                found.add(new Finding(at + "threshold", "terms.sla.impossible", i + 1, t.getThreshold().toPlainString(),
                        t.getMetric(), t.getMetric().unit()));
            }
            if (!seen.add(t.getMetric() + "/" + t.getWindow() + "/" + t.getComparator())) {
                found.add(new Finding(at + "metric", "terms.sla.duplicate", i + 1, t.getMetric(), t.getWindow()));
            }
            List<DateRange> exemptions = t.getExemptions();
            for (int j = 0; j < exemptions.size(); j++) {
                DateRange r = exemptions.get(j);
                if (r.getFrom() != null && r.getTo() != null && r.getTo().isBefore(r.getFrom())) {
                    found.add(new Finding(at + "exemptions[" + j + "].to", "terms.sla.exemptionBackwards", i + 1,
                            r.getFrom(), r.getTo()));
                }
            }
        }
    }

    /** Penalty tiers ascend in shortfall, and a larger shortfall never costs less. */
    private static void penalties(ContractTerms terms, List<Finding> found) {
        List<PenaltyTier> tiers = terms.getPenalties().getTiers();
        for (int i = 1; i < tiers.size(); i++) {
            PenaltyTier before = tiers.get(i - 1);
            PenaltyTier tier = tiers.get(i);
            if (tier.getShortfallOverPercent().compareTo(before.getShortfallOverPercent()) <= 0) {
                found.add(new Finding("penalties.tiers[" + i + "].shortfallOverPercent", "terms.penalty.notAscending",
                        i + 1, tier.getShortfallOverPercent().toPlainString(),
                        before.getShortfallOverPercent().toPlainString()));
            } else if (tier.getFeePercent().compareTo(before.getFeePercent()) < 0) {
                found.add(new Finding("penalties.tiers[" + i + "].feePercent", "terms.penalty.decreasing", i + 1));
            }
        }
        Set<Object> types = new HashSet<>();
        List<IncidentFine> fines = terms.getPenalties().getIncidentFines();
        for (int i = 0; i < fines.size(); i++) {
            if (!types.add(fines.get(i).getType())) {
                found.add(new Finding("penalties.incidentFines[" + i + "].type", "terms.penalty.duplicateIncident",
                        i + 1, fines.get(i).getType()));
            }
        }
        DailyReport report = terms.getPenalties().getDailyReport();
        if (report.getMissing() == MissingReportRule.FIXED_FINE
                && (report.getFinePerMissing() == null || report.getFinePerMissing().signum() <= 0)) {
            found.add(new Finding("penalties.dailyReport.finePerMissing", "terms.penalty.missingReportFine"));
        }
    }

    private static void statementDay(ContractTerms terms, List<Finding> found) {
        SettlementCycle cycle = terms.getSettlement().getCycle();
        int max = switch (cycle) {
            case WEEKLY -> 7;
            case SEMI_MONTHLY -> 15;
            case MONTHLY, QUARTERLY -> 31;
        };
        if (terms.getSettlement().getStatementDay() > max) {
            found.add(new Finding("settlement.statementDay", "terms.settlement.statementDay",
                    terms.getSettlement().getStatementDay(), cycle, max));
        }
    }

    private static void range(LocalDate from, LocalDate to, String at, int i, String key, List<Finding> found) {
        if (from != null && to != null && to.isBefore(from)) {
            found.add(new Finding(at + "to", key, i + 1, from, to));
        }
    }

    private static void outsidePeriod(LocalDate from, LocalDate to, TermPeriod period, String at, int i, String key,
            List<Finding> found) {
        if (from != null && to != null && (from.isBefore(period.getStart()) || to.isAfter(period.getEnd()))) {
            found.add(new Finding(at + "from", key, i + 1, from, to));
        }
    }
}
