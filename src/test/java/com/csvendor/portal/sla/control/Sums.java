package com.csvendor.portal.sla.control;

import com.csvendor.portal.kpi.entity.KpiSums;
import java.math.BigDecimal;

/** Readable KPI sums for the calculators' tests: only the figures a test is about are set. */
final class Sums {

    private long agentDays = 1;
    private long received;
    private long inquiries;
    private long paidBuyers;
    private long disputes;
    private BigDecimal sales = BigDecimal.ZERO;
    private BigDecimal refundAmount = BigDecimal.ZERO;
    private BigDecimal firstWeighted = BigDecimal.ZERO;
    private long firstSessions;
    private long ratings;
    private long satisfied;
    private BigDecimal hours = BigDecimal.ZERO;
    private boolean refundsReported = true;
    private boolean salesReported = true;
    private boolean receivedReported = true;

    static Sums agentDays(long n) {
        Sums s = new Sums();
        s.agentDays = n;
        return s;
    }

    static KpiSums satisfaction(long satisfied, long ratings) {
        return agentDays(1).ratings(satisfied, ratings).get();
    }

    static KpiSums responseTime(String seconds, long sessions) {
        return agentDays(1).firstResponse(seconds, sessions).get();
    }

    Sums received(long n) {
        received = n;
        return this;
    }

    Sums paid(long buyers, long disputes) {
        paidBuyers = buyers;
        this.disputes = disputes;
        return this;
    }

    Sums sales(String amount, String refunds) {
        sales = new BigDecimal(amount);
        refundAmount = new BigDecimal(refunds);
        return this;
    }

    Sums firstResponse(String seconds, long sessions) {
        firstWeighted = new BigDecimal(seconds).multiply(BigDecimal.valueOf(sessions));
        firstSessions = sessions;
        return this;
    }

    Sums ratings(long satisfied, long ratings) {
        this.satisfied = satisfied;
        this.ratings = ratings;
        return this;
    }

    /** The reports had no refund amount column: "no figure", not 0. */
    Sums noRefunds() {
        refundsReported = false;
        return this;
    }

    /** The reports had neither received customers nor online hours. */
    Sums noReceivedNorHours() {
        receivedReported = false;
        return this;
    }

    /** The reports had no sales column. */
    Sums noSales() {
        salesReported = false;
        return this;
    }

    Sums hours(String h) {
        hours = new BigDecimal(h);
        return this;
    }

    KpiSums get() {
        KpiSums s = new KpiSums(agentDays, received, received, inquiries, 0, paidBuyers, 0, inquiries, sales, 0,
                refundAmount, 0, disputes, firstWeighted, firstSessions, BigDecimal.ZERO, 0, 0, 0, 0, 0, ratings,
                satisfied, 0, hours);
        s = refundsReported ? s : s.with(KpiSums.REFUND_AMOUNT, null);
        s = receivedReported ? s : s.with(KpiSums.RECEIVED, null).with(KpiSums.ONLINE_HOURS, null)
                .with(KpiSums.ONLINE_HOURS_DAYS, null);
        return salesReported ? s : s.with(KpiSums.SALES_AMOUNT, null);
    }
}
