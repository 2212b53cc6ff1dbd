package com.csvendor.portal.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.csvendor.portal.contract.Terms;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.shared.Finding;
import com.csvendor.portal.vendor.entity.TaxpayerType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private static List<String> errorFields(ContractTerms t) {
        return ContractRules.errors(t).stream().map(Finding::field).toList();
    }

    @Test
    void validTermsHaveNoErrorsAndNoWarnings() {
        assertEquals(List.of(), ContractRules.errors(Terms.valid()));
        assertEquals(List.of(), ContractRules.warnings(Terms.valid(), TaxpayerType.GENERAL));
    }

    @Test
    void endBeforeStart() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setEnd(LocalDate.of(2030, 12, 31));
        assertEquals(List.of("period.end"), errorFields(t));
    }

    @Test
    void aFixedFinePerMissingReportNeedsItsAmount() {
        ContractTerms t = Terms.valid();
        t.getPenalties().getDailyReport().setMissing(com.csvendor.portal.contract.entity.MissingReportRule.FIXED_FINE);
        assertEquals(List.of("penalties.dailyReport.finePerMissing"), errorFields(t));
        t.getPenalties().getDailyReport().setFinePerMissing(new java.math.BigDecimal("200.00"));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void aOneDayContractIsFine() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setEnd(t.getPeriod().getStart());
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void shiftOutsideTheServiceWindow() {
        ContractTerms t = Terms.valid();
        t.getHours().getShifts().add(Terms.shift("晚班", LocalTime.of(16, 0), LocalTime.of(23, 30), 2));
        List<Finding> errors = ContractRules.errors(t);
        assertEquals(List.of("hours.shifts[1].start"), errors.stream().map(Finding::field).toList());
        assertEquals("terms.shift.outsideWindow", errors.get(0).key());
    }

    @Test
    void shiftEndingExactlyWhenTheWindowClosesIsInside() {
        ContractTerms t = Terms.valid();
        t.getHours().getShifts().add(Terms.shift("晚班", LocalTime.of(16, 0), LocalTime.of(23, 0), 2));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void overnightShiftNeedsARoundTheClockWindow() {
        ContractTerms t = Terms.valid();
        t.getHours().getShifts().add(Terms.shift("夜班", LocalTime.of(23, 0), LocalTime.of(8, 0), 1));
        assertEquals(List.of("hours.shifts[1].start"), errorFields(t));
        t.getHours().setOpens(LocalTime.MIDNIGHT);
        t.getHours().setCloses(LocalTime.MIDNIGHT);
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void windowOpenUntilMidnight() {
        ContractTerms t = Terms.valid();
        t.getHours().setCloses(LocalTime.MIDNIGHT);
        t.getHours().getShifts().add(Terms.shift("晚班", LocalTime.of(16, 0), LocalTime.MIDNIGHT, 2));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void windowClosingBeforeItOpens() {
        ContractTerms t = Terms.valid();
        t.getHours().setOpens(LocalTime.of(20, 0));
        t.getHours().setCloses(LocalTime.of(8, 0));
        assertEquals(List.of("hours.closes"), errorFields(t));
    }

    @Test
    void headcountMustBePositive() {
        ContractTerms t = Terms.valid();
        t.getHours().getShifts().get(0).setHeadcount(0);
        assertEquals(List.of("hours.shifts[0].headcount"), errorFields(t));
    }

    @Test
    void shiftOnADayTheWindowDoesNotCover() {
        ContractTerms t = Terms.valid();
        t.getHours().setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertEquals(List.of("hours.shifts[0].days"), errorFields(t));
    }

    @Test
    void eachFeeModelNeedsItsPrice() {
        ContractTerms t = Terms.valid();
        t.getFees().setSeatPrice(null);
        assertEquals(List.of("fees.seatPrice"), errorFields(t));
        t.getFees().setModel(FeeModel.HOURLY);
        assertEquals(List.of("fees.hourlyRate"), errorFields(t));
        t.getFees().setModel(FeeModel.COMMISSION);
        assertEquals(List.of("fees.commissionPercent"), errorFields(t));
        t.getFees().setModel(FeeModel.BASE_PLUS_COMMISSION);
        assertEquals(List.of("fees.basePerAgent", "fees.commissionPercent"), errorFields(t));
        t.getFees().setModel(FeeModel.PER_SESSION);
        assertEquals(List.of("fees.sessionTiers"), errorFields(t));
    }

    @Test
    void sessionTiersAscendAndOnlyTheLastIsOpen() {
        ContractTerms t = Terms.valid();
        t.getFees().setModel(FeeModel.PER_SESSION);
        t.getFees().getSessionTiers().addAll(List.of(tier(500, "0.90"), tier(500, "0.80"), tier(null, "0.70")));
        assertEquals(List.of("fees.sessionTiers[1].upTo"), errorFields(t));
        assertEquals("terms.tiers.notAscending", ContractRules.errors(t).get(0).key());

        t.getFees().setSessionTiers(List.of(tier(500, "0.90"), tier(null, "0.80"), tier(2000, "0.70")));
        assertEquals(List.of("fees.sessionTiers[1].upTo", "fees.sessionTiers[2].upTo"), errorFields(t));

        t.getFees().setSessionTiers(List.of(tier(500, "0.90"), tier(2000, "0.80"), tier(null, "0.70")));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void overtimeNeedsContractedHours() {
        ContractTerms t = Terms.valid();
        t.getFees().setOvertimeRate(new BigDecimal("40.00"));
        assertEquals(List.of("fees.contractedHoursPerAgent"), errorFields(t));
        t.getFees().setContractedHoursPerAgent(new BigDecimal("208"));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void rateAbove100PercentIsImpossibleButSecondsAbove100AreNot() {
        ContractTerms t = Terms.valid();
        t.getSlaTargets().add(target(Metric.SATISFACTION_RATE, Comparator.GE, "100.01"));
        t.getSlaTargets().add(target(Metric.AVERAGE_RESPONSE_SECONDS, Comparator.LE, "120"));
        assertEquals(List.of("slaTargets[0].threshold"), errorFields(t));
    }

    @Test
    void exactly100PercentIsPossible() {
        ContractTerms t = Terms.valid();
        t.getSlaTargets().add(target(Metric.RESPONSE_3MIN_RATE, Comparator.GE, "100"));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void negativeThresholdIsImpossible() {
        ContractTerms t = Terms.valid();
        t.getSlaTargets().add(target(Metric.FIRST_RESPONSE_SECONDS, Comparator.LE, "-1"));
        assertEquals(List.of("slaTargets[0].threshold"), errorFields(t));
    }

    @Test
    void sameMetricTwiceOverTheSameWindow() {
        ContractTerms t = Terms.valid();
        t.getSlaTargets().add(target(Metric.SATISFACTION_RATE, Comparator.GE, "90"));
        t.getSlaTargets().add(target(Metric.SATISFACTION_RATE, Comparator.GE, "95"));
        assertEquals(List.of("slaTargets[1].metric"), errorFields(t));
    }

    @Test
    void exemptionEndingBeforeItStarts() {
        ContractTerms t = Terms.valid();
        SlaTarget target = target(Metric.SATISFACTION_RATE, Comparator.GE, "90");
        DateRange r = new DateRange();
        r.setFrom(LocalDate.of(2031, 2, 12));
        r.setTo(LocalDate.of(2031, 2, 5));
        target.getExemptions().add(r);
        t.getSlaTargets().add(target);
        assertEquals(List.of("slaTargets[0].exemptions[0].to"), errorFields(t));
    }

    @Test
    void penaltyTiersAscendAndNeverCostLessForMore() {
        ContractTerms t = Terms.valid();
        t.getPenalties().getTiers().addAll(List.of(penalty("10", "5"), penalty("10", "15")));
        assertEquals(List.of("penalties.tiers[1].shortfallOverPercent"), errorFields(t));
        t.getPenalties().setTiers(List.of(penalty("10", "15"), penalty("20", "5")));
        assertEquals(List.of("penalties.tiers[1].feePercent"), errorFields(t));
        t.getPenalties().setTiers(List.of(penalty("10", "5"), penalty("20", "15")));
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void oneFinePerIncidentType() {
        ContractTerms t = Terms.valid();
        t.getPenalties().getIncidentFines().addAll(List.of(fine(IncidentType.DATA_LEAK), fine(IncidentType.DATA_LEAK)));
        assertEquals(List.of("penalties.incidentFines[1].type"), errorFields(t));
    }

    @Test
    void promotionCommitments() {
        ContractTerms t = Terms.valid();
        PromotionCommitment p = new PromotionCommitment();
        p.setName("双11");
        p.setFrom(LocalDate.of(2031, 11, 12));
        p.setTo(LocalDate.of(2031, 10, 22));
        p.setHeadcount(0);
        t.getStaffing().getPromotions().add(p);
        assertEquals(List.of("staffing.promotions[0].headcount", "staffing.promotions[0].to"), errorFields(t));
        p.setFrom(LocalDate.of(2031, 10, 22));
        p.setTo(LocalDate.of(2032, 1, 12));
        p.setHeadcount(25);
        assertEquals(List.of("staffing.promotions[0].from"), errorFields(t));
    }

    @Test
    void depositNeedsAmountAndDirection() {
        ContractTerms t = Terms.valid();
        t.getDeposit().setKind(DepositKind.EARNEST);
        assertEquals(List.of("deposit.amount", "deposit.direction"), errorFields(t));
    }

    @Test
    void statementDayMustFitTheCycle() {
        ContractTerms t = Terms.valid();
        t.getSettlement().setCycle(SettlementCycle.WEEKLY);
        t.getSettlement().setStatementDay(8);
        assertEquals(List.of("settlement.statementDay"), errorFields(t));
        t.getSettlement().setStatementDay(7);
        assertEquals(List.of(), errorFields(t));
    }

    @Test
    void allMistakesAreReportedTogether() {
        ContractTerms t = Terms.valid();
        t.getPeriod().setEnd(LocalDate.of(2030, 1, 1));
        t.getHours().getShifts().get(0).setHeadcount(-1);
        t.getFees().setSeatPrice(BigDecimal.ZERO);
        assertEquals(List.of("period.end", "hours.shifts[0].headcount", "fees.seatPrice"), errorFields(t));
    }

    @Test
    void vatRateUnusualForTheTaxpayerTypeIsAWarningNotAnError() {
        ContractTerms t = Terms.valid();
        t.getTax().setVatRatePercent(new BigDecimal("3.00"));
        assertEquals(List.of(), ContractRules.errors(t));
        List<Finding> warnings = ContractRules.warnings(t, TaxpayerType.GENERAL);
        assertEquals(List.of("tax.vatRatePercent"), warnings.stream().map(Finding::field).toList());
        assertEquals(List.of(), ContractRules.warnings(t, TaxpayerType.SMALL_SCALE));
        t.getTax().setVatRatePercent(new BigDecimal("6"));
        assertEquals(List.of("tax.vatRatePercent"),
                ContractRules.warnings(t, TaxpayerType.SMALL_SCALE).stream().map(Finding::field).toList());
    }

    @Test
    void noInvoiceWithVatAndBackwardsComparatorAreWarnings() {
        ContractTerms t = Terms.valid();
        t.getTax().setInvoiceType(InvoiceType.NONE);
        t.getSlaTargets().add(target(Metric.FIRST_RESPONSE_SECONDS, Comparator.GE, "30"));
        List<String> fields = ContractRules.warnings(t, TaxpayerType.GENERAL).stream().map(Finding::field).toList();
        assertEquals(List.of("tax.invoiceType", "slaTargets[0].comparator"), fields);
        assertTrue(ContractRules.errors(t).isEmpty());
    }

    private static SessionTier tier(Integer upTo, String price) {
        SessionTier t = new SessionTier();
        t.setUpTo(upTo);
        t.setPrice(new BigDecimal(price));
        return t;
    }

    private static SlaTarget target(Metric metric, Comparator comparator, String threshold) {
        SlaTarget t = new SlaTarget();
        t.setMetric(metric);
        t.setComparator(comparator);
        t.setThreshold(new BigDecimal(threshold));
        t.setWindow(SlaWindow.DAILY);
        return t;
    }

    private static PenaltyTier penalty(String shortfall, String fee) {
        PenaltyTier p = new PenaltyTier();
        p.setShortfallOverPercent(new BigDecimal(shortfall));
        p.setFeePercent(new BigDecimal(fee));
        return p;
    }

    private static IncidentFine fine(IncidentType type) {
        IncidentFine f = new IncidentFine();
        f.setType(type);
        f.setAmount(new BigDecimal("200"));
        return f;
    }
}
