package com.csvendor.portal.demo;

import com.csvendor.portal.contract.entity.Channel;
import com.csvendor.portal.contract.entity.Comparator;
import com.csvendor.portal.contract.entity.ConfidentialScope;
import com.csvendor.portal.contract.entity.ContractTerms;
import com.csvendor.portal.contract.entity.DateRange;
import com.csvendor.portal.contract.entity.DepositDirection;
import com.csvendor.portal.contract.entity.DepositKind;
import com.csvendor.portal.contract.entity.FeeModel;
import com.csvendor.portal.contract.entity.IncidentFine;
import com.csvendor.portal.contract.entity.IncidentType;
import com.csvendor.portal.contract.entity.InvoiceType;
import com.csvendor.portal.contract.entity.Metric;
import com.csvendor.portal.contract.entity.PenaltyTier;
import com.csvendor.portal.contract.entity.PromotionCommitment;
import com.csvendor.portal.contract.entity.ServiceType;
import com.csvendor.portal.contract.entity.SessionTier;
import com.csvendor.portal.contract.entity.SettlementCycle;
import com.csvendor.portal.contract.entity.Shift;
import com.csvendor.portal.contract.entity.SlaTarget;
import com.csvendor.portal.contract.entity.SlaWindow;
import com.csvendor.portal.contract.entity.Surcharge;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Terms of the demo contracts: one per fee model, with the targets, penalty clauses and figures
 * PRODUCT.md calls typical. Dates are relative to the day the demo data is created, so the home
 * page's alerts have something to show.
 */
final class DemoContracts {

    private DemoContracts() {
    }

    static ContractTerms base(LocalDate start, LocalDate end, Set<ServiceType> types) {
        ContractTerms t = new ContractTerms();
        t.getPeriod().setStart(start);
        t.getPeriod().setEnd(end);
        t.getPeriod().setNoticeDays(30);
        t.getScope().setServiceTypes(types);
        t.getScope().setChannels(Set.of(Channel.CHAT));
        t.getHours().getShifts().add(shift("早班", 8, 0, 15, 30, 4));
        t.getHours().getShifts().add(shift("晚班", 15, 30, 23, 0, 3));
        t.getSettlement().setCycle(SettlementCycle.MONTHLY);
        t.getSettlement().setStatementDay(5);
        t.getSettlement().setPaymentNetDays(30);
        t.getSlaTargets().add(target(Metric.FIRST_RESPONSE_SECONDS, Comparator.LE, "30", SlaWindow.DAILY, 50, null));
        t.getSlaTargets().add(target(Metric.RESPONSE_3MIN_RATE, Comparator.GE, "95", SlaWindow.WEEKLY, 100, null));
        SlaTarget satisfaction = target(Metric.SATISFACTION_RATE, Comparator.GE, "90", SlaWindow.SETTLEMENT_CYCLE,
                50, null);
        DateRange festival = new DateRange();
        festival.setFrom(LocalDate.of(2027, 2, 5));
        festival.setTo(LocalDate.of(2027, 2, 12));
        festival.setLabel("春节");
        satisfaction.getExemptions().add(festival);
        t.getSlaTargets().add(satisfaction);
        t.getPenalties().getTiers().add(tier("10", "5"));
        t.getPenalties().getTiers().add(tier("20", "15"));
        t.getPenalties().getIncidentFines().add(fine(IncidentType.FORBIDDEN_PHRASE, "200"));
        t.getPenalties().getIncidentFines().add(fine(IncidentType.DATA_LEAK, "20000"));
        t.getPenalties().setCapPercent(new BigDecimal("30"));
        t.getPenalties().setTerminationAfterBreaches(3);
        t.getConfidentiality().setLiquidatedDamages(new BigDecimal("50000.00"));
        t.getConfidentiality().setScope(EnumSet.of(ConfidentialScope.CUSTOMER_DATA,
                ConfidentialScope.STORE_BUSINESS_DATA, ConfidentialScope.PLATFORM_ACCOUNTS));
        t.getQuality().setInspectionSharePercent(new BigDecimal("5"));
        t.getQuality().setMinimumScore(new BigDecimal("85"));
        t.getQuality().setForbiddenPhrases(List.of("不知道", "自己看", "不归我管", "爱买不买"));
        t.getTermination().setConditions("连续三个考核周期未达标，店铺可书面通知解除合同；解除后 7 日内完成数据交接并收回全部子账号。");
        t.getTermination().setNoFaultExitDays(15);
        return t;
    }

    static ContractTerms seatMonthly(LocalDate start, LocalDate end, String seatPrice) {
        ContractTerms t = base(start, end, EnumSet.of(ServiceType.PRE_SALES, ServiceType.IN_SALES,
                ServiceType.AFTER_SALES));
        t.getPeriod().setAutoRenewal(true);
        t.getFees().setModel(FeeModel.SEAT_MONTHLY);
        t.getFees().setSeatPrice(new BigDecimal(seatPrice));
        t.getFees().setContractedHoursPerAgent(new BigDecimal("208"));
        t.getFees().setOvertimeRate(new BigDecimal("40.00"));
        t.getFees().setTemporaryAgentDayRate(new BigDecimal("300.00"));
        t.getStaffing().setAddNoticeDays(30);
        t.getStaffing().setMaxAdditionalAgents(15);
        LocalDate d12 = LocalDate.of(start.getYear() + (start.getMonthValue() == 12 ? 1 : 0), 12, 1);
        if (!d12.isBefore(start) && !d12.plusDays(12).isAfter(end)) {
            t.getStaffing().getPromotions().add(promotion("双12", d12, d12.plusDays(12), 18));
            t.getFees().getSurcharges().add(surcharge("双12 大促", d12.plusDays(9), d12.plusDays(12), "20"));
        }
        t.getTax().setVatRatePercent(new BigDecimal("6"));
        t.getTax().setInvoiceType(InvoiceType.SPECIAL);
        t.getDeposit().setKind(DepositKind.EARNEST);
        t.getDeposit().setAmount(new BigDecimal("10000.00"));
        t.getDeposit().setDirection(DepositDirection.VENDOR_TO_STORE);
        return t;
    }

    static ContractTerms perSession(LocalDate start, LocalDate end) {
        ContractTerms t = base(start, end, EnumSet.of(ServiceType.AFTER_SALES));
        t.getFees().setModel(FeeModel.PER_SESSION);
        t.getFees().getSessionTiers().add(sessionTier(3000, "0.90"));
        t.getFees().getSessionTiers().add(sessionTier(8000, "0.80"));
        t.getFees().getSessionTiers().add(sessionTier(null, "0.70"));
        t.getFees().setMinimumMonthlyFee(new BigDecimal("8000.00"));
        t.getHours().setDedicatedAgents(false);
        return t;
    }

    static ContractTerms commission(LocalDate start, LocalDate end) {
        ContractTerms t = base(start, end, EnumSet.of(ServiceType.IN_SALES));
        t.getFees().setModel(FeeModel.COMMISSION);
        t.getFees().setCommissionPercent(new BigDecimal("2.5"));
        t.getFees().setCommissionNetOfRefunds(true);
        t.getSlaTargets().add(target(Metric.CONVERSION_RATE, Comparator.GE, "35", SlaWindow.SETTLEMENT_CYCLE, 200,
                "500.00"));
        t.getSettlement().setCycle(SettlementCycle.SEMI_MONTHLY);
        return t;
    }

    static ContractTerms basePlusCommission(LocalDate start, LocalDate end) {
        ContractTerms t = base(start, end, EnumSet.of(ServiceType.PRE_SALES));
        t.getFees().setModel(FeeModel.BASE_PLUS_COMMISSION);
        t.getFees().setBasePerAgent(new BigDecimal("2000.00"));
        t.getFees().setCommissionPercent(new BigDecimal("1.5"));
        t.getTax().setVatRatePercent(new BigDecimal("1"));
        t.getTax().setInvoiceType(InvoiceType.GENERAL);
        t.getDeposit().setKind(DepositKind.ADVANCE);
        t.getDeposit().setAmount(new BigDecimal("3000.00"));
        t.getDeposit().setDirection(DepositDirection.STORE_TO_VENDOR);
        return t;
    }

    static ContractTerms hourly(LocalDate start, LocalDate end) {
        ContractTerms t = base(start, end, EnumSet.of(ServiceType.PRE_SALES, ServiceType.AFTER_SALES));
        t.getFees().setModel(FeeModel.HOURLY);
        t.getFees().setHourlyRate(new BigDecimal("35.00"));
        t.getFees().setTemporaryAgentDayRate(new BigDecimal("280.00"));
        t.getHours().setOpens(LocalTime.of(9, 0));
        t.getHours().setCloses(LocalTime.MIDNIGHT);
        t.getHours().getShifts().clear();
        t.getHours().getShifts().add(shift("白班", 9, 0, 17, 0, 3));
        t.getHours().getShifts().add(shift("夜班", 17, 0, 0, 0, 2));
        t.getSettlement().setCycle(SettlementCycle.WEEKLY);
        t.getSettlement().setStatementDay(2);
        t.getSettlement().setPaymentNetDays(15);
        return t;
    }

    private static Shift shift(String name, int h1, int m1, int h2, int m2, int headcount) {
        Shift s = new Shift();
        s.setName(name);
        s.setStart(LocalTime.of(h1, m1));
        s.setEnd(LocalTime.of(h2, m2));
        s.setDays(EnumSet.allOf(DayOfWeek.class));
        s.setHeadcount(headcount);
        return s;
    }

    private static SlaTarget target(Metric metric, Comparator comparator, String threshold, SlaWindow window,
            int minimumSample, String penaltyPerBreach) {
        SlaTarget t = new SlaTarget();
        t.setMetric(metric);
        t.setComparator(comparator);
        t.setThreshold(new BigDecimal(threshold));
        t.setWindow(window);
        t.setMinimumSample(minimumSample);
        t.setPenaltyPerBreach(penaltyPerBreach == null ? null : new BigDecimal(penaltyPerBreach));
        return t;
    }

    private static PenaltyTier tier(String shortfall, String fee) {
        PenaltyTier t = new PenaltyTier();
        t.setShortfallOverPercent(new BigDecimal(shortfall));
        t.setFeePercent(new BigDecimal(fee));
        return t;
    }

    private static IncidentFine fine(IncidentType type, String amount) {
        IncidentFine f = new IncidentFine();
        f.setType(type);
        f.setAmount(new BigDecimal(amount));
        return f;
    }

    private static PromotionCommitment promotion(String name, LocalDate from, LocalDate to, int headcount) {
        PromotionCommitment p = new PromotionCommitment();
        p.setName(name);
        p.setFrom(from);
        p.setTo(to);
        p.setHeadcount(headcount);
        return p;
    }

    private static Surcharge surcharge(String name, LocalDate from, LocalDate to, String uplift) {
        Surcharge s = new Surcharge();
        s.setName(name);
        s.setFrom(from);
        s.setTo(to);
        s.setUpliftPercent(new BigDecimal(uplift));
        return s;
    }

    private static SessionTier sessionTier(Integer upTo, String price) {
        SessionTier t = new SessionTier();
        t.setUpTo(upTo);
        t.setPrice(new BigDecimal(price));
        return t;
    }
}
